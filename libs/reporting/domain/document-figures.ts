import { vnNumber, vnPercent, vnRate } from './narrative.js';
import type { FigureRef, ReportDocument } from './document.types.js';

/** Every figure a table cell names, by key (a key shown twice must show the same number). */
export function tableFigures(doc: ReportDocument): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (key: string | null, cell: unknown) => {
    if (key !== null && typeof cell === 'number') out.set(key, [...(out.get(key) ?? []), cell]);
  };
  for (const s of doc.sections) {
    for (const t of s.tables) {
      t.rows.forEach((row, i) => row.forEach((cell, j) => add(t.keys?.[i]?.[j] ?? null, cell)));
      t.totalRow?.forEach((cell, j) => add(t.totalKeys?.[j] ?? null, cell));
    }
  }
  return out;
}

/** Walks every sentence's figures: each is shown in a table under the same key with the same number, and written in the sentence. */
export function textAgainstTables(doc: ReportDocument): string[] {
  const tables = tableFigures(doc);
  const problems: string[] = [];
  const written = (r: FigureRef) =>
    r.kind === 'percent' ? vnPercent(r.value) : r.kind === 'rate' ? vnRate(r.value) : vnNumber(r.value);
  for (const s of doc.sections) {
    for (const p of s.paragraphs) {
      for (const r of p.figures) {
        const shown = tables.get(r.key);
        if (!shown) problems.push(`${r.key}: in the text (${r.value}) but in no table`);
        else if (shown.some((v) => v !== r.value))
          problems.push(`${r.key}: text ${r.value}, tables ${shown.join(', ')}`);
        if (!p.text.includes(written(r))) problems.push(`${r.key}: "${written(r)}" not written in "${p.text}"`);
      }
    }
  }
  return problems;
}
