import type { Actor } from '@kn/shared';

/** Everything about a command that is not its business data: who, when, which request. */
export interface CommandContext {
  readonly actor: Actor;
  readonly commandName: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** Server clock at the start of the request. */
  readonly now: Date;
  /** Revision from `If-Match`; a mismatch is a 412. */
  readonly ifMatch?: number;
  /** From `Idempotency-Key`: event ids are derived from it so a raced retry appends nothing. */
  readonly idempotencyKey?: string;
  readonly reason?: string | null;
}

/** What every command endpoint returns (API.md: {id, streamId, revision, position}). */
export class CommandResult {
  constructor(
    readonly id: string,
    readonly streamId: string,
    readonly revision: number,
    readonly position: number,
    /** True when the command started the stream: 201 instead of 200. */
    readonly created: boolean,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {}

  toJSON(): Record<string, unknown> {
    return { id: this.id, streamId: this.streamId, revision: this.revision, position: this.position, ...this.extra };
  }
}
