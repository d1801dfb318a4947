import { activityFacts, evolveClassificationPeriods, pairingFacts, projectFacts, unitFacts } from './contributions.js';
import { fact, OPEN_END } from './facts.js';

describe('dashboard contributions', () => {
  it('counts a live activity by kind, quarter, initiator and resources; nothing once voided', () => {
    const row = {
      adminUnitId: 'A',
      kind: 'immersion_stay',
      occurredOn: '2015-05-10',
      initiator: 'commune',
      voided: false,
      record: { resources: [{ valueVnd: 2_000_000, source: 'social_mobilization' }] },
    };
    expect(activityFacts(row)).toEqual([
      fact('activity', 'A', 2015, 1, 'immersion_stay', '2'),
      fact('activity_initiator', 'A', 2015, 1, 'commune'),
      fact('resource', 'A', 2015, 2_000_000, 'social_mobilization'),
    ]);
    expect(activityFacts({ ...row, voided: true })).toEqual([]);
  });

  it('counts a pairing as paired in each year it is in force at year end, under the unit of that time', () => {
    const p = {
      establishedOn: '2013-08-15',
      endedOn: null,
      unitHistory: [
        { adminUnitId: 'A', from: null },
        { adminUnitId: 'C', from: '2025-07-01' },
      ],
    };
    expect(pairingFacts(p)).toEqual([fact('paired', 'A', [2013, 2024]), fact('paired', 'C', [2025, OPEN_END])]);
    expect(pairingFacts({ ...p, endedOn: '2020-03-01', unitHistory: [{ adminUnitId: 'A', from: null }] })).toEqual([
      fact('paired', 'A', [2013, 2019]),
    ]);
  });

  it('makes an ethnic-minority commune a target from its establishment until it ends', () => {
    const u = {
      id: 'A',
      kind: 'commune',
      parentId: 'D',
      classifications: ['ethnic_minority_commune'],
      establishedOn: '2013-01-01',
      endedOn: '2025-07-01',
    };
    expect(unitFacts(u)).toEqual([fact('target', 'A', [2013, 2024])]);
    expect(unitFacts({ ...u, classifications: [] })).toEqual([]);
    expect(unitFacts({ ...u, kind: 'village' })).toEqual([]);
    expect(unitFacts({ ...u, kind: 'village', classifications: ['mixed_village'] })).toEqual([
      fact('target_village', 'A', [2013, 2024], 1, 'D'),
    ]);
  });

  it('counts a transferred mixed village under the commune it lay in at each year end', () => {
    const village = {
      id: 'V',
      kind: 'village',
      parentId: 'C2',
      classifications: ['mixed_village'],
      establishedOn: '2013-01-01',
      endedOn: null,
      parentHistory: [
        { parentId: 'C1', from: '2013-01-01' },
        { parentId: 'C2', from: '2025-07-01' },
      ],
    };
    expect(unitFacts(village)).toEqual([
      fact('target_village', 'V', [2013, 2024], 1, 'C1'),
      fact('target_village', 'V', [2025, OPEN_END], 1, 'C2'),
    ]);
  });

  it("uses the classifications in force at each year end, not today's", () => {
    const u = {
      id: 'A',
      kind: 'commune',
      parentId: null,
      classifications: [],
      establishedOn: '2013-01-01',
      endedOn: null,
    };
    let periods = evolveClassificationPeriods([], 'AdministrativeUnitEstablished', {
      establishedOn: '2013-01-01',
      classifications: ['ethnic_minority_commune'],
    });
    periods = evolveClassificationPeriods(periods, 'AdministrativeUnitReclassified', {
      effectiveOn: '2019-06-01',
      classifications: [],
    });
    expect(unitFacts(u, periods)).toEqual([fact('target', 'A', [2013, 2018])]);
    periods = evolveClassificationPeriods(periods, 'AdministrativeUnitReclassified', {
      effectiveOn: '2021-03-01',
      classifications: ['ethnic_minority_commune'],
    });
    expect(unitFacts(u, periods)).toEqual([fact('target', 'A', [2013, 2018]), fact('target', 'A', [2021, OPEN_END])]);
    expect(
      evolveClassificationPeriods(periods, 'AdministrativeUnitReclassified', { effectiveOn: 'x', classifications: [] }),
    ).toBe(periods);
  });

  it('counts a project by status and category over its life, and its cost in the year it was completed', () => {
    const p = {
      adminUnitId: 'A',
      category: 'security_lighting',
      status: 'handed_over',
      plannedStartOn: '2014-03-01',
      approvedOn: '2014-02-01',
      startedOn: '2014-03-05',
      completedOn: '2014-10-01',
      handedOverOn: '2015-01-10',
      cancelledOn: null,
      actualCostVnd: 118_000_000,
    };
    expect(projectFacts(p)).toEqual([
      fact('project_status', 'A', [2014, 2015], 1, 'handed_over'),
      fact('project_category', 'A', [2014, 2015], 1, 'security_lighting'),
      fact('project_completed_value', 'A', 2014, 118_000_000),
    ]);
  });
});

describe('a project re-homed by a merge', () => {
  it('keeps the years before the merge under its old unit and counts the rest under the successor', () => {
    const p = {
      adminUnitId: 'NEW',
      category: 'school',
      status: 'completed',
      plannedStartOn: '2024-03-01',
      approvedOn: '2024-02-01',
      startedOn: '2024-04-01',
      completedOn: '2025-10-01',
      handedOverOn: null,
      cancelledOn: null,
      actualCostVnd: 500_000_000,
      unitHistory: [
        { adminUnitId: 'OLD', from: null },
        { adminUnitId: 'NEW', from: '2025-07-01' },
      ],
    };
    expect(projectFacts(p)).toEqual([
      fact('project_status', 'OLD', [2024, 2024], 1, 'completed'),
      fact('project_category', 'OLD', [2024, 2024], 1, 'school'),
      fact('project_status', 'NEW', [2025, 2025], 1, 'completed'),
      fact('project_category', 'NEW', [2025, 2025], 1, 'school'),
      fact('project_completed_value', 'NEW', 2025, 500_000_000),
    ]);
    // A project that closed before its unit merged stays where it was.
    expect(projectFacts({ ...p, completedOn: '2024-12-01' }).map((f) => f.communeId)).toEqual(['OLD', 'OLD', 'OLD']);
  });
});
