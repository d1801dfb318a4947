import { oas } from '@kn/platform';
import { ROLES } from '@kn/shared';

const { named$, obj, str, uuid, bool, nullable, oneOf, arrayOf, instant } = oas;

/** Response schemas of the identity routes (UserView, Actor in users.service.ts and @kn/shared). */
export const USER = named$(
  'User',
  obj({
    id: uuid,
    username: str,
    displayName: str,
    role: oneOf(ROLES),
    organizationId: nullable(uuid),
    communeId: nullable(uuid),
    disabled: bool,
    mustChangePassword: bool,
  }),
);

export const USER_PAGE = named$('UserPage', oas.pageOf(USER));

export const ACTOR = named$(
  'Actor',
  obj(
    { userId: uuid, username: str, role: oneOf(ROLES) },
    { organizationId: nullable(uuid), communeId: nullable(uuid) },
  ),
);

export const SESSION = named$('Session', obj({ accessToken: str, user: USER }));

export const ONE_TIME_PASSWORD = named$('OneTimePassword', obj({ oneTimePassword: str }));

export const LOGIN_ATTEMPTS = named$(
  'LoginAttempts',
  obj({
    items: arrayOf(obj({ username: str, succeeded: bool, at: instant }, { ip: nullable(str), reason: nullable(str) })),
  }),
);
