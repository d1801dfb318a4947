/** A report as a renderer sees it: sections of paragraphs and typed tables (one XLSX sheet per section). */
export type CellKind = 'text' | 'int' | 'year' | 'vnd' | 'percent' | 'date' | 'datetime';
/** Numbers for int/year/vnd/percent (percent as a share in [0, 1]), ISO strings for date/datetime. */
export type Cell = string | number | null;

export interface Column { readonly header: string; readonly kind: CellKind; readonly width?: number }
export interface Table {
  readonly title: string;
  /** Optional header row above the columns: each label spans `span` columns. */
  readonly groups?: readonly { label: string; span: number }[];
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** A last row in bold (totals). */
  readonly totalRow?: readonly Cell[];
}
export interface Section {
  readonly heading: string;
  /** XLSX sheet name (≤ 31 characters, no []:*?/\). */
  readonly sheet: string;
  readonly paragraphs: readonly string[];
  readonly tables: readonly Table[];
}
export interface ReportDocument {
  readonly header: readonly string[];
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly sections: readonly Section[];
}
