import { planMerge, type AdminUnitCommand, type AdminUnitFacts } from '@kn/territory';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import { REFORM_STAGE } from './reform.stages.js';
import { DISTRICTS_ENDED_REASON, MERGE_DECISION, PROVINCE_DECISION } from './territory.data.js';
import { MERGER_ON, type DemoMerge, type DemoUnit, type Territory } from './territory.plan.js';

export type UnitSteps = { readonly unitId: string; readonly steps: Step<AdminUnitCommand>[] };

const facts = (u: DemoUnit): AdminUnitFacts => ({
  unitId: u.id,
  kind: u.kind,
  status: 'active',
  establishedOn: u.establishedOn,
});

function establish(u: DemoUnit, parent: DemoUnit | null, cast: DemoCast): Step<AdminUnitCommand> {
  return {
    date: u.establishedOn,
    actor: cast.system,
    command: {
      type: 'EstablishAdministrativeUnit',
      data: {
        unitId: u.id,
        kind: u.kind,
        name: u.name,
        code: u.code,
        parentId: u.parentId,
        parent: parent ? facts(parent) : null,
        classifications: u.classifications,
        establishedOn: u.establishedOn,
        ...(u.communeType ? { communeType: u.communeType } : {}),
      },
    },
  };
}

/** The three provinces as they stood in 2013, parents before children, and the reclassifications and renames until the merger. */
export function territoryBeforeMerger(t: Territory, cast: DemoCast): UnitSteps[] {
  const out: UnitSteps[] = [t.province, ...t.otherProvinces].map((p) => ({
    unitId: p.id,
    steps: [establish(p, null, cast)],
  }));
  for (const d of t.districts) out.push({ unitId: d.id, steps: [establish(d, t.province, cast)] });
  for (const c of t.communes) {
    const steps = [establish(c, t.districts.find((d) => d.id === c.parentId) ?? null, cast)];
    if (c.name === 'Phan Tiến' || c.name === 'Đông Tiến') {
      // Quyết định 582/QĐ-TTg (2017): both join the extremely difficult list; Đông Tiến leaves it in 2021 (QĐ 861/QĐ-TTg).
      steps.push({
        date: '2017-04-28',
        actor: cast.system,
        command: {
          type: 'ReclassifyAdministrativeUnit',
          data: {
            unitId: c.id,
            add: ['extremely_difficult', 'region_III'],
            remove: ['region_II'],
            effectiveOn: '2017-04-28',
          },
        },
      });
      if (c.name === 'Đông Tiến')
        steps.push({
          date: '2021-06-04',
          actor: cast.system,
          command: {
            type: 'ReclassifyAdministrativeUnit',
            data: {
              unitId: c.id,
              add: ['region_II'],
              remove: ['extremely_difficult', 'region_III'],
              effectiveOn: '2021-06-04',
            },
          },
        });
    }
    out.push({ unitId: c.id, steps });
    c.villages.forEach((v, i) => {
      const vs = [establish(v, c, cast)];
      if (c.name === 'Phan Sơn' && i === 0)
        vs.push({
          date: '2019-09-12',
          actor: cast.system,
          command: {
            type: 'RenameAdministrativeUnit',
            data: { unitId: v.id, name: 'Thôn Tà Mon', effectiveOn: '2019-09-12' },
          },
        });
      out.push({ unitId: v.id, steps: vs });
    });
  }
  return out;
}

/** The decision keys the followers name as causation: the new province's, and each merged commune's. */
export const PROVINCE_DECISION_KEY = 'province';
export const communeDecisionKey = (successorId: string) => `commune:${successorId}`;

type ReformStep = { readonly unitId: string; readonly step: Step<AdminUnitCommand> };

/**
 * The reform of 2025-07-01 on the territory streams, in the order of REFORM_STAGE. Merges are
 * planned by `planMerge` exactly as POST /api/admin-units/merges plans them.
 */
