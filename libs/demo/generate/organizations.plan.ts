import type { OrganizationCommand } from '@kn/organizations';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import { ENTERPRISE_DISSOLVED_ON, ORGANIZATIONS, RESTRUCTURING_ON, type OrganizationRow } from './organizations.data.js';
import { demoId } from './random.js';
import { PROGRAM_START } from './territory.plan.js';

export interface DemoOrganization {
  readonly id: string;
  readonly row: OrganizationRow;
  /** Set when the organisation ceases to exist in the story. */
  readonly dissolvedOn: string | null;
}

export function planOrganizations(seed: number): DemoOrganization[] {
  return ORGANIZATIONS.map((row) => ({
    id: demoId(seed, `organization:${row.shortName}`),
    row,
    dissolvedOn: row.dissolvedReason ? (row.kind === 'enterprise' ? ENTERPRISE_DISSOLVED_ON : RESTRUCTURING_ON) : null,
  }));
}

export function organizationByShortName(organizations: readonly DemoOrganization[], shortName: string): DemoOrganization {
  const found = organizations.find((o) => o.row.shortName === shortName);
  if (!found) throw new Error(`demo: no organisation ${shortName}`);
  return found;
}

/** Registration (before the story), then the renames and dissolutions of its later years. */
export function organizationSteps(o: DemoOrganization, cast: DemoCast): Step<OrganizationCommand>[] {
  const actor = cast.system;
  const steps: Step<OrganizationCommand>[] = [
    { date: PROGRAM_START, actor, command: { type: 'RegisterOrganization', data: { organizationId: o.id, name: o.row.name, kind: o.row.kind, shortName: o.row.shortName, registeredOn: PROGRAM_START } } },
  ];
  if (o.row.renamedTo) steps.push({ date: RESTRUCTURING_ON, actor, command: { type: 'RenameOrganization', data: { organizationId: o.id, name: o.row.renamedTo } } });
  if (o.row.dissolvedReason && o.dissolvedOn) {
    steps.push({ date: o.dissolvedOn, actor, reason: o.row.dissolvedReason, command: { type: 'DissolveOrganization', data: { organizationId: o.id, dissolvedOn: o.dissolvedOn, reason: o.row.dissolvedReason } } });
  }
  return steps;
}
