import { planMerge, type AdminUnitCommand, type AdminUnitFacts, type MergeInto } from '@kn/territory';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import { DISTRICTS_ENDED_REASON, MERGE_DECISION } from './territory.data.js';
import { MERGER_ON, type DemoMerge, type DemoUnit, type Territory } from './territory.plan.js';

export type UnitSteps = { readonly unitId: string; readonly steps: Step<AdminUnitCommand>[] };

const facts = (u: DemoUnit): AdminUnitFacts => ({ unitId: u.id, kind: u.kind, status: 'active', establishedOn: u.establishedOn });

function establish(u: DemoUnit, parent: DemoUnit | null, cast: DemoCast): Step<AdminUnitCommand> {
  return {
    date: u.establishedOn,
    actor: cast.system,
    command: { type: 'EstablishAdministrativeUnit', data: { unitId: u.id, kind: u.kind, name: u.name, code: u.code, parentId: u.parentId, parent: parent ? facts(parent) : null, classifications: u.classifications, establishedOn: u.establishedOn } },
  };
}

/** The province as it stood in 2013, parents before children, and its reclassifications and renames until the merger. */
export function territoryBeforeMerger(t: Territory, cast: DemoCast): UnitSteps[] {
  const out: UnitSteps[] = [{ unitId: t.province.id, steps: [establish(t.province, null, cast)] }];
  for (const d of t.districts) out.push({ unitId: d.id, steps: [establish(d, t.province, cast)] });
  for (const c of t.communes) {
    const steps = [establish(c, t.districts.find((d) => d.id === c.parentId) ?? null, cast)];
    if (c.name === 'Phan Tiến' || c.name === 'Đông Tiến') {
      // Quyết định 582/QĐ-TTg (2017): both join the extremely difficult list; Đông Tiến leaves it in 2021 (QĐ 861/QĐ-TTg).
      steps.push({ date: '2017-04-28', actor: cast.system, command: { type: 'ReclassifyAdministrativeUnit', data: { unitId: c.id, add: ['extremely_difficult', 'region_III'], remove: ['region_II'], effectiveOn: '2017-04-28' } } });
      if (c.name === 'Đông Tiến') steps.push({ date: '2021-06-04', actor: cast.system, command: { type: 'ReclassifyAdministrativeUnit', data: { unitId: c.id, add: ['region_II'], remove: ['extremely_difficult', 'region_III'], effectiveOn: '2021-06-04' } } });
    }
    out.push({ unitId: c.id, steps });
    c.villages.forEach((v, i) => {
      const vs = [establish(v, c, cast)];
      if (c.name === 'Phan Sơn' && i === 0) vs.push({ date: '2019-09-12', actor: cast.system, command: { type: 'RenameAdministrativeUnit', data: { unitId: v.id, name: 'Thôn Tà Mon', effectiveOn: '2019-09-12' } } });
      out.push({ unitId: v.id, steps: vs });
    });
  }
  return out;
}

/**
 * The merger, planned by `planMerge` exactly as POST /api/admin-units/merges plans it: the
 * successor's two decisions, then one MergeInto per predecessor (written after the
 * households and pairings have followed, so the automations find nothing left to move).
 */
export function mergeSteps(t: Territory, m: DemoMerge, cast: DemoCast): { successor: Step<AdminUnitCommand>[]; predecessors: { unitId: string; step: Step<MergeInto> }[] } {
  const plan = planMerge(
    { successorId: m.successor.id, predecessorIds: m.predecessorIds, successor: { kind: 'commune', name: m.successor.name, code: m.successor.code, parentId: t.province.id, classifications: m.successor.classifications }, effectiveOn: MERGER_ON, decisionRef: MERGE_DECISION },
    { predecessors: t.communes.filter((c) => m.predecessorIds.includes(c.id)).map(facts), parent: facts(t.province) },
  );
  return {
    successor: plan.successor.commands.map((command) => ({ date: MERGER_ON, actor: cast.system, command })),
    predecessors: plan.predecessors.map((p) => ({ unitId: p.unitId, step: { date: MERGER_ON, actor: cast.system, command: p.command } })),
  };
}

export function districtEndSteps(t: Territory, cast: DemoCast): UnitSteps[] {
  return t.districts.map((d) => ({
    unitId: d.id,
    steps: [{ date: MERGER_ON, actor: cast.system, reason: DISTRICTS_ENDED_REASON, command: { type: 'DissolveAdministrativeUnit', data: { unitId: d.id, dissolvedOn: MERGER_ON, reason: DISTRICTS_ENDED_REASON } } }],
  }));
}
