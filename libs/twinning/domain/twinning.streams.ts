import { streamName } from '@kn/shared';
import { PAIRING_CATEGORY } from './pairing.events.js';
import { PROJECT_CATEGORY } from './project.events.js';

/** Stream names of the twinning context (SPEC §2: `<category>-<uuid>`). */
export function pairingStream(pairingId: string): string {
  return streamName(PAIRING_CATEGORY, pairingId);
}

export function projectStream(projectId: string): string {
  return streamName(PROJECT_CATEGORY, projectId);
}
