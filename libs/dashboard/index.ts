import { Dashboard1700000005000 } from './read/migrations/1700000005000-dashboard.js';
import { DashboardTotals1700000005100 } from './read/migrations/1700000005100-dashboard-totals.js';
export { DashboardModule } from './dashboard.module.js';
export { dashboardFactsProjection } from './read/dashboard-facts.projection.js';
export { dashboardFigures, type Dashboard, type FactSum } from './domain/figures.js';
export const DASHBOARD_MIGRATIONS = [Dashboard1700000005000, DashboardTotals1700000005100];
