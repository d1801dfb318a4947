import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ImportRow, LogImport } from '@kn/event-store';
import { newDataKey, PersonalDataErasedError, PersonalDataVault, type KeyStore, type PgKeyStore } from '@kn/households';
import { eventsToAppend } from '@kn/platform';
import type { Message } from '@kn/shared';
import type { DemoCast } from '../generate/cast.js';
import { seedDemo } from './seed-demo.js';
import type { Step } from './stream-writer.js';

export interface DemoImportOptions {
  readonly seed: number;
  readonly households: number;
  /** Vietnam's calendar date the story runs up to. */
  readonly today: string;
  /** Where events wait, by month, to be sorted into story order (removed afterwards). */
  readonly spillDir: string;
  /** Events per insert (default 5,000). */
  readonly chunk?: number;
  readonly onProgress?: (p: { phase: 'generate' | 'insert'; events: number }) => void;
}

export interface DemoImportReport {
  readonly events: number;
  readonly generateSeconds: number;
  readonly insertSeconds: number;
}

/**
 * The demo province written as a history recorded at story time: every command is decided by
 * its context's decider exactly as `seedDemo` decides it, its events chained and hashed at the
 * time the story says it was recorded (08:00–17:00 Vietnam time on its business date, never
 * after the import started), spilled to disk by month, then inserted month by month in recorded
 * order through the store's bulk import path — so log order follows recorded time and as-of
 * views of past years show what was known then. For an empty store (a scale run, a fresh demo).
 */
export async function importDemo(
  deps: { log: LogImport; keys: PgKeyStore | null; cast: DemoCast },
  options: DemoImportOptions,
): Promise<DemoImportReport> {
  const t0 = performance.now();
  const keys = deps.keys ? new BufferedKeyStore(deps.keys) : null;
  const spill = new MonthSpill(options.spillDir);
  const latest = Date.now() - 60_000;
  let events = 0;
  const observe = (streamId: string, decided: readonly Message[], step: Step<Message>) => {
    const commandId = randomUUID();
    const context = {
      actor: step.actor,
      commandName: step.command.type,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      now: new Date(0),
      reason: step.reason ?? null,
    };
    spill.add(
      deps.log.prepare(streamId, eventsToAppend(decided, context, streamId), storyTime(step.date, streamId, latest)),
    );
    events += decided.length;
    if (events % 50_000 < decided.length) options.onProgress?.({ phase: 'generate', events });
  };
  try {
    await seedDemo(
      { pipeline: null, vault: keys ? new PersonalDataVault(keys) : null, cast: deps.cast, observe },
      { seed: options.seed, households: options.households, today: options.today, householdsInOnePass: true },
    );
    spill.close();
    await keys?.flush();
    const t1 = performance.now();
    await insertInOrder(deps.log, spill, options.chunk ?? 5000, (n) =>
      options.onProgress?.({ phase: 'insert', events: n }),
    );
    return { events, generateSeconds: (t1 - t0) / 1000, insertSeconds: (performance.now() - t1) / 1000 };
  } finally {
    spill.remove();
  }
}

/** Month by month, each sorted by recorded time (stable: a stream's events keep their order), one insert in flight. */
async function insertInOrder(
  log: LogImport,
  spill: MonthSpill,
  chunk: number,
  progress: (n: number) => void,
): Promise<void> {
  let inFlight: Promise<void> = Promise.resolve();
  let written = 0;
  for (const month of spill.months()) {
    const rows = spill.read(month).sort((a, b) => a[7] - b[7]);
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await inFlight;
      inFlight = log.insert(part).then(() => progress((written += part.length)));
    }
  }
  await inFlight;
  await log.finish();
}

/** 08:00 in Vietnam on the business date, plus a stream's own offset within the working day. */
function storyTime(date: string, streamId: string, latest: number): Date {
  let h = 2166136261;
  for (let i = 0; i < streamId.length; i++) h = Math.imul(h ^ streamId.charCodeAt(i), 16777619);
  const at = Date.parse(`${date}T01:00:00Z`) + ((h >>> 0) % 32_400) * 1000;
  return new Date(Math.min(at, latest));
}

/** Rows buffered per month of their recorded time and appended to one file per month. */
class MonthSpill {
  private readonly buffers = new Map<string, string[]>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  add(rows: readonly ImportRow[]): void {
    for (const row of rows) {
      const month = new Date(row[7]).toISOString().slice(0, 7);
      const buffer = this.buffers.get(month) ?? [];
      buffer.push(JSON.stringify(row));
      this.buffers.set(month, buffer);
      if (buffer.length >= 500) this.write(month);
    }
  }

  close(): void {
    for (const month of this.buffers.keys()) this.write(month);
  }

  months(): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.ndjson'))
      .map((f) => f.slice(0, -'.ndjson'.length))
      .sort();
  }

  read(month: string): ImportRow[] {
    return readFileSync(this.file(month), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ImportRow);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private write(month: string): void {
    const buffer = this.buffers.get(month);
    if (!buffer?.length) return;
    appendFileSync(this.file(month), `${buffer.join('\n')}\n`);
    this.buffers.set(month, []);
  }

  private file(month: string): string {
    return join(this.dir, `${month}.ndjson`);
  }
}

/**
 * Keys made in memory during the import and stored in one go afterwards (one insert per 5,000
 * instead of two statements per household). For an empty store: no key exists before it.
 */
class BufferedKeyStore implements KeyStore {
  private readonly made = new Map<string, Buffer>();
  private readonly erased = new Set<string>();

  constructor(private readonly stored: PgKeyStore) {}

  async get(keyId: string): Promise<Buffer | null> {
    return this.made.get(keyId) ?? null;
  }

  async create(keyId: string): Promise<Buffer> {
    if (this.erased.has(keyId)) throw new PersonalDataErasedError(keyId);
    let key = this.made.get(keyId);
    if (!key) this.made.set(keyId, (key = newDataKey()));
    return key;
  }

  async destroy(keyId: string): Promise<void> {
    this.made.delete(keyId);
    this.erased.add(keyId);
  }

  async flush(): Promise<void> {
    await this.stored.storeMany(this.made);
    for (const keyId of this.erased) await this.stored.destroy(keyId);
  }
}
