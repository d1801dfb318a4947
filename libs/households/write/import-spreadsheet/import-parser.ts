import ExcelJS from 'exceljs';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { cleanInput, problem, ProblemException } from '@kn/platform';
import type { IsoDate } from '@kn/shared';
import type { ImportCellError, ImportKind } from '../../domain/household-import.events.js';
import { findEthnicGroup } from '../../domain/ethnic-groups/ethnic-groups.js';
import { CLASSIFICATION_LABELS } from '../../domain/household.labels.js';
import { classify, standardForReview } from '../../domain/poverty-standards/poverty-standards.js';
import { CLASSIFICATIONS, type Area } from '../../domain/poverty-standards/poverty-standard.types.js';
import { AssessPovertyDto, RegisterHouseholdDto } from '../../http/households.dto.js';
import {
  AREA_WORDS,
  FIRST_DATA_ROW,
  GENDER_WORDS,
  IMPORT_COLUMNS,
  MAX_ROWS,
  columnLetter,
  type ImportColumn,
} from './import-columns.js';

type Raw = string | number | Date | null;

/** One row of the data sheet with data in it: its Excel number and its cells by column key. */
export interface SheetRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, Raw>>;
}

export interface ImportSheet {
  readonly rows: readonly SheetRow[];
  /** Where each column is in this file: its letter and header. */
  readonly columns: Readonly<Record<string, { letter: string; header: string }>>;
}

const badFile = (code: string, detail: string, errors?: unknown[]) =>
  new ProblemException(problem(400, code, detail, errors ? { errors } : {}));

const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
/** Lower case without diacritics, for the names a user types (thôn, chỉ số). */
export const loose = (s: string): string =>
  norm(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

function rawOf(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return rawOf(v.richText.map((t) => t.text).join(''));
    if ('result' in v) return rawOf((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return rawOf(String(v.text));
    if ('error' in v) return String(v.error);
  }
  return null;
}

/**
 * The data sheet of an uploaded workbook: its header row (row 1) matched to the kind's columns
 * by name, an English header row skipped, empty rows left out. A file that is not a workbook,
 * lacks a required header or has too many rows is a 400 naming what is wrong.
 */
export async function readImportSheet(buffer: Buffer, kind: ImportKind): Promise<ImportSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile(
      'import.not_xlsx',
      'The file is not an Excel workbook (.xlsx). Tệp không phải bảng tính Excel (.xlsx).',
    );
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badFile('import.no_sheet', 'The workbook has no sheet. Bảng tính không có trang nào.');
  const expected = IMPORT_COLUMNS[kind];
  const found = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => {
    const text = rawOf(cell.value);
    if (typeof text === 'string') found.set(norm(text), n);
  });
  const columns: Record<string, { letter: string; header: string; index: number }> = {};
  const missing: ImportColumn[] = [];
  for (const c of expected) {
    const index = found.get(norm(c.vi)) ?? found.get(norm(c.en));
    if (index !== undefined) columns[c.key] = { letter: columnLetter(index), header: c.vi, index };
    else if (c.required) missing.push(c);
  }
  if (missing.length)
    throw badFile(
      'import.wrong_headers',
      `Row 1 lacks the headers ${missing.map((c) => `"${c.vi}"`).join(', ')} (download the template). ` +
        `Dòng 1 thiếu cột ${missing.map((c) => `"${c.vi}"`).join(', ')} (tải mẫu về để đối chiếu).`,
      missing.map((c) => ({ field: c.key, code: 'missing_header', message: `Thiếu cột "${c.vi}" (${c.en})` })),
    );
  // Rows with values only: a sheet formatted down to row 1,048,576 is not a long list.
  if (ws.actualRowCount > MAX_ROWS + 2)
    throw badFile('import.too_many_rows', `At most ${MAX_ROWS} rows per file. Tối đa ${MAX_ROWS} dòng mỗi tệp.`);
  const englishRow = expected.every((c) => {
    const at = columns[c.key];
    const v = at ? rawOf(ws.getRow(2).getCell(at.index).value) : null;
    return !at || v === null || (typeof v === 'string' && norm(v) === norm(c.en));
  });
  const rows: SheetRow[] = [];
  const first = englishRow ? FIRST_DATA_ROW : 2;
  ws.eachRow((row, r) => {
    if (r < first) return;
    const cells: Record<string, Raw> = {};
    for (const [key, at] of Object.entries(columns)) cells[key] = rawOf(row.getCell(at.index).value);
    const hasData = Object.entries(cells).some(([k, v]) => k !== 'stt' && v !== null);
    if (hasData) rows.push({ row: r, cells });
  });
  if (rows.length > MAX_ROWS)
    throw badFile('import.too_many_rows', `At most ${MAX_ROWS} rows per file. Tối đa ${MAX_ROWS} dòng mỗi tệp.`);
  return {
    rows,
    columns: Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, { letter: v.letter, header: v.header }])),
  };
}

