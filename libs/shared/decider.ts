/**
 * The shape every aggregate follows: a pure decider. Commands and events are readonly
 * `{ type, data }` unions; time, ids and looked-up facts arrive inside the command.
 */
export interface Message<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

export interface Decider<C extends Message, E extends Message, S> {
  readonly initialState: S;
  decide(command: C, state: S): readonly E[];
  evolve(state: S, event: E): S;
}

/** Fold a stream's events into state. */
export function fold<E extends Message, S>(
  decider: Pick<Decider<Message, E, S>, 'evolve' | 'initialState'>,
  events: readonly E[],
): S {
  return events.reduce((s, e) => decider.evolve(s, e), decider.initialState);
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
