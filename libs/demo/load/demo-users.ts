import { randomBytes } from 'node:crypto';
import { systemContext, toActor, type UserAudit, type UsersService } from '@kn/identity';
import type { Actor, Role } from '@kn/shared';
import { organizationByShortName, planOrganizations } from '../generate/organizations.plan.js';
import { planTerritory } from '../generate/territory.plan.js';

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
  readonly actor: Actor;
}

/**
 * One user of every role the program has (SPEC §1), scoped to demo organisations and communes
 * that exist through the whole story. Passwords are random and returned once for printing.
 */
export async function createDemoUsers(users: UsersService, audit: UserAudit | null, seed: number): Promise<DemoUser[]> {
  const t = planTerritory(seed);
  const orgs = planOrganizations(seed);
  const commune = (name: string) => t.communes.find((c) => c.name === name)?.id ?? null;
  const specs: {
    username: string;
    displayName: string;
    role: Role;
    organizationId?: string | null;
    communeId?: string | null;
  }[] = [
    { username: 'bdv.giamsat', displayName: 'Trần Thị Thu Hà (Ban Dân vận Tỉnh ủy)', role: 'supervisor' },
    {
      username: 'hnd.canbo',
      displayName: 'Nguyễn Văn Bình (Hội Nông dân tỉnh)',
      role: 'staff',
      organizationId: organizationByShortName(orgs, 'HND').id,
    },
    {
      username: 'bdbp.canbo',
      displayName: 'Lê Quốc Hùng (Bộ đội Biên phòng tỉnh)',
      role: 'staff',
      organizationId: organizationByShortName(orgs, 'BĐBP').id,
    },
    {
      username: 'xa.phandung',
      displayName: 'Katơr Thị Lành (UBND xã Phan Dũng)',
      role: 'commune_officer',
      communeId: commune('Phan Dũng'),
    },
    {
      username: 'xa.lada',
      displayName: "K'Brơi Đin (UBND xã La Dạ)",
      role: 'commune_officer',
      communeId: commune('La Dạ'),
    },
    { username: 'thanhtra', displayName: 'Phạm Minh Tâm (Ủy ban Kiểm tra Tỉnh ủy)', role: 'auditor' },
  ];
  const out: DemoUser[] = [];
  for (const spec of specs) {
    const password = `Kn-${randomBytes(12).toString('base64url')}`;
    const user = await users.create({ ...spec, password });
    if (audit) await audit.created(user, systemContext('CreateDemoUser'));
    out.push({
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      password,
      actor: toActor(user),
    });
  }
  return out;
}

export function printDemoUsers(users: readonly DemoUser[], print: (line: string) => void): void {
  print(
    `Demo users (one-time passwords, shown once):\n${users.map((u) => `  ${u.username.padEnd(14)} ${u.role.padEnd(16)} ${u.password}   ${u.displayName}`).join('\n')}`,
  );
}
