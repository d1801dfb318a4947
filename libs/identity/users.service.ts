import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RuleViolation, InvalidInput, type Actor, type Role } from '@kn/shared';
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
    if (input.role === 'commune_officer' && !input.communeId) throw new InvalidInput('user.commune_required', 'A commune officer needs communeId.', 'communeId');
    if (input.role === 'staff' && !input.organizationId) throw new InvalidInput('user.organization_required', 'A staff user needs organizationId.', 'organizationId');
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

  /** Returns a session token, or null for any failure (unknown user, wrong password, disabled). */
  async login(username: string, password: string, ttlMinutes: number): Promise<{ token: string; user: UserView } | null> {
    const rows: UserRow[] = await this.db.query(`select * from app.users where username = $1`, [username]);
    if (!rows.length) {
      await burnPasswordCheck(password);
      return null;
    }
    const ok = await verifyPassword(password, rows[0].password_hash);
    if (!ok || rows[0].disabled) return null;
    const token = randomBytes(32).toString('base64url');
    await this.db.query(`insert into app.sessions (token_hash, user_id, expires_at) values ($1, $2, now() + make_interval(mins => $3))`, [tokenHash(token), rows[0].id, ttlMinutes]);
    return { token, user: toView(rows[0]) };
  }

  async userForToken(token: string): Promise<UserView | null> {
    const rows: UserRow[] = await this.db.query(
      `select u.* from app.sessions s join app.users u on u.id = s.user_id
       where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and not u.disabled`,
      [tokenHash(token)],
    );
    return rows.length ? toView(rows[0]) : null;
  }

  async logout(token: string): Promise<void> {
    await this.db.query(`update app.sessions set revoked_at = now() where token_hash = $1 and revoked_at is null`, [tokenHash(token)]);
  }

  /**
   * First start on an empty user table: create `admin` with ADMIN_PASSWORD, or a random password
   * printed once. There is no default password.
   */
  async ensureFirstAdmin(adminPassword: string | null, print: (line: string) => void): Promise<void> {
    if ((await this.count()) > 0) return;
    const password = adminPassword ?? randomBytes(15).toString('base64url');
    await this.create({ username: 'admin', displayName: 'Quản trị hệ thống', password, role: 'admin' });
    if (adminPassword) print('Created user "admin" with the password from ADMIN_PASSWORD.');
    else print(`Created user "admin" with the one-time password: ${password}\n  (shown once; store it now, or set ADMIN_PASSWORD before the first start)`);
    this.logger.log('first administrator created');
  }
}
