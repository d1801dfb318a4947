/**
 * Typed configuration, read and validated once at start. The only place that reads process.env.
 */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** DATA_DIR was set: used as given. Unset: ./data, or a reachable folder when run as root (data-dir.ts). */
  readonly dataDirChosen: boolean;
  /** Null: start the embedded PostgreSQL under dataDir. */
  readonly databaseUrl: string | null;
  readonly eventStoreUrl: string | null;
  readonly adminPassword: string | null;
  readonly demoData: boolean;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Run projections inside the API process (default) or leave them to apps/projector. */
  readonly projectionsInProcess: boolean;
  readonly sessionTtlMinutes: number;
  readonly corsOrigins: readonly string[];
  /** 32-byte master key (base64) wrapping the per-household personal-data keys; null → a key file under dataDir. */
  readonly personalDataKey: Buffer | null;
  /**
   * Express's `trust proxy`: false (default) takes the client address from the socket; a hop
   * count or a list of proxy addresses/subnets takes it from X-Forwarded-For through those only.
   */
  readonly trustProxy: false | number | readonly string[];
  /** Bearer token for /metrics and the detail of /health (besides an admin or auditor session). */
  readonly metricsToken: string | null;
  /** The built admin UI (vite) served at `/`. */
  readonly webDir: string;
}

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): AppConfig {
  const errors: string[] = [];
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      errors.push(`${name} must be an integer in [${min}, ${max}], got "${raw}"`);
    return n;
  };
  const bool = (name: string, def: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return def;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    errors.push(`${name} must be true or false, got "${env[name]}"`);
    return def;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = env[name];
    if (!raw) return null;
    // Not `new URL()`: EventStoreDB cluster URLs list several hosts (esdb://a:2113,b:2113,c:2113).
    const m = /^([a-z+]+:)\/\/[^\s/]+/.exec(raw);
    if (!m) errors.push(`${name} is not a URL`);
    else if (!protocols.includes(m[1])) errors.push(`${name} must start with ${protocols.join(' or ')}`);
    return raw;
  };
  const levels = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  const logLevel = (env.LOG_LEVEL ?? 'log') as AppConfig['logLevel'];
  if (!levels.includes(logLevel)) errors.push(`LOG_LEVEL must be one of ${levels.join(', ')}`);
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < 12) errors.push('ADMIN_PASSWORD must be at least 12 characters');

  const config: AppConfig = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || './data',
    dataDirChosen: Boolean(env.DATA_DIR),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    eventStoreUrl: url('EVENTSTORE_URL', ['esdb:', 'esdb+discover:', 'kurrentdb:']),
    adminPassword,
    demoData: bool('DEMO_DATA', true),
    logLevel,
    projectionsInProcess: bool('PROJECTIONS_IN_PROCESS', true),
    sessionTtlMinutes: int('SESSION_TTL_MINUTES', 480, 5, 60 * 24 * 30),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    webDir: env.WEB_DIR || 'dist/web',
    personalDataKey: masterKey(env.PERSONAL_DATA_KEY, errors),
    trustProxy: trustProxy(env.TRUST_PROXY, errors),
    metricsToken: metricsToken(env.METRICS_TOKEN, errors),
  };
  if (errors.length) throw new ConfigError(`Invalid configuration: ${errors.join('; ')}`);
  return config;
}

function masterKey(raw: string | undefined, errors: string[]): Buffer | null {
  if (!raw) return null;
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) errors.push('PERSONAL_DATA_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
  return key;
}

/** `TRUST_PROXY`: unset/false, a hop count, or addresses/subnets (Express names such as `loopback` too); never a blanket `true`. */
function trustProxy(raw: string | undefined, errors: string[]): false | number | readonly string[] {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) errors.push('TRUST_PROXY as a hop count must be 1..10');
    return hops;
  }
  if (value.toLowerCase() === 'true') {
    errors.push(
      'TRUST_PROXY=true would believe any X-Forwarded-For; name the proxies (addresses, subnets or a hop count)',
    );
    return false;
  }
  const list = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = list.filter(
    (p) => !/^(loopback|linklocal|uniquelocal|[\d.]+(\/\d{1,2})?|[\da-f:]+(\/\d{1,3})?)$/i.test(p),
  );
  if (bad.length) errors.push(`TRUST_PROXY has entries that are no address, subnet or Express name: ${bad.join(', ')}`);
  return list;
}

function metricsToken(raw: string | undefined, errors: string[]): string | null {
  if (!raw) return null;
  if (!/^[\w-]{24,200}$/.test(raw))
    errors.push('METRICS_TOKEN must be 24-200 letters, digits, "-" or "_" (e.g. `openssl rand -hex 24`)');
  return raw;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
