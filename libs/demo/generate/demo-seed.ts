/** The seed the app loads on its first start (and `seed-demo` uses without --seed). */
export const DEMO_SEED = 2013;
