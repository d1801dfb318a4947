import type { OrganizationCommand } from '@kn/organizations';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import {
  ENTERPRISE_DISSOLVED_ON,
  MERGED_ORGANIZATIONS,
  ORGANIZATIONS,
  RESTRUCTURING_ON,
  type OrganizationRow,
} from './organizations.data.js';
import { REFORM_STAGE } from './reform.stages.js';
import { demoId } from './random.js';
import { PROGRAM_START } from './territory.plan.js';

export interface DemoOrganization {
  readonly id: string;
  readonly row: OrganizationRow;
  /** Set when the organisation ceases to exist in the story. */
  readonly dissolvedOn: string | null;
  /** The organisation it merged into on 2025-03-01, and, for a merged one, the date it began. */
  mergedInto: DemoOrganization | null;
  readonly registeredOn: string;
  readonly decisionRef?: string;
}

export const organizationDecisionKey = (o: DemoOrganization) => `organization:${o.id}`;

export function planOrganizations(seed: number): DemoOrganization[] {
  const merged: DemoOrganization[] = MERGED_ORGANIZATIONS.map((m) => ({
    id: demoId(seed, `organization:${m.shortName}`),
    row: { name: m.name, shortName: m.shortName, kind: m.kind },
    dissolvedOn: null,
    mergedInto: null,
    registeredOn: RESTRUCTURING_ON,
    decisionRef: m.decisionRef,
  }));
  const before: DemoOrganization[] = ORGANIZATIONS.map((row) => ({
    id: demoId(seed, `organization:${row.shortName}`),
    row,
    dissolvedOn: row.dissolvedReason ? (row.kind === 'enterprise' ? ENTERPRISE_DISSOLVED_ON : RESTRUCTURING_ON) : null,
    mergedInto: merged.find((m) => m.row.shortName === row.mergeInto) ?? null,
    registeredOn: PROGRAM_START,
  }));
  return [...before, ...merged];
}

export function organizationByShortName(
  organizations: readonly DemoOrganization[],
  shortName: string,
): DemoOrganization {
  const found = organizations.find((o) => o.row.shortName === shortName);
  if (!found) throw new Error(`demo: no organisation ${shortName}`);
  return found;
}

/**
 * Registration, then the renames, dissolutions and mergers of its later years. A merged
 * organisation is registered on 2025-03-01 recording its predecessors (the decision the
 * followers name); each predecessor's `MergeOrganizationInto` comes after its pairings and
 * commitments have passed over (REFORM_STAGE, as for the territory).
 */
export function organizationSteps(
  o: DemoOrganization,
  cast: DemoCast,
  organizations: readonly DemoOrganization[],
): Step<OrganizationCommand>[] {
  const actor = cast.system;
  const steps: Step<OrganizationCommand>[] = [
    {
      date: o.registeredOn,
      actor,
      stage: o.decisionRef ? REFORM_STAGE.province : undefined,
      command: {
        type: 'RegisterOrganization',
        data: {
          organizationId: o.id,
          name: o.row.name,
          kind: o.row.kind,
          shortName: o.row.shortName,
          registeredOn: o.registeredOn,
        },
      },
    },
  ];
  if (o.decisionRef) {
    const predecessorIds = organizations.filter((p) => p.mergedInto === o).map((p) => p.id);
    steps.push({
      date: o.registeredOn,
      actor,
      stage: REFORM_STAGE.province,
      decides: organizationDecisionKey(o),
      command: {
        type: 'RecordOrganizationMerge',
        data: { organizationId: o.id, predecessorIds, effectiveOn: o.registeredOn, decisionRef: o.decisionRef },
      },
    });
  }
  if (o.mergedInto?.decisionRef) {
    const into = o.mergedInto;
    steps.push({
      date: RESTRUCTURING_ON,
      actor,
      stage: REFORM_STAGE.communesMerged,
      causedBy: organizationDecisionKey(into),
      command: {
        type: 'MergeOrganizationInto',
        data: {
          organizationId: o.id,
          successorId: into.id,
          effectiveOn: RESTRUCTURING_ON,
          decisionRef: into.decisionRef ?? '',
        },
      },
    });
  }
  if (o.row.renamedTo)
    steps.push({
      date: RESTRUCTURING_ON,
      actor,
      command: { type: 'RenameOrganization', data: { organizationId: o.id, name: o.row.renamedTo } },
    });
  if (o.row.dissolvedReason && o.dissolvedOn) {
    steps.push({
      date: o.dissolvedOn,
      actor,
      reason: o.row.dissolvedReason,
      command: {
        type: 'DissolveOrganization',
        data: { organizationId: o.id, dissolvedOn: o.dissolvedOn, reason: o.row.dissolvedReason },
      },
    });
  }
  return steps;
}
