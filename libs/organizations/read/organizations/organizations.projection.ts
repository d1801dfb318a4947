import { documentProjection } from '@kn/platform';
import { ORGANIZATION_CATEGORY } from '../../domain/organization.labels.js';
import { evolveOrganization, type OrganizationDoc } from './organizations.evolve.js';

export const organizationsProjection = documentProjection<OrganizationDoc>({
  name: 'organizations',
  table: 'organizations',
  categories: [ORGANIZATION_CATEGORY],
  evolve: (doc, e) => evolveOrganization(doc, e),
  columns: { name: 'text', kind: 'text', status: 'text' },
  values: (d) => ({ name: d.name, kind: d.kind, status: d.status }),
});
