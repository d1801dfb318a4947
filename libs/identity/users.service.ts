import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RuleViolation, InvalidInput, NotFound, type Actor, type Role } from '@kn/shared';
import { throttle, WINDOW_SECONDS, type RecentFailures, type ThrottleDecision } from './domain/login-throttle.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password-hasher.js';
import { passwordProblems } from './domain/password.js';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  communeId: string | null;
  disabled: boolean;
}

interface UserRow {
  id: string; username: string; display_name: string; role: Role; organization_id: string | null;
  commune_id: string | null; disabled: boolean; password_hash: string;
}

export interface NewUser {
  username: string; displayName: string; password: string; role: Role;
  organizationId?: string | null; communeId?: string | null;
}

const toView = (r: UserRow): UserView => ({
  id: r.id, username: r.username, displayName: r.display_name, role: r.role,
  organizationId: r.organization_id, communeId: r.commune_id, disabled: r.disabled,
});

export const toActor = (u: UserView): Actor => ({ userId: u.id, username: u.username, role: u.role, organizationId: u.organizationId, communeId: u.communeId });

function checkScope(input: { role: Role; organizationId?: string | null; communeId?: string | null }): void {
  if (input.role === 'commune_officer' && !input.communeId) throw new InvalidInput('user.commune_required', 'A commune officer needs communeId.', 'communeId');
  if (input.role === 'staff' && !input.organizationId) throw new InvalidInput('user.organization_required', 'A staff user needs organizationId.', 'organizationId');
}

/** TypeORM answers an UPDATE … RETURNING with [rows, count]. */
async function updateReturning<T>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await db.query(sql, params)) as [T[], number];
  return rows;
}

