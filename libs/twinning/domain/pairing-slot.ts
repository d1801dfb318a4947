import type { Decider, Message } from '@kn/shared';
import { assertNever, RuleViolation } from '@kn/shared';

/**
 * One organisation–unit pair can hold at most one active pairing. The invariant spans pairing
 * streams, so it lives in a stream of its own per pair (`pairingslot-<id of the pair>`): a claim is
 * an append at the slot's expected revision, so two concurrent establishments cannot both win.
 */
export type PairingSlotEvent =
  | Message<
      'PairingSlotClaimed',
      { readonly pairingId: string; readonly organizationId: string; readonly adminUnitId: string }
    >
  | Message<'PairingSlotReleased', { readonly pairingId: string }>;

export type PairingSlotCommand =
  | Message<
      'ClaimPairingSlot',
      { readonly pairingId: string; readonly organizationId: string; readonly adminUnitId: string }
    >
  | Message<'ReleasePairingSlot', { readonly pairingId: string }>;

export type PairingSlotState = { readonly status: 'free' } | { readonly status: 'held'; readonly pairingId: string };

export const pairingSlotDecider: Decider<PairingSlotCommand, PairingSlotEvent, PairingSlotState> = {
  initialState: { status: 'free' },
  decide(command, state) {
    switch (command.type) {
      case 'ClaimPairingSlot':
        if (state.status === 'held' && state.pairingId === command.data.pairingId) return [];
        if (state.status === 'held') {
          throw new RuleViolation(
            'pairing.one_active_per_organization_unit',
            'this organisation is already paired with this unit',
            { pairingId: state.pairingId },
          );
        }
        return [{ type: 'PairingSlotClaimed', data: command.data }];
      case 'ReleasePairingSlot':
        return state.status === 'held' && state.pairingId === command.data.pairingId
          ? [{ type: 'PairingSlotReleased', data: command.data }]
          : [];
      default:
        return assertNever(command, 'command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'PairingSlotClaimed':
        return { status: 'held', pairingId: event.data.pairingId };
      case 'PairingSlotReleased':
        return state.status === 'held' && state.pairingId === event.data.pairingId ? { status: 'free' } : state;
      default:
        return assertNever(event, 'event');
    }
  },
};
