import { documentProjection } from '@kn/platform';
import { ADMIN_UNIT_CATEGORY, ADMIN_UNIT_KINDS } from '../../domain/admin-unit.labels.js';
import { evolveAdminUnit, type AdminUnitTreeDoc } from './admin-unit-tree.evolve.js';

/** rm.admin_units: the unit tree with lineage, filterable by kind, parent, status, classification. */
export const adminUnitTreeProjection = documentProjection<AdminUnitTreeDoc>({
  name: 'admin_units',
  table: 'admin_units',
  categories: [ADMIN_UNIT_CATEGORY],
  evolve: (doc, e) => evolveAdminUnit(doc, e),
  columns: {
    kind: 'text',
    kind_rank: 'int',
    name: 'text',
    parent_id: 'text',
    status: 'text',
    classifications: 'text[]',
    established_on: 'date',
    ended_on: 'date',
  },
  values: (d) => ({
    kind: d.kind,
    kind_rank: ADMIN_UNIT_KINDS.indexOf(d.kind),
    name: d.name,
    parent_id: d.parentId,
    status: d.status,
    classifications: [...d.classifications],
    established_on: d.establishedOn,
    ended_on: d.endedOn,
  }),
});
