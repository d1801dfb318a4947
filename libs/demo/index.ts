/**
 * The demo province (issues 8, 14): a deterministic story of the twinning program, 2013 to today, written
 * through the contexts' own deciders and the command pipeline. Used by `seed-demo` in the CLI and
 * by the API on its first start with an empty store.
 */
export { seedDemo, type DemoDeps, type DemoOptions, type DemoReport } from './load/seed-demo.js';
export { createDemoUsers, printDemoUsers, type DemoUser } from './load/demo-users.js';
export { hasNoBusinessData } from './load/empty-store.js';
export { castOf, SYSTEM_CAST, type DemoCast } from './generate/cast.js';
export { planDemo, type DemoPlan } from './generate/demo-plan.js';
export { Random, demoId } from './generate/random.js';

export { DEMO_SEED as DEFAULT_DEMO_SEED } from './generate/demo-seed.js';
export type { DemoStatus } from './read/demo-status/demo-status.query.js';
export const DEFAULT_DEMO_HOUSEHOLDS = 5000;
export { importDemo, type DemoImportOptions, type DemoImportReport } from './load/import-demo.js';
export { LoadDemoProvinceCommand, DemoModule } from './write/load-demo-province/load-demo-province.handler.js';
export { DemoStatusQuery } from './read/demo-status/demo-status.query.js';