/** What the import knows of the commune: its villages by name, its households by code. */
export interface ImportLookups {
  readonly communeId: string;
  /** Active villages of the commune by `loose` name. */
  readonly villages: ReadonlyMap<string, string>;
  /** Households of the commune by code. */
  readonly households: ReadonlyMap<string, { readonly id: string; readonly area: Area }>;
  /** The id a row's new household gets (derived from the file and the row, so a second upload finds it). */
  readonly householdIdFor: (row: number) => string;
}

export type PlannedRow =
  | {
      readonly kind: 'register';
      readonly row: number;
      readonly code: string;
      readonly householdId: string;
      readonly dto: RegisterHouseholdDto;
    }
  | {
      readonly kind: 'assess';
      readonly row: number;
      readonly code: string;
      readonly householdId: string;
      readonly dto: AssessPovertyDto;
    };

export interface ImportPlan {
  readonly rows: number;
  readonly planned: readonly PlannedRow[];
  /** Rows refused, each cell on its own; every row here is skipped by the import. */
  readonly errors: readonly ImportCellError[];
  /** Rows of this file already imported (a second upload): valid, and nothing to do. */
  readonly alreadyImported: number;
}

/** A whole number from a cell: 1.500.000, 1,500,000 and 1 500 000 all read 1500000. */
function numberOf(v: Raw): Raw {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{1,3}([.,\s]\d{3})+$|^\d+$/.test(v)) return Number(v.replace(/[.,\s]/g, ''));
  return v;
}

/** An ISO date from a date cell, dd/mm/yyyy or yyyy-mm-dd; anything else is left for the validator to refuse. */
function dateOf(v: Raw): Raw {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : v;
}

const textOf = (v: Raw): string | null => (v === null ? null : v instanceof Date ? v.toISOString() : String(v));
const wordOf = <T>(words: Readonly<Record<string, T>>, v: Raw): T | string | undefined =>
  v === null ? undefined : (words[norm(String(v))] ?? String(v));

/** The DTO fields (class-validator property paths) and the columns they come from. */
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  code: 'code',
  'head.fullName': 'fullName',
  head: 'fullName',
  'head.birthYear': 'birthYear',
  'head.gender': 'gender',
  'head.idNumber': 'idNumber',
  ethnicity: 'ethnicity',
  villageId: 'village',
  memberCount: 'memberCount',
  area: 'area',
  registeredOn: 'registeredOn',
  reviewYear: 'reviewYear',
  assessedOn: 'assessedOn',
  incomePerCapitaVnd: 'income',
  deprivations: 'deprivations',
};

function fieldsOf(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    return [...(e.constraints ? [field] : []), ...fieldsOf(e.children ?? [], field)];
  });
}

/**
 * Every row checked by the rules of the HTTP routes (the same class-validator DTOs, the same edge
 * policy) and what can be known before any command runs (ethnic group, village, codes, indicators
 * of the review year's standard, the classification those give). Each bad cell is an error of its
 * row and column; a row with any error is skipped.
 */
