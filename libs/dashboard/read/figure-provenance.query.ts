import type { DataSource, EntityManager } from 'typeorm';
import type { LogCheckpoint } from '@kn/event-store';
import { eventsAt, streamTitles } from '@kn/audit';
import { ensureValid, NotFound, unitsOfTodayCommune, type UnitLineage } from '@kn/shared';
import { unitLineage } from '@kn/territory';
import { inCommune, rebased, type Boundaries } from '../domain/boundaries.js';
import { reportDateFor } from '../domain/figures.js';
import { figureRule, metricsOf, provenance, type LedgerRow } from '../domain/provenance.js';

export interface FigureItem {
  readonly streamId: string;
  readonly title: string;
  readonly titleEn: string;
  readonly value: number;
  readonly events: readonly {
    readonly position: number;
    readonly streamId: string;
    readonly type: string;
    readonly recordedAt: Date | null;
    readonly title: string;
  }[];
}

export interface FigureProvenance {
  readonly figure: string;
  readonly year: number;
  readonly communeId: string | null;
  readonly boundaries: Boundaries;
  readonly value: number;
  /** The log position the figure is read at: the pin (as of, an issued report), else the read side's checkpoint. */
  readonly position: number;
  readonly reportDate: string;
  readonly items: readonly FigureItem[];
  readonly next: string | null;
}

export interface FigureQuery {
  readonly figure: string;
  readonly year: number;
  /** The day "supported" and "overdue" are judged on (capped at the year's end). */
  readonly day: string;
  readonly communeId?: string | null;
  readonly upTo?: LogCheckpoint | null;
  /** `today`: rows re-based to today's units as the dashboard's are (default `then`). */
  readonly boundaries?: Boundaries;
  readonly after?: string;
  readonly limit: number;
}

/**
 * The ledger rows of one year for some metrics, with the stream that wrote each, up to a
 * checkpoint; with a lineage, each re-based to today's units (as `factSums` does) before the
 * commune filter applies.
 */
async function ledgerRows(
  tx: EntityManager,
  year: number,
  metrics: readonly string[],
  communeId: string | null,
  upTo: LogCheckpoint | null,
  lineage: UnitLineage | null,
): Promise<LedgerRow[]> {
  const params: unknown[] = [year, metrics];
  let filter = '';
  if (communeId) {
    const n = params.push(lineage ? unitsOfTodayCommune(communeId, lineage) : [communeId]);
    filter += ` and (commune_id = any($${n}) or (metric = 'target_village' and dim1 = any($${n})))`;
  }
  if (upTo) filter += ` and (commit, position) <= ($${params.push(upTo.commit)}, $${params.push(upTo.position)})`;
  const rows: {
    stream_id: string | null;
    metric: string;
    commune_id: string;
    dim1: string;
    dim2: string;
    value: string;
    position: string;
  }[] = await tx.query(
    `select stream_id, metric, commune_id, dim1, dim2, value, position from dashboard_facts
     where year_from <= $1 and year_to >= $1 and metric = any($2)${filter} order by commit, position`,
    params,
  );
  const ledger = rows.map((r) => ({
    streamId: r.stream_id ?? '',
    metric: r.metric,
    communeId: r.commune_id,
    dim1: r.dim1,
    dim2: r.dim2,
    value: Number(r.value),
    position: Number(r.position),
  }));
  if (!lineage) return ledger;
  return ledger.map((r) => rebased(r, lineage)).filter((r) => !communeId || inCommune(r, communeId));
}

/**
 * A figure of the dashboard with the entities it is made of, read from the same ledger rows in
 * one snapshot (so the items add up to the value), named and paged by title.
 */
export async function figureProvenance(db: DataSource, q: FigureQuery): Promise<FigureProvenance> {
  const rule = figureRule(q.figure);
  if (!rule) throw new NotFound('figure', q.figure);
  const reportDate = reportDateFor(q.year, q.day);
  const { rows, position } = await db.transaction('REPEATABLE READ', async (tx) => {
    const year = rule.kind === 'sum' && rule.previousYear ? q.year - 1 : q.year;
    const lineage = q.boundaries === 'today' ? await unitLineage(tx) : null;
    const ledger = await ledgerRows(tx, year, metricsOf(rule, q.figure), q.communeId ?? null, q.upTo ?? null, lineage);
    const at = q.upTo
      ? q.upTo.position
      : Number((await tx.query(`select coalesce(max(position), 0) as p from projection_checkpoints`))[0].p);
    return { rows: ledger, position: at };
  });
  const { value, items } = provenance(rule, rows, reportDate);
  const titles = await streamTitles(
    db,
    items.map((i) => i.streamId),
  );
  const named = items
    .map((i) => ({
      ...i,
      title: titles.get(i.streamId)?.vi ?? i.streamId,
      titleEn: titles.get(i.streamId)?.en ?? i.streamId,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'vi') || a.streamId.localeCompare(b.streamId));
  const last = q.after ? named.findIndex((i) => i.streamId === q.after) : -1;
  ensureValid(
    'figure.after_not_an_item',
    !q.after || last >= 0,
    'after must be the "next" of a previous page of this figure',
    'after',
  );
  const start = last + 1;
  const page = named.slice(start, start + q.limit);
  const events = await eventsAt(
    db,
    page.flatMap((i) => i.events.map((e) => e.position)),
  );
  return {
    figure: q.figure,
    year: q.year,
    communeId: q.communeId ?? null,
    boundaries: q.boundaries ?? 'then',
    value,
    position,
    reportDate,
    items: page.map((i) => ({
      ...i,
      events: i.events.map((e) => ({
        ...e,
        type: events.get(e.position)?.type ?? '',
        recordedAt: events.get(e.position)?.recordedAt ?? null,
        title: events.get(e.position)?.title ?? '',
      })),
    })),
    next: start + q.limit < named.length ? page[page.length - 1].streamId : null,
  };
}
