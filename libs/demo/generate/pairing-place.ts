import type { DemoOrganization } from './organizations.plan.js';
import { MERGER_ON, type DemoCommune } from './territory.plan.js';
import { RESTRUCTURING_ON } from './organizations.data.js';

export interface DemoPairing {
  readonly id: string;
  readonly organization: DemoOrganization;
  /** The commune or village twinned. */
  readonly unitId: string;
  readonly unitKind: 'commune' | 'village';
  /** The commune the unit lies in (before the merger). */
  readonly commune: DemoCommune;
  readonly establishedOn: string;
  readonly decisionRef: string;
  /** Ended with the organisation's dissolution, or at the merger when the successor is already twinned. */
  end: { on: string; reason: string } | null;
  /** Transferred to the merged commune on 2025-07-01. */
  transferredTo: string | null;
  /** Handed over on 2025-03-01 to the organisation its organisation merged into. */
  handedOverTo: DemoOrganization | null;
}

/** The organisation holding the pairing on a date: its own, or the one it merged into. */
export function organizationAt(p: DemoPairing, date: string): DemoOrganization {
  return p.handedOverTo && date >= RESTRUCTURING_ON ? p.handedOverTo : p.organization;
}

/** Where the pairing's work happens on a date: its village, its commune, or the merged commune. */
export function pairingPlace(p: DemoPairing, date: string): string {
  if (p.unitKind === 'village') return p.unitId;
  return p.transferredTo && date >= MERGER_ON ? p.transferredTo : p.unitId;
}
