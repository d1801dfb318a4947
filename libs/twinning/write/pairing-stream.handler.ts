import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@kn/platform';
import type { PairingCommand } from '../domain/pairing.commands.js';
import { pairingDecider } from '../domain/pairing.decide.js';
import type { PairingEvent } from '../domain/pairing.events.js';
import type { PairingState } from '../domain/pairing.state.js';
import { pairingStream } from '../domain/twinning.streams.js';

/** A command on one existing pairing (plans, activities, corrections); a missing pairing is a 404. */
export class PairingStreamCommand extends StreamCommand<PairingCommand, PairingEvent, PairingState> {}

@CommandHandler(PairingStreamCommand)
export class PairingStreamHandler extends StreamCommandHandler<PairingCommand, PairingEvent, PairingState> {
  protected readonly streamOf = pairingStream;
  protected readonly decider = pairingDecider;
  protected override readonly notFoundAs = 'pairing';
}
