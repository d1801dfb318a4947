import { Inject, Logger } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@kn/event-store';
import { CommandPipeline, ProblemException, type CommandContext } from '@kn/platform';
import { DomainError, vietnamDate } from '@kn/shared';
import {
  importProgress,
  importStream,
  type ImportCellError,
  type ImportKind,
  type SpreadsheetImportEvent,
} from '../../domain/household-import.events.js';
import type { Area } from '../../domain/poverty-standards/poverty-standard.types.js';
import { householdStream } from '../../read/household-event.js';
import { HouseholdStreamCommand } from '../household-stream.handler.js';
import { HouseholdPlace } from '../household-place.js';
import { RegisterHouseholdCommand } from '../register-household/register-household.handler.js';
import { loose, planImport, readImportSheet, type ImportLookups, type PlannedRow } from './import-parser.js';

export interface UploadedSpreadsheet {
  readonly buffer: Buffer;
  readonly originalname: string;
}

export interface DryRunAnswer {
  readonly rows: number;
  readonly valid: number;
  readonly alreadyImported: number;
  readonly errors: readonly ImportCellError[];
}

export interface StartedAnswer {
  readonly importId: string;
  /** Commands this upload issues: 0 when the file was imported already (nothing changes). */
  readonly commands: number;
  readonly status: 'running' | 'completed';
  readonly rows: number;
  readonly valid: number;
  readonly errors: readonly ImportCellError[];
}

/**
 * Upload a spreadsheet of a commune: a dry run answers every row's errors; otherwise the import
 * starts (one `import-<id>` stream, its id derived from the file) and runs one command per valid
 * row in the background, each with an idempotency key derived from the file and the row (ADR).
 */