const SESSION_CACHE_MS = 2000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Users and sessions. Sessions are opaque random tokens; only their SHA-256 is stored, so a
 * leaked table yields no usable token, and logout or disabling a user revokes at once.
 */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('users');

  constructor(private readonly db: DataSource) {}

  async create(input: NewUser): Promise<UserView> {
    const problems = passwordProblems(input.password, input.username);
    if (problems.length) throw new InvalidInput('user.password_policy', `Password ${problems.join('; ')}.`, 'password');
    checkScope(input);
    const id = randomUUID();
    const rows: UserRow[] = await this.db.query(
      `insert into app.users (id, username, display_name, password_hash, role, organization_id, commune_id)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (username) do nothing returning *`,
      [id, input.username, input.displayName, await hashPassword(input.password), input.role, input.organizationId ?? null, input.communeId ?? null],
    );
    if (!rows.length) throw new RuleViolation('user.username_taken', `The username ${input.username} is already taken.`);
    return toView(rows[0]);
  }

  async list(): Promise<UserView[]> {
    const rows: UserRow[] = await this.db.query(`select * from app.users order by username`);
    return rows.map(toView);
  }

  async count(): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`select count(*)::int as n from app.users`);
    return rows[0].n;
  }

  /**
   * Returns a session token, null for any failure (unknown user, wrong password, disabled — not
   * told apart), or the throttle's refusal. Every attempt is recorded for the audit trail.
   */
  async login(username: string, password: string, ttlMinutes: number, ip: string | null): Promise<{ token: string; user: UserView } | null | Extract<ThrottleDecision, { allowed: false }>> {
    const decision = throttle(await this.recentFailures(username, ip), Date.now());
    if (!decision.allowed) {
      await this.recordAttempt(username, ip, false, decision.reason);
      return decision;
    }
    const rows: UserRow[] = await this.db.query(`select * from app.users where username = $1`, [username]);
    if (!rows.length) {
      await burnPasswordCheck(password);
      await this.recordAttempt(username, ip, false, 'unknown_user');
      return null;
    }
    const ok = await verifyPassword(password, rows[0].password_hash);
    if (!ok || rows[0].disabled) {
      await this.recordAttempt(username, ip, false, ok ? 'disabled' : 'wrong_password');
      return null;
    }
    await this.recordAttempt(username, ip, true, null);
    const token = randomBytes(32).toString('base64url');
    await this.db.query(`insert into app.sessions (token_hash, user_id, expires_at) values ($1, $2, now() + make_interval(mins => $3))`, [tokenHash(token), rows[0].id, ttlMinutes]);
    return { token, user: toView(rows[0]) };
  }

  private async recentFailures(username: string, ip: string | null): Promise<RecentFailures> {
    const user: { at: Date }[] = await this.db.query(
      `select at from app.login_attempts where username = $1 and not succeeded and at > now() - make_interval(secs => $2) order by at`,
      [username, WINDOW_SECONDS],
    );
    const byIp: { n: number }[] = ip
      ? await this.db.query(`select count(*)::int as n from app.login_attempts where ip = $1 and not succeeded and at > now() - make_interval(secs => $2)`, [ip, WINDOW_SECONDS])
      : [{ n: 0 }];
    return { forUser: user.map((r) => new Date(r.at).getTime()), forIp: byIp[0].n };
  }

  private async recordAttempt(username: string, ip: string | null, succeeded: boolean, reason: string | null): Promise<void> {
    await this.db.query(`insert into app.login_attempts (username, ip, succeeded, reason) values ($1, $2, $3, $4)`, [username.slice(0, 100), ip, succeeded, reason]);
  }

  async get(id: string): Promise<UserView> {
    const rows: UserRow[] = await this.db.query(`select * from app.users where id = $1`, [id]);
    if (!rows.length) throw new NotFound('user', id);
    return toView(rows[0]);
  }

  async setDisabled(id: string, disabled: boolean): Promise<UserView> {
    const rows = await updateReturning<UserRow>(this.db, `update app.users set disabled = $2 where id = $1 returning *`, [id, disabled]);
    if (!rows.length) throw new NotFound('user', id);
    if (disabled) await this.db.query(`update app.sessions set revoked_at = now() where user_id = $1 and revoked_at is null`, [id]);
    this.forget(id);
    return toView(rows[0]);
  }

  async changeRole(id: string, change: { role: Role; organizationId?: string | null; communeId?: string | null }): Promise<UserView> {
    checkScope(change);
    const rows = await updateReturning<UserRow>(
      this.db,
      `update app.users set role = $2, organization_id = $3, commune_id = $4 where id = $1 returning *`,
      [id, change.role, change.organizationId ?? null, change.communeId ?? null],
    );
    if (!rows.length) throw new NotFound('user', id);
    await this.db.query(`update app.sessions set revoked_at = now() where user_id = $1 and revoked_at is null`, [id]);
    this.forget(id);
    return toView(rows[0]);
  }

  /** Sets a new random password, revokes the user's sessions, and returns the password once. */
  async resetPassword(id: string): Promise<string> {
    const password = randomBytes(15).toString('base64url');
    await this.setPassword(id, password);
    return password;
  }

  async changeOwnPassword(id: string, current: string, next: string): Promise<void> {
    const rows: UserRow[] = await this.db.query(`select * from app.users where id = $1`, [id]);
    if (!rows.length) throw new NotFound('user', id);
    if (!(await verifyPassword(current, rows[0].password_hash))) throw new InvalidInput('user.current_password_wrong', 'The current password is wrong.', 'currentPassword');
    const problems = passwordProblems(next, rows[0].username);
    if (problems.length) throw new InvalidInput('user.password_policy', `Password ${problems.join('; ')}.`, 'newPassword');
    await this.setPassword(id, next);
  }

  private async setPassword(id: string, password: string): Promise<void> {
    const rows = await updateReturning(this.db, `update app.users set password_hash = $2, password_changed_at = now() where id = $1 returning id`, [id, await hashPassword(password)]);
    if (!rows.length) throw new NotFound('user', id);
    await this.db.query(`update app.sessions set revoked_at = now() where user_id = $1 and revoked_at is null`, [id]);
    this.forget(id);
  }

  async loginAttempts(username: string | undefined, limit: number, offset: number): Promise<unknown[]> {
    return this.db.query(
      `select at, username, ip, succeeded, reason from app.login_attempts where ($1::text is null or username = $1) order by id desc limit $2 offset $3`,
      [username ?? null, limit, offset],
    );
  }

  /**
   * Sessions are looked up at most every couple of seconds per token; this process drops an entry
   * at once on logout, disable, role or password change (another API process within SESSION_CACHE_MS).
   */
  private readonly sessions = new Map<string, { user: UserView | null; until: number }>();

  private forget(userId: string): void {
    for (const [k, v] of this.sessions) if (!v.user || v.user.id === userId) this.sessions.delete(k);
  }

  async userForToken(token: string): Promise<UserView | null> {
    const hash = tokenHash(token);
    const cached = this.sessions.get(hash);
    if (cached && cached.until > Date.now()) return cached.user;
    const user = await this.lookupSession(hash);
    if (this.sessions.size > 10_000) this.sessions.clear();
    this.sessions.set(hash, { user, until: Date.now() + SESSION_CACHE_MS });
    return user;
  }

  private async lookupSession(hash: string): Promise<UserView | null> {
    const rows: UserRow[] = await this.db.query(
      `select u.* from app.sessions s join app.users u on u.id = s.user_id
       where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and not u.disabled`,
      [hash],
    );
    return rows.length ? toView(rows[0]) : null;
  }

  async logout(token: string): Promise<void> {
    this.sessions.delete(tokenHash(token));
    await this.db.query(`update app.sessions set revoked_at = now() where token_hash = $1 and revoked_at is null`, [tokenHash(token)]);
  }

  /**
   * First start on an empty user table: create `admin` with ADMIN_PASSWORD, or a random password
   * printed once. There is no default password.
   */
  async ensureFirstAdmin(adminPassword: string | null, print: (line: string) => void): Promise<UserView | null> {
    if ((await this.count()) > 0) return null;
    const password = adminPassword ?? randomBytes(15).toString('base64url');
    const admin = await this.create({ username: 'admin', displayName: 'Quản trị hệ thống', password, role: 'admin' });
    if (adminPassword) print('Created user "admin" with the password from ADMIN_PASSWORD.');
    else print(`Created user "admin" with the one-time password: ${password}\n  (shown once; store it now, or set ADMIN_PASSWORD before the first start)`);
    this.logger.log('first administrator created');
    return admin;
  }
}
