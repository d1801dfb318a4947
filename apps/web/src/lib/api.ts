import type { components } from './api-types';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';

/** A field-level validation failure of a problem+json 400. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title || `HTTP ${status}`);
  }
}

/** The API's schemas, generated from its OpenAPI document (`npm run gen:api`, ADR 0016). */
export type Schemas = components['schemas'];
export type CommandResult = Schemas['CommandResult'];
export interface Page<T> {
  items: T[];
  total: number;
}

const TOKEN_KEY = 'kn.token';
export const tokens = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string) => sessionStorage.setItem(TOKEN_KEY, t),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/**
 * Read-your-writes: the highest position any command of this tab returned. Every GET carries it
 * as `X-Min-Position`, so the read side waits (bounded) until it includes our own writes.
 */
let minPosition = 0;
export const readYourWrites = {
  get: () => minPosition,
  saw: (p: unknown) => {
    if (typeof p === 'number' && p > minPosition) minPosition = p;
  },
};

export const UNAUTHORIZED_EVENT = 'kn:unauthorized';
/** How many times a read marked stale is asked (each waits up to the server's bound, 5 s). */
const STALE_READ_ATTEMPTS = 4;

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** The entity's revision: sent as `If-Match: "<revision>"`. */
  ifMatch?: number | null;
  signal?: AbortSignal;
  /** Do not treat a 401 as an expired session (the login form). */
  anonymous?: boolean;
  /** Sent as `Idempotency-Key`: the same record sent twice is recorded once. */
  idempotencyKey?: string;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = tokens.get();
  if (token && !opts.anonymous) headers.authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.ifMatch !== undefined && opts.ifMatch !== null) headers['if-match'] = `"${opts.ifMatch}"`;
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  if (method === 'GET' && minPosition > 0) headers['x-min-position'] = String(minPosition);
  let res: Response;
  // A read the server marks stale (the read models had not reached our own write within its
  // bounded wait) is asked again, a few times: a stale revision would turn the next command into
  // a 412 the person did not cause.
  for (let attempt = 1; ; attempt++) {
    try {
      res = await fetch(path, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
        credentials: 'same-origin',
      });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new ApiError(0, { status: 0, code: 'network_error', detail: String((e as Error).message) });
    }
    if (method !== 'GET' || attempt >= STALE_READ_ATTEMPTS || res.headers.get('x-consistency') !== 'stale') break;
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!res.ok) {
    const problem: Problem =
      data && typeof data === 'object'
        ? { status: res.status, ...(data as object) }
        : { status: res.status, detail: String(data ?? '') };
    if (res.status === 401 && !opts.anonymous) {
      tokens.clear();
      window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    }
    throw new ApiError(res.status, problem);
  }
  if (method !== 'GET' && data && typeof data === 'object') readYourWrites.saw((data as CommandResult).position);
  return data as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal });
export const post = <T = CommandResult>(
  path: string,
  body: unknown,
  ifMatch?: number | null,
  idempotencyKey?: string,
) => request<T>(path, { method: 'POST', body, ifMatch, idempotencyKey });

/** The service worker's copy of API reads (ADR 0017); personal data lives no longer than a session. */
export const API_CACHE = 'kn-api';

/** Forgets every API read the service worker kept (sign-out, an expired session, a new session). */
export async function clearApiCache(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(API_CACHE).catch(() => false);
}

/** Builds `path?x=1&y=2`, skipping empty values. */
export function withQuery(path: string, q: Record<string, string | number | boolean | null | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

/** Every page of a list (limit 200 each), for reference data such as units and organisations. */
export async function getAll<T>(path: string, signal?: AbortSignal, max = 5000): Promise<Page<T>> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < max; offset += 200) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get<Page<T>>(`${path}${sep}limit=200&offset=${offset}`, signal);
    items.push(...page.items);
    total = page.total;
    if (items.length >= total || page.items.length === 0) break;
  }
  return { items, total };
}

/** A GET keyed by its path; `null` disables it. A missing route (404) is not retried. */
export function useApi<T>(path: string | null, options: Partial<UseQueryOptions<T, ApiError>> = {}) {
  return useQuery<T, ApiError>({
    queryKey: ['api', path],
    queryFn: ({ signal }) => get<T>(path!, signal),
    enabled: path !== null,
    retry: (n, e) => e.status >= 500 && n < 2,
    ...options,
  });
}

export function useAll<T>(path: string | null) {
  return useQuery<Page<T>, ApiError>({
    queryKey: ['api', 'all', path],
    queryFn: ({ signal }) => getAll<T>(path!, signal),
    enabled: path !== null,
    staleTime: 30_000,
    retry: (n, e) => e.status >= 500 && n < 2,
  });
}

export interface CommandVars {
  path: string;
  body: unknown;
  ifMatch?: number | null;
  idempotencyKey?: string;
}

/** Sends one command; on success every cached query is refetched (with X-Min-Position). */
export function useCommand() {
  const qc = useQueryClient();
  return useMutation<CommandResult, ApiError, CommandVars>({
    mutationFn: (v) => post(v.path, v.body, v.ifMatch, v.idempotencyKey),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['api'] }),
  });
}

/** True when the endpoint is not there yet (the API is landing piece by piece). */
export const isMissingRoute = (e: ApiError | null | undefined): boolean =>
  !!e && (e.status === 405 || (e.status === 404 && (e.problem.code ?? 'not_found') === 'not_found'));

/** Downloads a file the API serves to a signed-in user (exports), under `filename`. False when refused. */
export async function downloadFile(path: string, filename: string): Promise<boolean> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${tokens.get()}` } });
  if (!res.ok) return false;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
