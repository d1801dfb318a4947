import { Dashboard1700000005000 } from './read/migrations/1700000005000-dashboard.js';
import { DashboardTotals1700000005100 } from './read/migrations/1700000005100-dashboard-totals.js';
import { DashboardFactsStream1700000005200 } from './read/migrations/1700000005200-dashboard-facts-stream.js';
import { DashboardScale1700000005300 } from './read/migrations/1700000005300-dashboard-scale.js';
import { DashboardAsOf1700000005400 } from './read/migrations/1700000005400-dashboard-as-of.js';
export { DashboardModule } from './dashboard.module.js';
export { dashboardFactsProjection } from './read/dashboard-facts.projection.js';
export {
  dashboardFigures,
  KPI_DEFINITIONS,
  pairingsWithoutActivity,
  reportDateFor,
  type Dashboard,
  type FactSum,
  type PovertyRate,
} from './domain/figures.js';
export {
  factSums,
  householdsWithoutCommitment,
  loadDashboard,
  namedPairings,
  trend,
  unitNames,
  type LedgerScope,
} from './read/dashboard-query.js';
export { firstCommitmentFor, supportedBefore, twelveMonthsBefore, type CommitmentSpan } from './domain/support.js';
export { figureProvenance, type FigureItem, type FigureProvenance } from './read/figure-provenance.query.js';
export { FIGURE_PROVENANCE } from './http/dashboard.openapi.js';
export const DASHBOARD_MIGRATIONS = [
  Dashboard1700000005000,
  DashboardTotals1700000005100,
  DashboardFactsStream1700000005200,
  DashboardScale1700000005300,
  DashboardAsOf1700000005400,
];
