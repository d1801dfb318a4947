import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { rebuildReadModels, type Infrastructure } from '@kn/platform';
import type { EventStore } from '@kn/event-store';
import { CreateUserCommand, systemContext } from '@kn/identity';
import { ROLES, vietnamDate, type Role } from '@kn/shared';
import {
  DEFAULT_DEMO_HOUSEHOLDS,
  DEFAULT_DEMO_SEED,
  hasNoBusinessData,
  LoadDemoProvinceCommand,
  printDemoUsers,
  seedDemo,
  SYSTEM_CAST,
} from '@kn/demo';
import { projectionsAll } from '../../api/src/contexts.js';
import { progressBar } from './progress.js';

type Values = Record<string, string | boolean | undefined>;
type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CliCommand {
  summary: string;
  options?: OptionSpec;
  /** `app`: the API's modules without HTTP, for commands dispatched on its CommandBus. */
  run(infra: Infrastructure, values: Values, app: () => Promise<INestApplicationContext>): Promise<number>;
}

export const COMMANDS: Record<string, CliCommand> = {
  'seed-demo': {
    summary:
      'load the demo province into an empty store: [--seed N] [--households N] [--concurrency N] [--batch] [--dry-run]',
    options: {
      seed: { type: 'string' },
      households: { type: 'string' },
      concurrency: { type: 'string' },
      batch: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
    async run(infra, v, app) {
      const seed = Number(v.seed ?? DEFAULT_DEMO_SEED);
      const households = Number(v.households ?? DEFAULT_DEMO_HOUSEHOLDS);
      const concurrency = Number(v.concurrency ?? 8);
      if (![seed, households, concurrency].every((n) => Number.isInteger(n) && n >= 0) || concurrency < 1)
        return usage('--seed, --households and --concurrency are whole numbers');
      const dry = v['dry-run'] === true;
      if (!dry && !(await hasNoBusinessData(infra.store)))
        return usage('the store already holds data: seed-demo loads only into an empty store');
      const bar = progressBar('demo');
      const options = {
        seed,
        households,
        concurrency,
        batchHouseholds: v.batch === true || households > 20_000,
        today: vietnamDate(new Date()),
        onProgress: (p: { done: number; total: number }) => bar.update(p.done, p.total),
      };
      // A dry run decides the story and writes nothing: no command is issued.
      const { report, users } = dry
        ? { report: await seedDemo({ pipeline: null, vault: null, cast: SYSTEM_CAST }, options), users: [] }
        : await (
            await app()
          )
            .get(CommandBus)
            .execute(new LoadDemoProvinceCommand(options, systemContext('LoadDemoProvince')));
      bar.stop();
      const memory = Math.round(process.memoryUsage().rss / 1048576);
      console.log(
        `${dry ? 'decided (dry run)' : 'loaded'} the demo province (seed ${seed}): ${households} households, ${report.events} events from ${report.commands} commands in ${report.seconds.toFixed(1)} s (${Math.round(report.events / report.seconds)} events/s, rss ${memory} MB)`,
      );
      if (users.length) printDemoUsers(users, (l) => console.log(l));
      return 0;
    },
  },
  'projections:rebuild': {
    summary: 'rebuild every read model beside the live ones, then switch (no downtime)',
    async run(infra) {
      const bar = progressBar('rebuild');
      const r = await rebuildReadModels(infra.dataSource, infra.store, projectionsAll(infra), (p) =>
        bar.update(p.applied, p.total),
      );
      bar.stop();
      console.log(`rebuilt read models from ${r.applied} events; now at position ${r.checkpoint.position}`);
      return 0;
    },
  },
  'audit:verify': {
    summary: 'seal the log, then check every hash link; exit 1 and name the first broken one',
    async run(infra) {
      await infra.store.seal();
      const bar = progressBar('verify');
      const r = await infra.store.verify((p) => bar.update(p.checked, p.total));
      bar.stop();
      console.log(JSON.stringify(r, null, 2));
      return r.ok ? 0 : 1;
    },
  },
  'users:create': {
    summary:
      'create a user: --username --role [--display-name --organization-id --commune-id]; prints a one-time password',
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      'organization-id': { type: 'string' },
      'commune-id': { type: 'string' },
    },
    async run(_infra, v, app) {
      const role = v.role as Role;
      if (typeof v.username !== 'string' || !ROLES.includes(role)) {
        console.error(`--username and --role (${ROLES.join('|')}) are required`);
        return 2;
      }
      const password = randomBytes(15).toString('base64url');
      const user = await (await app()).get(CommandBus).execute(
        new CreateUserCommand(
          {
            username: v.username,
            role,
            password,
            oneTime: true,
            displayName: typeof v['display-name'] === 'string' ? v['display-name'] : v.username,
            organizationId: (v['organization-id'] as string) ?? null,
            communeId: (v['commune-id'] as string) ?? null,
          },
          systemContext('CreateUser'),
        ),
      );
      console.log(`created ${user.username} (${user.role}); one-time password: ${password}`);
      return 0;
    },
  },
  'log:export': {
    summary: 'write the whole event log as NDJSON: --file events.ndjson',
    options: { file: { type: 'string' } },
    async run(infra, v) {
      if (typeof v.file !== 'string') return usage('--file is required');
      const out = createWriteStream(v.file);
      let after = undefined;
      let n = 0;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const page = await infra.store.readAll({ after, maxCount: 5000 });
        if (page.length) {
          for (const e of page) out.write(`${JSON.stringify(e)}\n`);
          n += page.length;
          after = page[page.length - 1].checkpoint;
          continue;
        }
        // The log shows only settled events: finish once nothing written is still waiting to settle.
        if (!(await unsettled(infra.store)) || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise<void>((ok) => out.end(ok));
      console.log(`exported ${n} events to ${v.file}`);
      return 0;
    },
  },
  'log:import': {
    summary:
      'append an NDJSON export into this (empty) store, keeping ids, metadata, times and order; checks every hash: --file',
    options: { file: { type: 'string' } },
    async run(infra, v) {
      if (typeof v.file !== 'string') return usage('--file is required');
      const n = await importLog(infra.store, v.file);
      const mismatch = await compareHashes(infra.store, v.file);
      if (mismatch) {
        console.error(
          `imported ${n} events, but the hash of ${mismatch} differs from the export: the file was altered`,
        );
        return 1;
      }
      await infra.store.seal();
      const r = await infra.store.verify();
      console.log(
        `imported ${n} events with the same hashes as the export; chain ${r.ok ? 'verified' : 'BROKEN'} (head ${r.headHash})`,
      );
      return r.ok ? 0 : 1;
    },
  },
};

function usage(message: string): number {
  console.error(message);
  return 2;
}

/** Appends each exported event at its own revision and original recorded time (so its hash is unchanged). */
export async function importLog(store: EventStore, file: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const e = JSON.parse(line);
    await store.append(e.streamId, [{ eventId: e.eventId, type: e.type, data: e.data, metadata: e.metadata }], {
      expectedRevision: e.revision === 0 ? 'no_stream' : e.revision - 1,
      recordedAt: new Date(e.recordedAt),
    });
    if (++n % 1000 === 0) console.error(`imported ${n}`);
  }
  return n;
}

/** The first exported event whose hash the store does not reproduce, or null. */
export async function compareHashes(store: EventStore, file: string): Promise<string | null> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const e = JSON.parse(line);
    const [stored] = await store.readStream(e.streamId, { fromRevision: e.revision, maxCount: 1 });
    if (!stored || stored.hash !== e.hash) return `${e.streamId}@${e.revision}`;
  }
  return null;
}

/** Events already written but not yet visible to log readers (PostgreSQL adapter; 0 elsewhere). */
async function unsettled(store: EventStore): Promise<number> {
  const lag =
    'readerLag' in store && typeof store.readerLag === 'function'
      ? await (store.readerLag as () => Promise<{ unsettledEvents: number }>)()
      : null;
  return lag?.unsettledEvents ?? 0;
}
