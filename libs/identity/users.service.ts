import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RuleViolation, InvalidInput, NotFound, type Actor, type Role } from '@kn/shared';
import {
  THROTTLE_REASONS,
  throttle,
  WINDOW_SECONDS,
  type RecentFailures,
  type ThrottleDecision,
} from './domain/login-throttle.js';
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
  /** Signed in with a one-time password: only changing it is allowed until then. */
  mustChangePassword: boolean;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  organization_id: string | null;
  commune_id: string | null;
  disabled: boolean;
  password_hash: string;
  must_change_password: boolean;
  one_time_password_used_at: Date | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  organizationId?: string | null;
  communeId?: string | null;
  /** The password was made for the user (CLI): one sign-in, then they choose their own. */
  oneTime?: boolean;
}

const toView = (r: UserRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  organizationId: r.organization_id,
  communeId: r.commune_id,
  disabled: r.disabled,
  mustChangePassword: r.must_change_password,
});

/** Locks the active admins' rows for the rest of the transaction and says whether this user is the only one left. */
async function isLastActiveAdmin(
  q: { query(sql: string, params?: unknown[]): Promise<unknown> },
  id: string,
): Promise<boolean> {
  const admins = (await q.query(
    `select id from app.users where role = 'admin' and not disabled order by id for update`,
  )) as { id: string }[];
  return admins.length === 1 && admins[0].id === id;
}

const LAST_ADMIN = 'user.last_active_admin_must_remain';

export const toActor = (u: UserView): Actor => ({
  userId: u.id,
  username: u.username,
  role: u.role,
  organizationId: u.organizationId,
  communeId: u.communeId,
});

