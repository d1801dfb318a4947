import { spec } from '../../../test/support/decider-spec.js';
import type { OrganizationCommand } from './organization.commands.js';
import { organizationDecider } from './organization.decide.js';
import type { OrganizationEvent } from './organization.events.js';

const SNN = '55555555-5555-4555-8555-555555555555';
const STNMT = '66666666-6666-4666-8666-666666666666';
const SNNMT = '77777777-7777-4777-8777-777777777777';
const organization = spec(organizationDecider);
const registered = (organizationId: string, registeredOn = '2013-01-01'): OrganizationEvent => ({
  type: 'OrganizationRegistered',
  data: { organizationId, name: 'Sở', kind: 'department', shortName: null, registeredOn },
});
const decision = 'Nghị quyết 18-NQ/TW; Quyết định hợp nhất của UBND tỉnh';
const mergeInto = (
  over: Partial<{ successorId: string; effectiveOn: string; decisionRef: string }> = {},
): OrganizationCommand => ({
  type: 'MergeOrganizationInto',
  data: { organizationId: SNN, successorId: SNNMT, effectiveOn: '2025-03-01', decisionRef: decision, ...over },
});
const recordMerge = (predecessorIds: string[]): OrganizationCommand => ({
  type: 'RecordOrganizationMerge',
  data: { organizationId: SNNMT, predecessorIds, effectiveOn: '2025-03-01', decisionRef: decision },
});

describe('merging organisations', () => {
  it('a predecessor records that it merged into the successor, with the decision', () => {
    organization
      .given([registered(SNN)])
      .when(mergeInto())
      .then([
        {
          type: 'OrganizationMergedInto',
          data: { organizationId: SNN, successorId: SNNMT, effectiveOn: '2025-03-01', decisionRef: decision },
        },
      ]);
  });

  it('organization.must_be_active: a merged organisation cannot merge again or be renamed', () => {
    const merged: OrganizationEvent = {
      type: 'OrganizationMergedInto',
      data: { organizationId: SNN, successorId: SNNMT, effectiveOn: '2025-03-01', decisionRef: decision },
    };
    organization
      .given([registered(SNN), merged])
      .when(mergeInto())
      .thenRejects('organization.must_be_active');
    organization
      .given([registered(SNN), merged])
      .when({ type: 'RenameOrganization', data: { organizationId: SNN, name: 'X' } })
      .thenRejects('organization.must_be_active');
  });

  it('organization.cannot_merge_into_itself', () => {
    organization
      .given([registered(SNN)])
      .when(mergeInto({ successorId: SNN }))
      .thenRejects('organization.cannot_merge_into_itself');
  });

  it('organization.decision_ref_required', () => {
    organization
      .given([registered(SNN)])
      .when(mergeInto({ decisionRef: ' ' }))
      .thenRejects('organization.decision_ref_required');
  });

  it('organization.date_before_registration', () => {
    organization
      .given([registered(SNN, '2016-01-01')])
      .when(mergeInto({ effectiveOn: '2015-01-01' }))
      .thenRejects('organization.date_before_registration');
  });

  it('the successor records its predecessors', () => {
    organization
      .given([registered(SNNMT, '2025-03-01')])
      .when(recordMerge([SNN, STNMT]))
      .then([
        {
          type: 'OrganizationsMerged',
          data: {
            organizationId: SNNMT,
            predecessorIds: [SNN, STNMT],
            effectiveOn: '2025-03-01',
            decisionRef: decision,
          },
        },
      ]);
  });

  it('organization.merge_predecessors_must_be_distinct and organization.predecessor_already_recorded', () => {
    organization
      .given([registered(SNNMT)])
      .when(recordMerge([SNN, SNN]))
      .thenRejects('organization.merge_predecessors_must_be_distinct');
    const took: OrganizationEvent = {
      type: 'OrganizationsMerged',
      data: { organizationId: SNNMT, predecessorIds: [SNN], effectiveOn: '2025-03-01', decisionRef: decision },
    };
    organization
      .given([registered(SNNMT), took])
      .when(recordMerge([SNN, STNMT]))
      .thenRejects('organization.predecessor_already_recorded');
  });

  it('a dated, decided rename records both', () => {
    organization
      .given([registered(SNN)])
      .when({
        type: 'RenameOrganization',
        data: { organizationId: SNN, name: 'Sở NN&MT', effectiveOn: '2025-03-01', decisionRef: decision },
      })
      .then([
        {
          type: 'OrganizationRenamed',
          data: {
            organizationId: SNN,
            name: 'Sở NN&MT',
            previousName: 'Sở',
            effectiveOn: '2025-03-01',
            decisionRef: decision,
          },
        },
      ]);
  });
});