export async function planImport(
  kind: ImportKind,
  sheet: ImportSheet,
  lookups: ImportLookups,
  today: IsoDate,
): Promise<ImportPlan> {
  const errors: ImportCellError[] = [];
  const planned: PlannedRow[] = [];
  const codesSeen = new Map<string, number>();
  let alreadyImported = 0;
  const columnsByKey = new Map(IMPORT_COLUMNS[kind].map((c) => [c.key, c]));
  for (const { row, cells } of sheet.rows) {
    const rowErrors = new Map<string, string>();
    const fail = (key: string, message?: string) => {
      if (rowErrors.has(key)) return;
      const c = columnsByKey.get(key);
      const raw = cells[key] ?? null;
      rowErrors.set(
        key,
        message ??
          (raw === null ? `Bắt buộc, chưa điền (${c?.hint ?? ''})` : `"${textOf(raw)}" không hợp lệ: ${c?.hint ?? ''}`),
      );
    };
    const code = textOf(cells.code) ?? '';
    if (code) {
      const first = codesSeen.get(code);
      if (first !== undefined) fail('code', `Mã hộ "${code}" trùng với dòng ${first}`);
      else codesSeen.set(code, row);
    }

    let plain: Record<string, unknown>;
    if (kind === 'households') {
      const villageName = textOf(cells.village);
      const villageId = villageName ? lookups.villages.get(loose(villageName)) : null;
      if (villageName && !villageId) fail('village', `Xã không có thôn "${villageName}" (đang hoạt động)`);
      const ethnicity = textOf(cells.ethnicity);
      if (ethnicity && !findEthnicGroup(ethnicity))
        fail('ethnicity', `"${ethnicity}" không phải một trong 54 dân tộc (sheet "Danh mục")`);
      plain = {
        communeId: lookups.communeId,
        villageId: villageId ?? null,
        code: textOf(cells.code) ?? undefined,
        head: {
          fullName: textOf(cells.fullName) ?? undefined,
          birthYear: cells.birthYear === null ? null : numberOf(cells.birthYear ?? null),
          gender: wordOf(GENDER_WORDS, cells.gender ?? null) ?? null,
          idNumber: textOf(cells.idNumber ?? null),
        },
        ethnicity: ethnicity ?? undefined,
        memberCount: numberOf(cells.memberCount ?? null) ?? undefined,
        area: wordOf(AREA_WORDS, cells.area ?? null),
        registeredOn: dateOf(cells.registeredOn ?? null) ?? undefined,
      };
      const existing = code ? lookups.households.get(code) : undefined;
      if (existing && existing.id !== lookups.householdIdFor(row)) fail('code', `Mã hộ "${code}" đã có trong xã`);
    } else {
      const reviewYear = numberOf(cells.reviewYear ?? null);
      const review = typeof reviewYear === 'number' ? standardForReview(reviewYear) : undefined;
      if (typeof reviewYear === 'number' && !review)
        fail('reviewYear', `Không có chuẩn nghèo cho năm rà soát ${reviewYear}`);
      const words = (textOf(cells.deprivations) ?? '')
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const indicators = review?.standard.indicators ?? [];
      const deprivations = words.map(
        (w) => indicators.find((i) => i.code === w || loose(i.labelVi) === loose(w))?.code ?? w,
      );
      const unknown = review ? deprivations.filter((d) => !indicators.some((i) => i.code === d)) : [];
      if (unknown.length)
        fail('deprivations', `Không phải chỉ số của chuẩn ${review?.standard.code}: ${unknown.join('; ')}`);
      plain = {
        reviewYear: reviewYear ?? undefined,
        assessedOn: dateOf(cells.assessedOn ?? null) ?? undefined,
        incomePerCapitaVnd: numberOf(cells.income ?? null) ?? undefined,
        deprivations,
      };
      const household = code ? lookups.households.get(code) : undefined;
      if (code && !household) fail('code', `Xã không có hộ mã "${code}"`);
      const stated = textOf(cells.classification ?? null);
      if (stated) {
        const statedCode = CLASSIFICATIONS.find((c) => loose(CLASSIFICATION_LABELS[c].vi) === loose(stated));
        const income = plain.incomePerCapitaVnd;
        if (!statedCode) fail('classification');
        else if (review && household && typeof income === 'number' && !unknown.length) {
          const computed = classify(review.standard, {
            incomePerCapitaVnd: income,
            deprivations,
            area: household.area,
          });
          if (computed !== statedCode)
            fail(
              'classification',
              `Ghi "${stated}" nhưng theo chuẩn ${review.standard.code} thu nhập và chỉ số thiếu hụt của hộ là "${CLASSIFICATION_LABELS[computed].vi}"`,
            );
        }
      }
    }

    const cleaned = cleanInput(plain, today);
    for (const e of cleaned.errors) {
      const key = FIELD_COLUMNS[e.field.replace(/\[\d+\]$/, '')];
      if (key) fail(key, `${e.message}`);
    }
    const Dto: new () => object = kind === 'households' ? RegisterHouseholdDto : AssessPovertyDto;
    const dto: object = plainToInstance(Dto, cleaned.value as object);
    const invalid = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    for (const field of fieldsOf(invalid)) {
      const key = FIELD_COLUMNS[field.replace(/\[\d+\]$/, '')] ?? FIELD_COLUMNS[field.split('.')[0]];
      if (key) fail(key);
    }

    if (rowErrors.size) {
      for (const [key, message] of rowErrors) {
        const at = sheet.columns[key];
        const c = columnsByKey.get(key);
        errors.push({ row, column: at?.letter ?? '', header: at?.header ?? c?.vi ?? key, message });
      }
      continue;
    }
    if (kind === 'households') {
      const householdId = lookups.householdIdFor(row);
      if (lookups.households.get(code)?.id === householdId) alreadyImported++;
      planned.push({ kind: 'register', row, code, householdId, dto: dto as RegisterHouseholdDto });
    } else {
      const householdId = lookups.households.get(code)?.id ?? '';
      planned.push({ kind: 'assess', row, code, householdId, dto: dto as AssessPovertyDto });
    }
  }
  return { rows: sheet.rows.length, planned, errors, alreadyImported };
}
