import { oas } from '@kn/platform';
import { BOUNDARIES } from '@kn/shared';
import { COMMITMENT_KINDS, TRANSITIONS } from '../domain/household.events.js';
import { AREAS, CLASSIFICATIONS } from '../domain/poverty-standards/poverty-standard.types.js';

const { named$, obj, str, uuid, date, int, vnd, bool, nullable, oneOf, arrayOf, described, anyObject, mapOf } = oas;

const COMMITMENT_STATUS = oneOf(['open', 'overdue', 'fulfilled', 'cancelled']);
const SPONSOR = named$('Sponsor', {
  oneOf: [
    obj({ organizationId: uuid }),
    obj({ individualName: str }, { organizationId: described('The organisation the person belongs to.', uuid) }),
  ],
});

/** HouseholdView (http/household-view.ts): the register document, the head opened or masked. */
export const HOUSEHOLD = named$(
  'Household',
  obj(
    {
      id: uuid,
      code: str,
      communeId: uuid,
      villageId: nullable(uuid),
      ethnicity: str,
      ethnicMinority: bool,
      memberCount: int,
      area: oneOf(AREAS),
      registeredOn: date,
      head: described("The head's personal data, or why it is not shown.", {
        oneOf: [
          obj({
            fullName: str,
            birthYear: nullable(int),
            gender: nullable(oneOf(['male', 'female', 'other'])),
            idNumber: nullable(str),
          }),
          oneOf(['erased', 'masked', 'unreadable']),
        ],
      }),
      status: oneOf([...CLASSIFICATIONS, 'unassessed']),
      latestAssessment: nullable(
        obj({
          reviewYear: int,
          assessedOn: date,
          standard: str,
          incomePerCapitaVnd: vnd,
          deprivations: arrayOf(str),
          classification: oneOf(CLASSIFICATIONS),
          povertyLineVnd: vnd,
          nearPoorLineVnd: vnd,
          transition: nullable(oneOf(TRANSITIONS)),
        }),
      ),
      commitments: arrayOf(
        obj({
          id: uuid,
          kind: oneOf(COMMITMENT_KINDS),
          sponsor: SPONSOR,
          status: COMMITMENT_STATUS,
          valueVnd: vnd,
          deliveredVnd: vnd,
          committedOn: date,
          dueOn: date,
        }),
      ),
      erased: bool,
      mergedInto: described('The household this duplicate registration was merged into, or null.', nullable(uuid)),
      hasOpenCommitment: bool,
    },
    { revision: described('The stream revision (answer by id): send it as If-Match.', int) },
  ),
);

export const HOUSEHOLD_PAGE = named$('HouseholdPage', oas.pageOf(HOUSEHOLD));

export const HOUSEHOLD_TIMELINE = named$(
  'HouseholdTimeline',
  obj({
    id: uuid,
    revision: int,
    items: arrayOf(
      obj(
        { date, type: str, title: str, titleEn: str },
        {
          householdId: described('On items of a duplicate merged into this household: where it was recorded.', uuid),
          householdCode: described('That household’s code.', str),
        },
      ),
    ),
  }),
);

/** TrackedCommitmentView (read/commitment-tracker). */
export const COMMITMENT = named$(
  'Commitment',
  obj({
    id: uuid,
    householdId: uuid,
    householdCode: str,
    communeId: uuid,
    sponsor: SPONSOR,
    kind: oneOf(COMMITMENT_KINDS),
    description: str,
    valueVnd: vnd,
    deliveredVnd: vnd,
    committedOn: date,
    dueOn: date,
    status: COMMITMENT_STATUS,
    fulfilledOn: nullable(date),
    cancelledOn: nullable(date),
    cancellationReason: nullable(str),
    deliveries: arrayOf(obj({ deliveryId: uuid, deliveredOn: date, description: str, valueVnd: vnd })),
  }),
);

export const COMMITMENT_PAGE = named$('CommitmentPage', oas.pageOf(COMMITMENT));

export const HOUSEHOLD_COUNTS = named$(
  'HouseholdCounts',
  obj({ items: arrayOf(obj({ year: int, totalHouseholds: int, ethnicMinorityHouseholds: int, source: str })) }),
);

export const POVERTY_STANDARDS = named$(
  'PovertyStandards',
  arrayOf(described('A poverty standard: its lines, deprivation indicators and sources.', anyObject)),
);

export const STANDARD_FOR_REVIEW = named$(
  'StandardForReview',
  obj({ reviewYear: int, appliesToYear: int, standard: str, name: str, reviewYears: obj({ from: int, to: int }) }),
);

export const ETHNIC_GROUPS = named$(
  'EthnicGroups',
  arrayOf(described('An official ethnic group: code, name, accepted spellings.', anyObject)),
);

const COUNTS = mapOf(int);

export const WHAT_IF = named$(
  'WhatIf',
  obj({
    standard: str,
    reviewYear: nullable(int),
    communeId: nullable(uuid),
    households: int,
    now: COUNTS,
    underStandard: COUNTS,
    changed: int,
  }),
);

export const POVERTY_DYNAMICS = named$(
  'PovertyDynamics',
  obj({
    year: int,
    boundaries: described(
      "`then`: each review under its commune of the time; `today`: under today's.",
      oneOf(BOUNDARIES),
    ),
    total: int,
    items: arrayOf(described("One commune's movements in the year.", anyObject)),
  }),
);

/** The answer to a registration: the command result and the households it may duplicate (ADR 0020). */
export const HOUSEHOLD_REGISTERED = named$(
  'HouseholdRegisteredResult',
  obj({
    id: described('The new household.', uuid),
    streamId: str,
    revision: int,
    position: int,
    possibleDuplicates: described(
      'Households that may be the same: same commune, normalised name and birth year, or the same ID number anywhere. A warning; the household is registered.',
      arrayOf(obj({ id: uuid, code: str, communeId: uuid })),
    ),
  }),
);
