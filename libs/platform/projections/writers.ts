import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

const CONNECT_ATTEMPTS = 10;

/**
 * A few connections held for a long batch job (a rebuild), each running one transaction at a
 * time. Held rather than taken from the pool per transaction: on a busy machine opening a
 * connection can outlast the pool's connect timeout, and a job of hours should not fail on it.
 */
export class Writers {
  private readonly idle: QueryRunner[] = [];
  private readonly waiting: ((runner: QueryRunner) => void)[] = [];

  private constructor(private readonly all: QueryRunner[]) {
    this.idle.push(...all);
  }

  static async open(db: DataSource, n: number): Promise<Writers> {
    const runners: QueryRunner[] = [];
    for (let i = 0; i < n; i++) runners.push(await connected(db));
    return new Writers(runners);
  }

  /** `work` in a transaction on the next free connection. */
  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.idle.pop() ?? (await new Promise<QueryRunner>((take) => this.waiting.push(take)));
    try {
      await runner.startTransaction();
      try {
        const result = await work(runner.manager);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      const next = this.waiting.shift();
      if (next) next(runner);
      else this.idle.push(runner);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((r) => r.release()));
  }
}

async function connected(db: DataSource): Promise<QueryRunner> {
  for (let attempt = 1; ; attempt++) {
    const runner = db.createQueryRunner();
    try {
      await runner.connect();
      return runner;
    } catch (error) {
      await runner.release().catch(() => undefined);
      if (attempt >= CONNECT_ATTEMPTS) throw error;
      await new Promise((wait) => setTimeout(wait, 500 * attempt));
    }
  }
}
