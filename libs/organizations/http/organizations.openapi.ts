import { oas } from '@kn/platform';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES } from '../domain/organization.labels.js';

const { named$, obj, str, uuid, date, int, nullable, oneOf, arrayOf, described } = oas;

/** OrganizationDoc (read/organizations); `revision` on the answer by id. */
export const ORGANIZATION = named$(
  'Organization',
  obj(
    {
      id: uuid,
      name: str,
      kind: oneOf(ORGANIZATION_KINDS),
      shortName: nullable(str),
      status: oneOf(ORGANIZATION_STATUSES),
      dissolvedOn: nullable(date),
    },
    {
      successorId: nullable(uuid),
      mergedOn: nullable(date),
      predecessorIds: arrayOf(uuid),
      history: arrayOf(
        obj({ date: nullable(date), type: str, summary: str }, { decisionRef: str, relatedIds: arrayOf(uuid) }),
      ),
      revision: described('The stream revision (answer by id): send it as If-Match.', int),
    },
  ),
);

export const ORGANIZATION_PAGE = named$('OrganizationPage', oas.pageOf(ORGANIZATION));
