import { documentProjection } from '@kn/platform';
import { PROJECT_CATEGORY } from '../../domain/project.events.js';
import { evolveProjectBoard, type ProjectBoardEntry } from './project-board.evolve.js';

/** rm.projects: the project board (status, money by source, progress), filterable by status, category, unit and pairing. */
export const projectBoardProjection = documentProjection<ProjectBoardEntry>({
  name: 'projects',
  table: 'projects',
  categories: [PROJECT_CATEGORY],
  evolve: (doc, e) => evolveProjectBoard(doc, e),
  columns: { admin_unit_id: 'text', pairing_id: 'text', category: 'text', status: 'text' },
  values: (d) => ({ admin_unit_id: d.adminUnitId, pairing_id: d.pairingId, category: d.category, status: d.status }),
});