function checkScope(input: { role: Role; organizationId?: string | null; communeId?: string | null }): void {
  if (input.role === 'commune_officer' && !input.communeId)
    throw new InvalidInput('user.commune_required', 'A commune officer needs communeId.', 'communeId');
  if (input.role === 'staff' && !input.organizationId)
    throw new InvalidInput('user.organization_required', 'A staff user needs organizationId.', 'organizationId');
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
      `insert into app.users (id, username, display_name, password_hash, role, organization_id, commune_id, must_change_password)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (username) do nothing returning *`,
      [
        id,
        input.username,
        input.displayName,
        await hashPassword(input.password),
        input.role,
        input.organizationId ?? null,
        input.communeId ?? null,
        input.oneTime === true,
      ],
    );
    if (!rows.length)
      throw new RuleViolation('user.username_taken', `The username ${input.username} is already taken.`);
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
  async login(
    username: string,
    password: string,
    ttlMinutes: number,
    ip: string | null,
  ): Promise<{ token: string; user: UserView } | null | Extract<ThrottleDecision, { allowed: false }>> {
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
    if (rows[0].must_change_password && !(await this.spendOneTimePassword(rows[0].id))) {
      await this.recordAttempt(username, ip, false, 'one_time_password_used');
      return null;
    }
    await this.recordAttempt(username, ip, true, null);
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `insert into app.sessions (token_hash, user_id, expires_at) values ($1, $2, now() + make_interval(mins => $3))`,
      [tokenHash(token), rows[0].id, ttlMinutes],
    );
    return { token, user: toView(rows[0]) };
  }

  /** A one-time password signs in once: true for the first use, false after. */
  private async spendOneTimePassword(id: string): Promise<boolean> {
    const rows = await updateReturning(
      this.db,
      `update app.users set one_time_password_used_at = now() where id = $1 and one_time_password_used_at is null returning id`,
      [id],
    );
    return rows.length === 1;
  }

  private async recentFailures(username: string, ip: string | null): Promise<RecentFailures> {
    // Attempts the throttle refused are recorded for the audit trail, but are no failures: they never extend a lock.
    const failures = (column: 'username' | 'ip', value: string): Promise<{ at: Date }[]> =>
      this.db.query(
        `select at from app.login_attempts where ${column} = $1 and not succeeded and coalesce(reason, '') <> all($3::text[])
         and at > now() - make_interval(secs => $2) order by at`,
        [value, WINDOW_SECONDS, THROTTLE_REASONS],
      );
    const times = (rows: { at: Date }[]) => rows.map((r) => new Date(r.at).getTime());
    return { forUser: times(await failures('username', username)), forIp: ip ? times(await failures('ip', ip)) : [] };
  }

  private async recordAttempt(
    username: string,
    ip: string | null,
    succeeded: boolean,
    reason: string | null,
  ): Promise<void> {
    await this.db.query(`insert into app.login_attempts (username, ip, succeeded, reason) values ($1, $2, $3, $4)`, [
      username.slice(0, 100),
      ip,
      succeeded,
      reason,
    ]);
  }

  async get(id: string): Promise<UserView> {
    const rows: UserRow[] = await this.db.query(`select * from app.users where id = $1`, [id]);
    if (!rows.length) throw new NotFound('user', id);
    return toView(rows[0]);
  }

  async setDisabled(id: string, disabled: boolean): Promise<UserView> {
    const row = await this.db.transaction(async (q) => {
      if (disabled && (await isLastActiveAdmin(q, id)))
        throw new RuleViolation(LAST_ADMIN, 'This is the last active admin; enable or appoint another admin first.');
      const [rows] = (await q.query(`update app.users set disabled = $2 where id = $1 returning *`, [
        id,
        disabled,
      ])) as [UserRow[], number];
      if (!rows.length) throw new NotFound('user', id);
      return rows[0];
    });
    if (disabled)
      await this.db.query(`update app.sessions set revoked_at = now() where user_id = $1 and revoked_at is null`, [id]);
    this.forget(id);
    return toView(row);
  }

  async changeRole(
    id: string,
    change: { role: Role; organizationId?: string | null; communeId?: string | null },
  ): Promise<UserView> {
    checkScope(change);
    const row = await this.db.transaction(async (q) => {
      if (change.role !== 'admin' && (await isLastActiveAdmin(q, id)))
        throw new RuleViolation(LAST_ADMIN, 'This is the last active admin; appoint another admin first.');
      const [rows] = (await q.query(
        `update app.users set role = $2, organization_id = $3, commune_id = $4 where id = $1 returning *`,
        [id, change.role, change.organizationId ?? null, change.communeId ?? null],
      )) as [UserRow[], number];
      if (!rows.length) throw new NotFound('user', id);
      return rows[0];
    });
    await this.db.query(`update app.sessions set revoked_at = now() where user_id = $1 and revoked_at is null`, [id]);
    this.forget(id);
    return toView(row);
  }

  /** Sets a new random password, revokes the user's sessions, and returns the password once. */
  async resetPassword(id: string): Promise<string> {
    const password = randomBytes(15).toString('base64url');
    await this.setPassword(id, password, true);
    return password;
  }

  async changeOwnPassword(id: string, current: string, next: string): Promise<void> {
    const rows: UserRow[] = await this.db.query(`select * from app.users where id = $1`, [id]);
    if (!rows.length) throw new NotFound('user', id);
    if (!(await verifyPassword(current, rows[0].password_hash)))
      throw new InvalidInput('user.current_password_wrong', 'The current password is wrong.', 'currentPassword');
    const problems = passwordProblems(next, rows[0].username);
    if (problems.length)
      throw new InvalidInput('user.password_policy', `Password ${problems.join('; ')}.`, 'newPassword');
    await this.setPassword(id, next, false);
  }

  private async setPassword(id: string, password: string, oneTime: boolean): Promise<void> {
    const rows = await updateReturning(
      this.db,
      `update app.users set password_hash = $2, password_changed_at = now(), must_change_password = $3, one_time_password_used_at = null where id = $1 returning id`,
      [id, await hashPassword(password), oneTime],
    );
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
    await this.db.query(`update app.sessions set revoked_at = now() where token_hash = $1 and revoked_at is null`, [
      tokenHash(token),
    ]);
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
    else
      print(
        `Created user "admin" with the one-time password: ${password}\n  (shown once; store it now, or set ADMIN_PASSWORD before the first start)`,
      );
    this.logger.log('first administrator created');
    return admin;
  }
}
