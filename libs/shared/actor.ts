export const ROLES = ['admin', 'supervisor', 'staff', 'commune_officer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who issued a command; carried in every event's metadata. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly organizationId?: string | null;
  readonly communeId?: string | null;
}

/** The actor for work the system does by itself (automations, demo seeding, migrations). */
export const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  role: 'admin',
};
