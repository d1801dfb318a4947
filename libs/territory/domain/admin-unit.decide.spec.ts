import { spec } from '../../../test/support/decider-spec.js';
import type { AdminUnitCommand } from './admin-unit.commands.js';
import { adminUnitDecider } from './admin-unit.decide.js';
import type { Classification } from './admin-unit.labels.js';
import {
  COMMUNE_ID,
  communeDissolved,
  communeEstablished,
  communeMerged,
  OTHER_COMMUNE_ID,
  PROVINCE_ID,
  SUCCESSOR_ID,
} from './admin-unit.fixtures.js';

const unit = spec(adminUnitDecider);

const rename = (name: string, effectiveOn = '2020-01-01'): AdminUnitCommand => ({
  type: 'RenameAdministrativeUnit',
  data: { unitId: COMMUNE_ID, name, effectiveOn },
});

const reclassify = (add: Classification[], remove: Classification[], effectiveOn = '2016-01-01'): AdminUnitCommand => ({
  type: 'ReclassifyAdministrativeUnit',
  data: { unitId: COMMUNE_ID, add, remove, effectiveOn },
});

describe('renaming', () => {
  it('records the new and the previous name', () => {
    unit
      .given([communeEstablished()])
      .when(rename('Phan Sơn Mới'))
      .then([
        {
          type: 'AdministrativeUnitRenamed',
          data: { unitId: COMMUNE_ID, name: 'Phan Sơn Mới', previousName: 'Phan Sơn', effectiveOn: '2020-01-01' },
        },
      ]);
  });

  it('admin_unit.not_found: an unknown unit cannot be renamed', () => {
    unit.given([]).when(rename('X')).thenRejects('admin_unit.not_found');
  });

  it('admin_unit.name_must_change: the same name (after trimming) is refused', () => {
    unit.given([communeEstablished()]).when(rename(' Phan Sơn ')).thenRejects('admin_unit.name_must_change');
  });

  it('admin_unit.date_before_establishment: a rename dated before establishment is refused', () => {
    unit
      .given([communeEstablished()])
      .when(rename('Mới', '2012-12-31'))
      .thenRejects('admin_unit.date_before_establishment');
  });

  it.each([
    ['merged', communeMerged],
    ['dissolved', communeDissolved],
  ])('admin_unit.must_be_active: a %s unit cannot be renamed', (_status, ending) => {
    unit
      .given([communeEstablished(), ending])
      .when(rename('Mới', '2026-01-01'))
      .thenRejects('admin_unit.must_be_active');
  });
});

describe('reclassifying', () => {
  it('records what actually changed and the resulting set', () => {
    unit
      .given([communeEstablished({ classifications: ['ethnic_minority_commune', 'region_II'] })])
      .when(reclassify(['region_III', 'ethnic_minority_commune'], ['region_II', 'extremely_difficult']))
      .then([
        {
          type: 'AdministrativeUnitReclassified',
          data: {
            unitId: COMMUNE_ID,
            added: ['region_III'],
            removed: ['region_II'],
            classifications: ['ethnic_minority_commune', 'region_III'],
            effectiveOn: '2016-01-01',
          },
        },
      ]);
  });

  it('admin_unit.reclassification_must_change: adding what is there and removing what is not is refused', () => {
    unit
      .given([communeEstablished()])
      .when(reclassify(['ethnic_minority_commune'], ['region_I']))
      .thenRejects('admin_unit.reclassification_must_change');
  });

  it('admin_unit.classification_added_and_removed: one classification on both sides is refused', () => {
    unit
      .given([communeEstablished()])
      .when(reclassify(['region_I'], ['region_I']))
      .thenRejects('admin_unit.classification_added_and_removed');
  });

  it('admin_unit.mixed_village_only_for_villages: a commune cannot become a mixed village', () => {
    unit
      .given([communeEstablished()])
      .when(reclassify(['mixed_village'], []))
      .thenRejects('admin_unit.mixed_village_only_for_villages');
  });

  it('lets a village become a mixed village', () => {
    unit
      .given([communeEstablished({ kind: 'village', classifications: [] })])
      .when(reclassify(['mixed_village'], []))
      .then([
        {
          type: 'AdministrativeUnitReclassified',
          data: {
            unitId: COMMUNE_ID,
            added: ['mixed_village'],
            removed: [],
            classifications: ['mixed_village'],
            effectiveOn: '2016-01-01',
          },
        },
      ]);
  });

  it('admin_unit.date_before_establishment: a reclassification dated before establishment is refused', () => {
    unit
      .given([communeEstablished()])
      .when(reclassify(['region_I'], [], '2000-01-01'))
      .thenRejects('admin_unit.date_before_establishment');
  });

  it('admin_unit.must_be_active: a dissolved unit cannot be reclassified', () => {
    unit
      .given([communeEstablished(), communeDissolved])
      .when(reclassify(['region_I'], []))
      .thenRejects('admin_unit.must_be_active');
  });
});

