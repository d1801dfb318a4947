import type { PairingCommand } from '@kn/twinning';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import { activitySteps } from './activities.plan.js';
import {
  FIRST_WAVE,
  PAIRING_DECISION_2013,
  PAIRING_DECISION_2016,
  RESTRUCTURING_ON,
  SECOND_WAVE,
} from './organizations.data.js';
import { organizationByShortName, organizationDecisionKey, type DemoOrganization } from './organizations.plan.js';
import { addDays, demoId, Random } from './random.js';
import { MERGER_ON, type DemoCommune, type Territory } from './territory.plan.js';
import { MERGE_DECISION } from './territory.data.js';
import { REFORM_STAGE } from './reform.stages.js';
import { organizationAt, type DemoPairing } from './pairing-place.js';

export { organizationAt, pairingPlace, type DemoPairing } from './pairing-place.js';

export function planPairings(seed: number, t: Territory, organizations: readonly DemoOrganization[]): DemoPairing[] {
  const random = Random.for(seed, 'pairings');
  const first = t.targets.filter((c) => c !== t.unpaired && c !== t.latePaired);
  const org = (s: string) => organizationByShortName(organizations, s);
  const pairings: DemoPairing[] = [];
  const add = (
    o: DemoOrganization,
    commune: DemoCommune,
    unitId: string,
    unitKind: 'commune' | 'village',
    establishedOn: string,
    decisionRef: string,
  ) =>
    pairings.push({
      id: demoId(seed, `pairing:${o.row.shortName}:${unitId}`),
      organization: o,
      unitId,
      unitKind,
      commune,
      establishedOn,
      decisionRef,
      end: null,
      transferredTo: null,
      handedOverTo: null,
    });
  first.forEach((c, i) =>
    add(
      org(FIRST_WAVE[i % FIRST_WAVE.length]),
      c,
      c.id,
      'commune',
      random.dateBetween('2013-08-05', '2013-09-30'),
      PAIRING_DECISION_2013,
    ),
  );
  const mixed = t.communes.flatMap((c) => c.villages.filter((v) => v.mixed).map((v) => ({ c, v })));
  const second = SECOND_WAVE.filter((s) => s !== 'SVHTTDL');
  second.forEach((s, i) => {
    const date = random.dateBetween('2016-03-01', '2016-06-30');
    if (i < mixed.length && i % 2 === 1) add(org(s), mixed[i].c, mixed[i].v.id, 'village', date, PAIRING_DECISION_2016);
    else
      add(
        org(s),
        first[(i * 7) % first.length],
        first[(i * 7) % first.length].id,
        'commune',
        date,
        PAIRING_DECISION_2016,
      );
  });
  add(org('SVHTTDL'), t.latePaired, t.latePaired.id, 'commune', '2017-05-19', PAIRING_DECISION_2016);
  for (const p of pairings) {
    if (p.organization.dissolvedOn)
      p.end = {
        on: addDays(p.organization.dissolvedOn, -1),
        reason: `Đơn vị kết nghĩa không còn: ${p.organization.row.dissolvedReason}`,
      };
  }
  followOrganizationMergers(pairings);
  followMerger(pairings);
  return pairings;
}

/** What the organisation-merger automation decides: hand over, or end when the successor already pairs the unit. */
function followOrganizationMergers(pairings: DemoPairing[]): void {
  const held = new Set<string>();
  for (const p of pairings) {
    const into = p.organization.mergedInto;
    if (!into || p.end || p.establishedOn >= RESTRUCTURING_ON) continue;
    const key = `${into.id}:${p.unitId}`;
    if (held.has(key))
      p.end = {
        on: RESTRUCTURING_ON,
        reason: `${p.organization.row.name} hợp nhất vào ${into.row.name}; đơn vị mới đã kết nghĩa với địa bàn này`,
      };
    else {
      held.add(key);
      p.handedOverTo = into;
    }
  }
}

/** What the merge automation decides: transfer, or end when the successor is already twinned with the organisation. */
function followMerger(pairings: DemoPairing[]): void {
  const twinned = new Set<string>();
  for (const p of pairings) {
    if (p.end || p.unitKind !== 'commune' || p.commune.successorId === p.commune.id) continue;
    const key = `${organizationAt(p, MERGER_ON).id}:${p.commune.successorId}`;
    if (twinned.has(key))
      p.end = {
        on: MERGER_ON,
        reason: `Xã ${p.commune.name} sáp nhập vào xã mới; đơn vị đã kết nghĩa với xã mới qua xã khác`,
      };
    else {
      twinned.add(key);
      p.transferredTo = p.commune.successorId;
    }
  }
}

export function pairingSteps(
  seed: number,
  p: DemoPairing,
  cast: DemoCast,
  households: ReadonlyMap<string, readonly string[]>,
  today: string,
): Step<PairingCommand>[] {
  const establish: Step<PairingCommand> = {
    date: p.establishedOn,
    actor: cast.supervisor,
    command: {
      type: 'EstablishPairing',
      data: {
        pairingId: p.id,
        organizationId: p.organization.id,
        adminUnitId: p.unitId,
        establishedOn: p.establishedOn,
        decisionRef: p.decisionRef,
        today,
        unitActive: true,
        unitKind: p.unitKind,
        organizationActive: true,
      },
    },
  };
  const steps = [establish, ...activitySteps(seed, p, cast, households.get(p.commune.id) ?? [], today)];
  if (p.transferredTo) {
    const causedBy = `commune:${p.transferredTo}`;
    steps.push({
      date: MERGER_ON,
      actor: cast.system,
      stage: REFORM_STAGE.followers,
      causedBy,
      command: {
        type: 'TransferPairing',
        data: {
          fromAdminUnitId: p.unitId,
          toAdminUnitId: p.transferredTo,
          effectiveOn: MERGER_ON,
          mergeDecisionRef: MERGE_DECISION,
        },
      },
    });
  }
  if (p.handedOverTo?.decisionRef) {
    const into = p.handedOverTo;
    steps.push({
      date: RESTRUCTURING_ON,
      actor: cast.system,
      stage: REFORM_STAGE.followers,
      causedBy: organizationDecisionKey(into),
      command: {
        type: 'HandOverPairing',
        data: {
          fromOrganizationId: p.organization.id,
          toOrganizationId: into.id,
          effectiveOn: RESTRUCTURING_ON,
          decisionRef: into.decisionRef ?? '',
          activePairingExists: false,
        },
      },
    });
  }
  if (p.end) {
    const into = p.organization.mergedInto;
    const atMerger =
      p.end.on === MERGER_ON
        ? { stage: REFORM_STAGE.followers, causedBy: `commune:${p.commune.successorId}` }
        : p.end.on === RESTRUCTURING_ON && into
          ? { stage: REFORM_STAGE.followers, causedBy: organizationDecisionKey(into) }
          : {};
    steps.push({
      date: p.end.on,
      actor: cast.supervisor,
      reason: p.end.reason,
      ...atMerger,
      command: { type: 'EndPairing', data: { endedOn: p.end.on, reason: p.end.reason, today } },
    });
  }
  return steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
