import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CommandPipeline, type CommandContext } from '@kn/platform';
import { streamName } from '@kn/shared';
import type { EventStore } from '@kn/event-store';
import { pairingSlotDecider } from '../domain/pairing-slot.js';
import { pairingDecider } from '../domain/pairing.decide.js';
import { PAIRING_CATEGORY } from '../domain/pairing.events.js';

/** The slot stream of an organisation–unit pair: a UUID derived from both ids. */
export function pairingSlotStream(organizationId: string, adminUnitId: string): string {
  const h = createHash('sha256').update(`${organizationId}:${adminUnitId}`).digest('hex');
  return streamName('pairingslot', `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`);
}

/**
 * Claims and releases the one active pairing of an organisation–unit pair (domain/pairing-slot.ts).
 * A claim is decided on the slot's stream and appended at its revision, so of two concurrent
 * establishments exactly one wins; the other gets 409 pairing.one_active_per_organization_unit.
 */
@Injectable()
export class PairingSlots {
  constructor(private readonly pipeline: CommandPipeline) {}

  async claim(organizationId: string, adminUnitId: string, pairingId: string, context: CommandContext): Promise<void> {
    await this.pipeline.handle({
      streamId: pairingSlotStream(organizationId, adminUnitId),
      decider: pairingSlotDecider,
      command: { type: 'ClaimPairingSlot', data: { pairingId, organizationId, adminUnitId } },
      context: { ...context, ifMatch: undefined },
    });
  }

  async release(organizationId: string, adminUnitId: string, pairingId: string, context: CommandContext): Promise<void> {
    await this.pipeline.handle({
      streamId: pairingSlotStream(organizationId, adminUnitId),
      decider: pairingSlotDecider,
      command: { type: 'ReleasePairingSlot', data: { pairingId } },
      context: { ...context, ifMatch: undefined },
    });
  }

  /** For logs written without slots (the demo loader, an import): claim the slot of every active pairing. */
  async claimForActivePairings(store: EventStore, context: CommandContext): Promise<number> {
    let after;
    const streams = new Set<string>();
    for (;;) {
      const page = await store.readAll({ after, categories: [PAIRING_CATEGORY], types: ['PairingEstablished'], maxCount: 1000 });
      if (!page.length) break;
      page.forEach((e) => streams.add(e.streamId));
      after = page[page.length - 1].checkpoint;
    }
    let claimed = 0;
    for (const streamId of streams) {
      const { state } = await this.pipeline.load(streamId, pairingDecider);
      if (state.status !== 'active') continue;
      await this.claim(state.organizationId, state.adminUnitId, state.pairingId, context);
      claimed++;
    }
    return claimed;
  }
}
