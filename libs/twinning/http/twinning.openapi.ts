import { oas } from '@kn/platform';
import { BOUNDARIES } from '@kn/shared';
import { ACTIVITY_KINDS, INITIATORS, PAIRING_STATUSES, PROJECT_STATUSES } from '../domain/twinning.labels.js';

const { named$, obj, str, uuid, date, int, num, vnd, bool, nullable, oneOf, arrayOf, described, mapOf } = oas;

const REVISION = described('The stream revision (answer by id): send it as If-Match.', int);

/** PairingSummary (read/pairing-summary); `revision` on the answer by id. */
export const PAIRING = named$(
  'Pairing',
  obj(
    {
      id: uuid,
      organizationId: described('The organisation paired now (the successor after its merger).', uuid),
      adminUnitId: described('The unit paired now (the successor after a merge).', uuid),
      formerAdminUnitIds: arrayOf(uuid),
      status: oneOf(PAIRING_STATUSES),
      establishedOn: nullable(date),
      decisionRef: str,
      endedOn: nullable(date),
      endReason: nullable(str),
      activityCounts: described('Per activity kind, voided ones excluded.', mapOf(int)),
      lastActivityOn: nullable(date),
      plans: arrayOf(obj({ year: int, objectives: arrayOf(str), plannedActivities: mapOf(int), budgetVnd: vnd })),
      activities: mapOf(obj({ kind: oneOf(ACTIVITY_KINDS), occurredOn: nullable(date), voided: bool })),
    },
    { formerOrganizationIds: arrayOf(uuid), revision: REVISION },
  ),
);

export const PAIRING_PAGE = named$('PairingPage', oas.pageOf(PAIRING));

/**
 * activityView (read/activity-log): the activity record as it stands after every correction, its
 * fields depending on the kind, with the ids and the void and correction state beside them.
 */
export const ACTIVITY = named$('Activity', {
  ...obj(
    {
      id: uuid,
      activityId: uuid,
      pairingId: uuid,
      organizationId: uuid,
      adminUnitId: described("The unit the pairing twinned on the activity's date.", uuid),
      kind: oneOf(ACTIVITY_KINDS),
      voided: bool,
      voidReason: nullable(str),
      correctedCount: int,
    },
    {
      occurredOn: nullable(date),
      initiator: nullable(oneOf(INITIATORS)),
      summary: str,
      coOrganizerIds: described('Organisations that organised it with the pairing’s; each is credited.', arrayOf(uuid)),
    },
  ),
  additionalProperties: true,
});

export const ACTIVITY_PAGE = named$('ActivityPage', oas.pageOf(ACTIVITY));

/** ProjectBoardEntry (read/project-board); `revision` on the answer by id. */
export const PROJECT = named$(
  'Project',
  obj(
    {
      id: uuid,
      adminUnitId: uuid,
      pairingId: nullable(uuid),
      category: str,
      title: str,
      status: oneOf(PROJECT_STATUSES),
      plannedBudgetVnd: vnd,
      plannedStartOn: nullable(date),
      plannedEndOn: nullable(date),
      approvedOn: nullable(date),
      decisionRef: nullable(str),
      startedOn: nullable(date),
      progress: described('Percent done; 100 once completed.', num),
      lastProgressOn: nullable(date),
      completedOn: nullable(date),
      actualCostVnd: nullable(vnd),
      outputs: mapOf(num),
      beneficiaryHouseholds: nullable(int),
      handedOverOn: nullable(date),
      handedOverToAdminUnitId: nullable(uuid),
      cancelledOn: nullable(date),
      cancelReason: nullable(str),
      pledgedVnd: vnd,
      receivedVnd: vnd,
      bySource: mapOf(obj({ pledgedVnd: vnd, receivedVnd: vnd })),
    },
    {
      revision: REVISION,
      unitHistory: described(
        'The units it belonged to and from when; present once its unit merged.',
        arrayOf(obj({ adminUnitId: uuid, from: nullable(date) })),
      ),
      transfers: described(
        'The merges that moved it (projects_follow_merges).',
        arrayOf(
          obj({
            fromAdminUnitId: uuid,
            toAdminUnitId: uuid,
            effectiveOn: nullable(date),
            mergeDecisionRef: nullable(str),
          }),
        ),
      ),
    },
  ),
);

export const PROJECT_PAGE = named$('ProjectPage', oas.pageOf(PROJECT));

/** PlanVsActualYear (read/plan-vs-actual), every year with a plan or an activity, ascending. */
export const PLANS_VS_ACTUAL = arrayOf(
  named$(
    'PlanVsActualYear',
    obj({
      year: int,
      planned: described('Activities planned by kind (empty when the year has no plan).', mapOf(int)),
      actual: described('Activities of the year by kind: voided left out, corrections applied.', mapOf(int)),
      budgetVnd: described("The plan's budget; null when the year has no plan.", nullable(vnd)),
      resourcesVnd: described("The sum of the year's activities' resources.", vnd),
    }),
  ),
);

export const COVERAGE = named$(
  'Coverage',
  obj({
    year: described('Null for today; otherwise the year whose boundaries (31 December) were used.', nullable(int)),
    boundaries: described(
      "`then`: the communes of the year; `today`: re-based to today's communes.",
      oneOf(BOUNDARIES),
    ),
    targetCommunes: int,
    pairedCommunes: int,
    percent: num,
    unpaired: arrayOf(obj({ id: uuid, name: str })),
  }),
);
