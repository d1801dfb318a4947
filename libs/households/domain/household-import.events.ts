import type { Message } from '@kn/shared';

/** What a spreadsheet holds: a household list, or a review's results (issue 17, item 4). */
export const IMPORT_KINDS = ['households', 'review'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The stream category of an import: one `import-<id>` stream per file and kind (ADR "imports"). */
export const IMPORT_CATEGORY = 'import';
export const importStream = (importId: string): string => `${IMPORT_CATEGORY}-${importId}`;

/** A cell the dry run refused: the Excel row number, the column's letter and header, a Vietnamese message. */
export interface ImportCellError {
  readonly row: number;
  readonly column: string;
  readonly header: string;
  readonly message: string;
}

export type SpreadsheetImportStarted = Message<
  'SpreadsheetImportStarted',
  {
    readonly importId: string;
    readonly kind: ImportKind;
    readonly fileName: string;
    readonly fileSha256: string;
    readonly communeId: string;
    /** Rows with data, rows without errors (each becomes one command), and the rows skipped for their errors. */
    readonly rows: number;
    readonly valid: number;
    readonly skippedRows: readonly number[];
  }
>;

/** One row's command was recorded: the stream it wrote to. */
export type SpreadsheetImportRowApplied = Message<
  'SpreadsheetImportRowApplied',
  { readonly importId: string; readonly row: number; readonly streamId: string; readonly code: string }
>;

/** One row's command was refused by a rule of the domain (its problem code and message). */
export type SpreadsheetImportRowRefused = Message<
  'SpreadsheetImportRowRefused',
  { readonly importId: string; readonly row: number; readonly code: string; readonly message: string }
>;

export type SpreadsheetImportCompleted = Message<
  'SpreadsheetImportCompleted',
  { readonly importId: string; readonly applied: number; readonly refused: number }
>;

export type SpreadsheetImportEvent =
  SpreadsheetImportStarted | SpreadsheetImportRowApplied | SpreadsheetImportRowRefused | SpreadsheetImportCompleted;

export interface ImportProgress {
  readonly importId: string;
  readonly kind: ImportKind | null;
  readonly status: 'not_started' | 'running' | 'completed';
  readonly total: number;
  readonly done: number;
  readonly applied: number;
  /** Rows whose command was refused, with the rule that refused it. */
  readonly errors: readonly { readonly row: number; readonly code: string; readonly message: string }[];
  /** Rows already handled (applied or refused): a resumed import skips them. */
  readonly handledRows: ReadonlySet<number>;
}

/** The progress of an import folded from its stream's events (pure; unknown events are ignored). */
export function importProgress(importId: string, events: readonly { type: string; data: unknown }[]): ImportProgress {
  let p: ImportProgress = {
    importId,
    kind: null,
    status: 'not_started',
    total: 0,
    done: 0,
    applied: 0,
    errors: [],
    handledRows: new Set(),
  };
  for (const e of events) {
    const d = (e.data ?? {}) as Record<string, unknown>;
    const row = Number(d.row);
    switch (e.type) {
      case 'SpreadsheetImportStarted':
        p = { ...p, kind: d.kind as ImportKind, status: 'running', total: Number(d.valid) || 0 };
        break;
      case 'SpreadsheetImportRowApplied':
        p = { ...p, done: p.done + 1, applied: p.applied + 1, handledRows: new Set([...p.handledRows, row]) };
        break;
      case 'SpreadsheetImportRowRefused':
        p = {
          ...p,
          done: p.done + 1,
          errors: [...p.errors, { row, code: String(d.code), message: String(d.message) }],
          handledRows: new Set([...p.handledRows, row]),
        };
        break;
      case 'SpreadsheetImportCompleted':
        p = { ...p, status: 'completed' };
        break;
    }
  }
  return p;
}