describe('dissolving', () => {
  const dissolve = (reason: string, dissolvedOn = '2020-01-01'): AdminUnitCommand => ({
    type: 'DissolveAdministrativeUnit',
    data: { unitId: COMMUNE_ID, dissolvedOn, reason },
  });

  it('records the date and reason', () => {
    unit.given([communeEstablished()]).when(dissolve('Giải thể theo nghị quyết')).then([communeDissolved]);
  });

  it('admin_unit.reason_required: a blank reason is refused', () => {
    unit.given([communeEstablished()]).when(dissolve(' ')).thenRejects('admin_unit.reason_required');
  });

  it('admin_unit.date_before_establishment: a dissolution before establishment is refused', () => {
    unit
      .given([communeEstablished()])
      .when(dissolve('x', '2012-01-01'))
      .thenRejects('admin_unit.date_before_establishment');
  });

  it('admin_unit.must_be_active: a unit is dissolved only once', () => {
    unit
      .given([communeEstablished(), communeDissolved])
      .when(dissolve('again'))
      .thenRejects('admin_unit.must_be_active');
  });
});

describe('merging, stream by stream', () => {
  const mergeInto = (
    overrides: Partial<{ successorId: string; effectiveOn: string; decisionRef: string }> = {},
  ): AdminUnitCommand => ({
    type: 'MergeInto',
    data: {
      unitId: COMMUNE_ID,
      successorId: SUCCESSOR_ID,
      effectiveOn: '2025-07-01',
      decisionRef: '1656/NQ-UBTVQH15',
      ...overrides,
    },
  });
  const recordMerge = (predecessorIds: string[], decisionRef = '1656/NQ-UBTVQH15'): AdminUnitCommand => ({
    type: 'RecordMerge',
    data: { unitId: SUCCESSOR_ID, predecessorIds, effectiveOn: '2025-07-01', decisionRef },
  });
  const successor = communeEstablished({ unitId: SUCCESSOR_ID, establishedOn: '2025-07-01' });

  it('a predecessor records that it merged into the successor', () => {
    unit.given([communeEstablished()]).when(mergeInto()).then([communeMerged]);
  });

  it('admin_unit.must_be_active: a merged unit cannot merge again', () => {
    unit.given([communeEstablished(), communeMerged]).when(mergeInto()).thenRejects('admin_unit.must_be_active');
  });

  it('admin_unit.cannot_merge_into_itself: a predecessor cannot name itself as successor', () => {
    unit
      .given([communeEstablished()])
      .when(mergeInto({ successorId: COMMUNE_ID }))
      .thenRejects('admin_unit.cannot_merge_into_itself');
  });

  it('admin_unit.decision_ref_required: a merge needs its decision reference', () => {
    unit
      .given([communeEstablished()])
      .when(mergeInto({ decisionRef: '' }))
      .thenRejects('admin_unit.decision_ref_required');
  });

  it('admin_unit.date_before_establishment: a merge before the predecessor existed is refused', () => {
    unit
      .given([communeEstablished()])
      .when(mergeInto({ effectiveOn: '2010-01-01' }))
      .thenRejects('admin_unit.date_before_establishment');
  });

  it('the successor records its predecessors', () => {
    unit
      .given([successor])
      .when(recordMerge([COMMUNE_ID, OTHER_COMMUNE_ID]))
      .then([
        {
          type: 'AdministrativeUnitsMerged',
          data: {
            unitId: SUCCESSOR_ID,
            predecessorIds: [COMMUNE_ID, OTHER_COMMUNE_ID],
            effectiveOn: '2025-07-01',
            decisionRef: '1656/NQ-UBTVQH15',
          },
        },
      ]);
  });

  it('admin_unit.merge_needs_two_predecessors: one predecessor is a rename, not a merge', () => {
    unit
      .given([successor])
      .when(recordMerge([COMMUNE_ID]))
      .thenRejects('admin_unit.merge_needs_two_predecessors');
  });

  it('admin_unit.merge_predecessors_must_be_distinct: the same predecessor twice is refused', () => {
    unit
      .given([successor])
      .when(recordMerge([COMMUNE_ID, COMMUNE_ID]))
      .thenRejects('admin_unit.merge_predecessors_must_be_distinct');
  });

  it('admin_unit.predecessor_already_recorded: a predecessor is absorbed once', () => {
    const merged = {
      type: 'AdministrativeUnitsMerged',
      data: {
        unitId: SUCCESSOR_ID,
        predecessorIds: [COMMUNE_ID, PROVINCE_ID],
        effectiveOn: '2025-07-01',
        decisionRef: 'a',
      },
    } as const;
    unit
      .given([successor, merged])
      .when(recordMerge([COMMUNE_ID, OTHER_COMMUNE_ID]))
      .thenRejects('admin_unit.predecessor_already_recorded');
  });
});
