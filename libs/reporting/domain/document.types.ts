/** A report as a renderer sees it: sections of paragraphs and typed tables (one XLSX sheet per section). */
export type CellKind = 'text' | 'int' | 'year' | 'vnd' | 'percent' | 'rate' | 'date' | 'datetime';
/** Numbers for int/year/vnd/percent/rate (percent as a share in [0, 1], rate as per-100 points), ISO strings for date/datetime. */
export type Cell = string | number | null;

/**
 * A figure a sentence quotes: its key (the same key a table cell carries), the number, and how
 * the sentence writes it. One figure, one definition: the text never computes its own numbers.
 */
export interface FigureRef {
  readonly key: string;
  readonly value: number;
  readonly kind: 'int' | 'vnd' | 'percent' | 'rate';
}
export interface Paragraph {
  readonly text: string;
  readonly figures: readonly FigureRef[];
}

export interface Column {
  readonly header: string;
  readonly kind: CellKind;
  readonly width?: number;
}
export interface Table {
  readonly title: string;
  /** Optional header row above the columns: each label spans `span` columns. */
  readonly groups?: readonly { label: string; span: number }[];
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** A last row in bold (totals). */
  readonly totalRow?: readonly Cell[];
  /** Figure keys of the cells (same shape as rows / totalRow; null where a cell is no named figure). */
  readonly keys?: readonly (readonly (string | null)[])[];
  readonly totalKeys?: readonly (string | null)[];
}
export interface Section {
  readonly heading: string;
  /** XLSX sheet name (≤ 31 characters, no []:*?/\). */
  readonly sheet: string;
  readonly paragraphs: readonly Paragraph[];
  readonly tables: readonly Table[];
}

/** The Party document's header (Hướng dẫn 36-HD/VPTW): issuer left, party title right, then number and place-date. */
export interface DocumentHeader {
  /** "TỈNH ỦY BÌNH THUẬN", "BAN DÂN VẬN", "*". */
  readonly left: readonly string[];
  /** "ĐẢNG CỘNG SẢN VIỆT NAM". */
  readonly right: readonly string[];
  /** "Số 25-BC/BDVTU" (a draft leaves the number blank). */
  readonly number: string;
  /** "Phan Thiết, ngày 20 tháng 12 năm 2025". */
  readonly placeDate: string;
}

export interface DocumentClosing {
  /** "Nơi nhận:" lines, each "- …;". */
  readonly recipients: readonly string[];
  /** The signature block, top to bottom ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", name). */
  readonly signature: readonly string[];
}

export interface ReportDocument {
  readonly header: DocumentHeader;
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly sections: readonly Section[];
  readonly closing: DocumentClosing | null;
  /** Small print after the signature: pin, chain head, status. */
  readonly notes: readonly string[];
}
