import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CommandPipeline, type CommandContext, type Loaded } from '@kn/platform';
import { DomainError, streamName } from '@kn/shared';
import type { EventStore, LogFilter } from '@kn/event-store';
import { pairingSlotDecider, type PairingSlotState } from '../domain/pairing-slot.js';
import { pairingDecider } from '../domain/pairing.decide.js';
import { PAIRING_CATEGORY } from '../domain/pairing.events.js';
import { pairingStream } from '../domain/twinning.streams.js';

export const PAIRING_SLOT_CATEGORY = 'pairingslot';

/** The slot stream of an organisation–unit pair: a UUID derived from both ids. */
export function pairingSlotStream(organizationId: string, adminUnitId: string): string {
  const h = createHash('sha256').update(`${organizationId}:${adminUnitId}`).digest('hex');
  return streamName(
    PAIRING_SLOT_CATEGORY,
    `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`,
  );
}

/**
 * A claim younger than this may belong to an establishment still on its way (claim, then the
 * pairing's append, milliseconds apart, perhaps in another API process): it is never freed.
 */
export const IN_FLIGHT_MS = 30_000;

/**
 * The one owner of the rule "one active pairing per organisation and unit" (domain/pairing-slot.ts).
 * A claim is decided on the pair's slot stream and appended at its revision, so of two concurrent
 * establishments exactly one wins; the other gets 409 pairing.one_active_per_organization_unit.
 *
 * The slot and the pairing are two streams, so a crash between the claim and the pairing's append
 * (or between ending a pairing and releasing its slot) leaves a slot whose holder is not an active
 * pairing of that pair. Such a slot is stale: a claim frees it before claiming, and `reconcile`
 * (run at every start) frees every stale slot and claims the slot of every active pairing lacking one.
 */
@Injectable()
export class PairingSlots {
  constructor(private readonly pipeline: CommandPipeline) {}

  async claim(organizationId: string, adminUnitId: string, pairingId: string, context: CommandContext): Promise<void> {
    try {
      await this.append(
        organizationId,
        adminUnitId,
        { type: 'ClaimPairingSlot', data: { pairingId, organizationId, adminUnitId } },
        context,
      );
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'pairing.one_active_per_organization_unit')) throw e;
      if (!(await this.freeIfStale(organizationId, adminUnitId, context))) throw e;
      await this.append(
        organizationId,
        adminUnitId,
        { type: 'ClaimPairingSlot', data: { pairingId, organizationId, adminUnitId } },
        context,
      );
    }
  }

  /** Whether the claim was made: false when another active pairing holds the pair. */
  async tryClaim(
    organizationId: string,
    adminUnitId: string,
    pairingId: string,
    context: CommandContext,
  ): Promise<boolean> {
    try {
      await this.claim(organizationId, adminUnitId, pairingId, context);
      return true;
    } catch (e) {
      if (e instanceof DomainError && e.code === 'pairing.one_active_per_organization_unit') return false;
      throw e;
    }
  }

  async release(
    organizationId: string,
    adminUnitId: string,
    pairingId: string,
    context: CommandContext,
  ): Promise<void> {
    await this.append(organizationId, adminUnitId, { type: 'ReleasePairingSlot', data: { pairingId } }, context);
  }

  /**
   * Whether the organisation holds an active pairing on any of these units. The slot streams are
   * as current as the write side, so a scope decided on them never lags a pairing just made or ended.
   */
  async heldByAny(organizationId: string, unitIds: readonly (string | null | undefined)[]): Promise<boolean> {
    for (const unitId of new Set(unitIds)) {
      if (!unitId) continue;
      const { state } = await this.pipeline.load(pairingSlotStream(organizationId, unitId), pairingSlotDecider);
      if (state.status === 'held') return true;
    }
    return false;
  }

  /**
   * Makes the slots agree with the pairings: frees stale slots (claims at least `inFlightMs` old)
   * and claims the slot of every active pairing without one (logs written without slots: the demo
   * loader, an import). Run at start, after a crash as after a clean stop.
   */
  async reconcile(
    store: EventStore,
    context: CommandContext,
    inFlightMs = IN_FLIGHT_MS,
  ): Promise<{ freed: number; claimed: number }> {
    const active = new Map<string, string>();
    for (const streamId of await streamsWith(store, {
      categories: [PAIRING_CATEGORY],
      types: ['PairingEstablished'],
    })) {
      const { state } = await this.pipeline.load(streamId, pairingDecider);
      if (state.status === 'active')
        active.set(pairingSlotStream(state.organizationId, state.adminUnitId), state.pairingId);
    }
    let freed = 0;
    for (const streamId of await streamsWith(store, {
      categories: [PAIRING_SLOT_CATEGORY],
      types: ['PairingSlotClaimed'],
    })) {
      const slot = await this.pipeline.load(streamId, pairingSlotDecider);
      if (slot.state.status !== 'held' || active.get(streamId) === slot.state.pairingId) continue;
      if (await this.freeIfStale(...pairOf(slot), context, inFlightMs)) freed++;
    }
    let claimed = 0;
    for (const [slotStream, pairingId] of active) {
      const { state } = await this.pipeline.load(slotStream, pairingSlotDecider);
      if (state.status === 'held' && state.pairingId === pairingId) continue;
      const pairing = await this.pipeline.load(pairingStream(pairingId), pairingDecider);
      if (
        pairing.state.status === 'active' &&
        (await this.tryClaim(pairing.state.organizationId, pairing.state.adminUnitId, pairingId, context))
      )
        claimed++;
    }
    return { freed, claimed };
  }

  /** Frees the pair's slot when its holder is not an active pairing of the pair (and not in flight). */
  private async freeIfStale(
    organizationId: string,
    adminUnitId: string,
    context: CommandContext,
    inFlightMs = IN_FLIGHT_MS,
  ): Promise<boolean> {
    const slot = await this.pipeline.load(pairingSlotStream(organizationId, adminUnitId), pairingSlotDecider);
    if (slot.state.status !== 'held') return false;
    const holder = await this.pipeline.load(pairingStream(slot.state.pairingId), pairingDecider);
    if (
      holder.state.status === 'active' &&
      holder.state.organizationId === organizationId &&
      holder.state.adminUnitId === adminUnitId
    )
      return false;
    const claimedAt = slot.events[slot.events.length - 1].recordedAt.getTime();
    if (holder.revision < 0 && context.now.getTime() - claimedAt < inFlightMs) return false;
    await this.release(organizationId, adminUnitId, slot.state.pairingId, context);
    return true;
  }

  private append(
    organizationId: string,
    adminUnitId: string,
    command: Parameters<typeof pairingSlotDecider.decide>[0],
    context: CommandContext,
  ) {
    // The slot is not the record the caller's If-Match names.
    return this.pipeline.handle({
      streamId: pairingSlotStream(organizationId, adminUnitId),
      decider: pairingSlotDecider,
      command,
      context: { ...context, ifMatch: undefined },
    });
  }
}

/** The organisation and unit of a slot, from its last claim. */
function pairOf(slot: Loaded<PairingSlotState>): [string, string] {
  const claim = [...slot.events].reverse().find((e) => e.type === 'PairingSlotClaimed')!;
  return [String(claim.data.organizationId), String(claim.data.adminUnitId)];
}

async function streamsWith(store: EventStore, filter: LogFilter): Promise<Set<string>> {
  const streams = new Set<string>();
  for (let after; ;) {
    const page = await store.readAll({ ...filter, after, maxCount: 1000 });
    if (!page.length) return streams;
    page.forEach((e) => streams.add(e.streamId));
    after = page[page.length - 1].checkpoint;
  }
}
