export default async function globalTeardown() {
  if (globalThis.__KN_PG__) await globalThis.__KN_PG__.stop();
}
