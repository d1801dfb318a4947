import dayjs, { type Dayjs } from 'dayjs';

const vnd = new Intl.NumberFormat('vi-VN');

/** `2014-02-10` → `10/02/2014` (dd/MM/yyyy everywhere in the UI). */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant in local time: `dd/MM/yyyy HH:mm:ss`. */
export function fmtInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm:ss') : iso;
}

/** Integer VND with Vietnamese thousands separators: `7.500.000 ₫`. */
export function fmtVnd(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return `${vnd.format(n)} ₫`;
}

export function fmtNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return vnd.format(n);
}

export function fmtPercent(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n)} %`;
}

export const DATE_FORMAT = 'DD/MM/YYYY';

export function isoDate(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format('YYYY-MM-DD') : undefined;
}

/**
 * Today in Vietnam (UTC+7), where the program's business happens and where the server dates its
 * records: a browser elsewhere (or a clock in UTC) would offer yesterday between 00:00 and 07:00
 * Vietnam time, a day before a commitment the server dated today.
 */
export const today = (): Dayjs => dayjs(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));

/** Replaces every Dayjs inside a form's values by its `YYYY-MM-DD` date, recursively. */
export function datesToIso(v: unknown): unknown {
  if (dayjs.isDayjs(v)) return v.format('YYYY-MM-DD');
  if (Array.isArray(v)) return v.map(datesToIso);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, datesToIso(x)]));
  return v;
}

/** Drops undefined and empty-string values (optional fields left blank), recursively in objects. */
export function compact<T>(v: T): T {
  if (Array.isArray(v)) return v.map(compact) as T;
  if (v && typeof v === 'object' && !dayjs.isDayjs(v)) {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined && x !== '')
        .map(([k, x]) => [k, compact(x)]),
    ) as T;
  }
  return v;
}