export function reformSteps(t: Territory, cast: DemoCast): ReformStep[] {
  const at = (
    unitId: string,
    stage: number,
    command: AdminUnitCommand,
    extra: Partial<Step<AdminUnitCommand>> = {},
  ): ReformStep => ({ unitId, step: { date: MERGER_ON, actor: cast.system, stage, command, ...extra } });
  const out: ReformStep[] = [];
  const provinces = [t.province, ...t.otherProvinces];
  const province = planMerge(
    {
      successorId: t.mergedProvince.id,
      predecessorIds: provinces.map((p) => p.id),
      successor: {
        kind: 'province',
        name: t.mergedProvince.name,
        code: t.mergedProvince.code,
        parentId: null,
        classifications: [],
      },
      effectiveOn: MERGER_ON,
      decisionRef: PROVINCE_DECISION,
    },
    { predecessors: provinces.map(facts), parent: null },
  );
  province.successor.commands.forEach((c, i) =>
    out.push(at(t.mergedProvince.id, REFORM_STAGE.province, c, i === 1 ? { decides: PROVINCE_DECISION_KEY } : {})),
  );
  const communePlans = t.merges.map((m) => communeMerge(t, m));
  communePlans.forEach((plan, i) =>
    plan.successor.commands.forEach((c, j) =>
      out.push(
        at(
          t.merges[i].successor.id,
          REFORM_STAGE.successors,
          c,
          j === 1
            ? { decides: communeDecisionKey(t.merges[i].successor.id), causedBy: PROVINCE_DECISION_KEY }
            : { causedBy: PROVINCE_DECISION_KEY },
        ),
      ),
    ),
  );
  const { village, to } = t.villageTransfer;
  out.push(
    at(village.id, REFORM_STAGE.villageTransfer, reparent(village.id, to, MERGE_DECISION, true), {
      causedBy: communeDecisionKey(to.successorId),
    }),
  );
  for (const m of t.merges) {
    const byCommune = communeDecisionKey(m.successor.id);
    for (const c of t.communes.filter((c) => m.predecessorIds.includes(c.id))) {
      const villages = [...c.villages.filter((v) => v.id !== village.id), ...(c.id === to.id ? [village] : [])];
      for (const v of villages)
        out.push(
          at(v.id, REFORM_STAGE.villagesMoved, reparent(v.id, m.successor, MERGE_DECISION), { causedBy: byCommune }),
        );
    }
  }
  communePlans.forEach((plan, i) =>
    plan.predecessors.forEach((p) =>
      out.push(
        at(p.unitId, REFORM_STAGE.communesMerged, p.command, {
          causedBy: communeDecisionKey(t.merges[i].successor.id),
        }),
      ),
    ),
  );
  for (const c of t.communes.filter((c) => c.successorId === c.id))
    out.push(
      at(c.id, REFORM_STAGE.communesMoved, reparent(c.id, t.mergedProvince, PROVINCE_DECISION), {
        causedBy: PROVINCE_DECISION_KEY,
      }),
    );
  for (const d of t.districts) {
    const command: AdminUnitCommand = {
      type: 'DissolveAdministrativeUnit',
      data: {
        unitId: d.id,
        dissolvedOn: MERGER_ON,
        reason: DISTRICTS_ENDED_REASON,
        decisionRef: PROVINCE_DECISION,
        childrenTo: facts(t.mergedProvince),
      },
    };
    out.push(
      at(d.id, REFORM_STAGE.districtsDissolved, command, {
        reason: DISTRICTS_ENDED_REASON,
        causedBy: PROVINCE_DECISION_KEY,
      }),
    );
  }
  province.predecessors.forEach((p) =>
    out.push(at(p.unitId, REFORM_STAGE.provincesMerged, p.command, { causedBy: PROVINCE_DECISION_KEY })),
  );
  return out;
}

function communeMerge(t: Territory, m: DemoMerge) {
  return planMerge(
    {
      successorId: m.successor.id,
      predecessorIds: m.predecessorIds,
      successor: {
        kind: 'commune',
        name: m.successor.name,
        code: m.successor.code,
        parentId: t.mergedProvince.id,
        classifications: m.successor.classifications,
        communeType: m.successor.communeType ?? null,
      },
      effectiveOn: MERGER_ON,
      decisionRef: MERGE_DECISION,
    },
    {
      predecessors: t.communes.filter((c) => m.predecessorIds.includes(c.id)).map(facts),
      parent: facts(t.mergedProvince),
    },
  );
}

function reparent(unitId: string, parent: DemoUnit, decisionRef: string, villageTransfer = false): AdminUnitCommand {
  return {
    type: 'ReparentAdministrativeUnit',
    data: { unitId, parentId: parent.id, parent: facts(parent), effectiveOn: MERGER_ON, decisionRef, villageTransfer },
  };
}