export class ImportSpreadsheetCommand extends Command<DryRunAnswer | StartedAnswer> {
  constructor(
    readonly kind: ImportKind,
    readonly communeId: string,
    readonly file: UploadedSpreadsheet,
    readonly dryRun: boolean,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A UUID (version 4 layout) from a hash, so the same input always names the same record. */
export function uuidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The idempotency key of one row: the file's content, its kind and the row's number. */
export const rowKey = (fileSha256: string, kind: ImportKind, row: number): string =>
  `import:${createHash('sha256').update(`${fileSha256}\n${kind}\n${row}`).digest('hex')}`;

/** Imports running in this process (a second upload while one runs only reports it). */
const RUNNING = new Set<string>();

@CommandHandler(ImportSpreadsheetCommand)
export class ImportSpreadsheetHandler implements ICommandHandler<ImportSpreadsheetCommand> {
  private readonly log = new Logger('Imports');

  constructor(
    private readonly commands: CommandBus,
    private readonly pipeline: CommandPipeline,
    private readonly place: HouseholdPlace,
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({
    kind,
    communeId,
    file,
    dryRun,
    context,
  }: ImportSpreadsheetCommand): Promise<DryRunAnswer | StartedAnswer> {
    if (kind === 'households') await this.place.ensureValid(communeId, null);
    else await this.place.ensureCommune(communeId);
    const sheet = await readImportSheet(file.buffer, kind);
    const fileSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const importId = uuidFrom(`import\n${kind}\n${communeId}\n${fileSha256}`);
    const lookups = await this.lookups(
      communeId,
      sheet.rows.map((r) => String(r.cells.code ?? '')),
      (row) => uuidFrom(`${rowKey(fileSha256, kind, row)}\nhousehold`),
    );
    const plan = await planImport(kind, sheet, lookups, vietnamDate(context.now));
    const summary = { rows: plan.rows, valid: plan.planned.length, errors: plan.errors };
    if (dryRun) return { ...summary, alreadyImported: plan.alreadyImported };

    const stream = importStream(importId);
    const recorded = await this.store.readStream(stream);
    const progress = importProgress(importId, recorded);
    if (progress.status === 'completed' || RUNNING.has(importId))
      return { importId, commands: 0, status: progress.status === 'completed' ? 'completed' : 'running', ...summary };
    let revision = recorded.length ? recorded[recorded.length - 1].revision : -1;
    if (revision < 0) {
      const started: SpreadsheetImportEvent = {
        type: 'SpreadsheetImportStarted',
        data: {
          importId,
          kind,
          fileName: file.originalname.normalize('NFC').slice(0, 200),
          fileSha256,
          communeId,
          rows: plan.rows,
          valid: plan.planned.length,
          skippedRows: [...new Set(plan.errors.map((e) => e.row))],
        },
      };
      try {
        revision = (await this.pipeline.appendDecided(stream, [started], context, 'no_stream')).revision;
      } catch (e) {
        if (e instanceof WrongExpectedRevisionError) return { importId, commands: 0, status: 'running', ...summary };
        throw e;
      }
    }
    const todo = plan.planned.filter((p) => !progress.handledRows.has(p.row));
    RUNNING.add(importId);
    void this.run(importId, kind, fileSha256, todo, context, revision)
      .catch((e: unknown) => this.log.error(`import ${importId} stopped: ${String(e)}`))
      .finally(() => RUNNING.delete(importId));
    return { importId, commands: todo.length, status: 'running', ...summary };
  }

  /** One command per row, in order; each outcome is an event of the import's stream. */
  private async run(
    importId: string,
    kind: ImportKind,
    fileSha256: string,
    rows: readonly PlannedRow[],
    context: CommandContext,
    revision: number,
  ): Promise<void> {
    const stream = importStream(importId);
    let at = revision;
    const record = async (event: SpreadsheetImportEvent) => {
      at = (await this.pipeline.appendDecided(stream, [event], context, at)).revision;
    };
    let applied = 0;
    let refused = 0;
    for (const p of rows) {
      const key = rowKey(fileSha256, kind, p.row);
      const commandId = uuidFrom(`${key}\ncommand`);
      const ctx: CommandContext = {
        ...context,
        commandName: p.kind === 'register' ? 'RegisterHousehold' : 'AssessPoverty',
        commandId,
        correlationId: importId,
        causationId: importId,
        now: new Date(),
        idempotencyKey: key,
        ifMatch: undefined,
        reason: null,
      };
      try {
        if (p.kind === 'register') {
          const existing = await this.store.readStream(householdStream(p.householdId));
          if (!existing.length) await this.commands.execute(new RegisterHouseholdCommand(p.dto, ctx, p.householdId));
        } else {
          await this.commands.execute(
            new HouseholdStreamCommand(
              p.householdId,
              {
                type: 'AssessPoverty',
                data: {
                  householdId: p.householdId,
                  today: vietnamDate(ctx.now),
                  ...p.dto,
                  standard: p.dto.standard ?? null,
                },
              },
              ctx,
            ),
          );
        }
        applied++;
        await record({
          type: 'SpreadsheetImportRowApplied',
          data: { importId, row: p.row, streamId: householdStream(p.householdId), code: p.code },
        });
      } catch (e) {
        const known = e instanceof DomainError || e instanceof ProblemException;
        if (!known) this.log.error(`import ${importId} row ${p.row}: ${String(e)}`);
        refused++;
        await record({
          type: 'SpreadsheetImportRowRefused',
          data: {
            importId,
            row: p.row,
            code:
              e instanceof DomainError ? e.code : e instanceof ProblemException ? e.problem.code : 'import.row_failed',
            message: known ? (e as Error).message.slice(0, 500) : 'The row could not be recorded.',
          },
        });
      }
    }
    await record({ type: 'SpreadsheetImportCompleted', data: { importId, applied, refused } });
  }

  /** The commune's active villages by name and its households with the file's codes. */
  private async lookups(
    communeId: string,
    codes: readonly string[],
    householdIdFor: (row: number) => string,
  ): Promise<ImportLookups> {
    const villages: { id: string; name: string }[] = await this.db.query(
      `select doc->>'id' as id, doc->>'name' as name from admin_units where parent_id = $1 and kind = 'village' and status = 'active'`,
      [communeId],
    );
    const households: { id: string; code: string; area: Area }[] = await this.db.query(
      `select doc->>'id' as id, code, doc->>'area' as area from household_register where commune_id = $1 and code = any($2::text[])`,
      [communeId, [...new Set(codes)]],
    );
    return {
      communeId,
      villages: new Map(villages.map((v) => [loose(v.name), v.id])),
      households: new Map(households.map((h) => [h.code, { id: h.id, area: h.area }])),
      householdIdFor,
    };
  }
}
