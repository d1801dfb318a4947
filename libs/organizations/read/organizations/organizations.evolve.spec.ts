import type { Message } from '@kn/shared';
import type { OrganizationEvent } from '../../domain/organization.events.js';
import type { OrganizationDoc } from './organizations.evolve.js';
import { evolveOrganization } from './organizations.evolve.js';

const ORG_ID = '55555555-5555-4555-8555-555555555555';
const project = (events: readonly Message[]) => events.reduce<OrganizationDoc | null>(evolveOrganization, null);

const registered: OrganizationEvent = {
  type: 'OrganizationRegistered',
  data: { organizationId: ORG_ID, name: 'Hội Nông dân tỉnh', kind: 'mass_organization', shortName: 'HND' },
};

describe('organisation document', () => {
  it('starts active from the registration', () => {
    expect(project([registered])).toEqual({
      id: ORG_ID,
      name: 'Hội Nông dân tỉnh',
      kind: 'mass_organization',
      shortName: 'HND',
      status: 'active',
      dissolvedOn: null,
    });
  });

  it('follows renames and dissolution', () => {
    const doc = project([
      registered,
      {
        type: 'OrganizationRenamed',
        data: { organizationId: ORG_ID, name: 'Hội ND', previousName: 'Hội Nông dân tỉnh' },
      },
      { type: 'OrganizationDissolved', data: { organizationId: ORG_ID, dissolvedOn: '2024-12-31', reason: 'x' } },
    ]);
    expect(doc).toMatchObject({ name: 'Hội ND', status: 'dissolved', dissolvedOn: '2024-12-31' });
  });

  it('never throws on unknown or malformed events: the document stays as it was', () => {
    const doc = project([registered]);
    expect(evolveOrganization(doc, { type: 'SomethingElseHappened', data: {} })).toBe(doc);
    expect(evolveOrganization(doc, { type: 'OrganizationRenamed', data: undefined })?.name).toBe('Hội Nông dân tỉnh');
    expect(
      evolveOrganization(null, { type: 'OrganizationRegistered', data: { organizationId: ORG_ID, kind: 'club' } }),
    ).toBeNull();
    expect(evolveOrganization(null, { type: 'OrganizationDissolved', data: 'x' })).toBeNull();
  });
});

describe('organisation document: lineage', () => {
  it('a predecessor points to its successor, the successor lists its predecessors, both with dated history', () => {
    const merged = project([
      registered,
      {
        type: 'OrganizationMergedInto',
        data: { organizationId: ORG_ID, successorId: 'succ', effectiveOn: '2025-03-01', decisionRef: '18-NQ/TW' },
      },
    ]);
    expect(merged).toMatchObject({
      status: 'merged',
      successorId: 'succ',
      mergedOn: '2025-03-01',
      history: [
        {
          date: '2025-03-01',
          type: 'OrganizationMergedInto',
          summary: 'Hợp nhất vào đơn vị mới (18-NQ/TW)',
          decisionRef: '18-NQ/TW',
          relatedIds: ['succ'],
        },
      ],
    });
    const successor = project([
      registered,
      {
        type: 'OrganizationsMerged',
        data: {
          organizationId: ORG_ID,
          predecessorIds: ['a', 'b'],
          effectiveOn: '2025-03-01',
          decisionRef: '18-NQ/TW',
        },
      },
    ]);
    expect(successor).toMatchObject({
      predecessorIds: ['a', 'b'],
      history: [{ summary: 'Hợp nhất 2 đơn vị (18-NQ/TW)', decisionRef: '18-NQ/TW', relatedIds: ['a', 'b'] }],
    });
  });
});
