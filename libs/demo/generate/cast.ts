import { SYSTEM_ACTOR, type Actor } from '@kn/shared';

/**
 * Who records what in the story. The demo users (created before seeding) act for their
 * organisation or commune; everything else is recorded as the system, which is how the
 * platform marks work it does by itself (seeding, automations).
 */
export interface DemoCast {
  readonly system: Actor;
  readonly supervisor: Actor;
  staff(organizationId: string): Actor;
  officer(communeId: string): Actor;
}

export function castOf(users: readonly Actor[]): DemoCast {
  const supervisor = users.find((u) => u.role === 'supervisor') ?? SYSTEM_ACTOR;
  return {
    system: SYSTEM_ACTOR,
    supervisor,
    staff: (organizationId) =>
      users.find((u) => u.role === 'staff' && u.organizationId === organizationId) ?? SYSTEM_ACTOR,
    officer: (communeId) =>
      users.find((u) => u.role === 'commune_officer' && u.communeId === communeId) ?? SYSTEM_ACTOR,
  };
}

export const SYSTEM_CAST: DemoCast = castOf([]);
