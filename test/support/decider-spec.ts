import type { Decider, Message } from '@kn/shared';
import { DomainError } from '@kn/shared';

/**
 * given(events).when(command).then(events | error) for pure deciders.
 *
 *   spec(pairingDecider).given([established]).when(recordVisit).then([visitConducted]);
 *   spec(pairingDecider).given([]).when(recordVisit).thenRejects('pairing.must_be_active');
 */
export function spec<C extends Message, E extends Message, S>(decider: Decider<C, E, S>) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C) {
          const run = () => {
            const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState);
            return decider.decide(command, state);
          };
          return {
            then(expected: readonly E[]): void {
              expect(run()).toEqual(expected);
            },
            thenRejects(code: string): void {
              let thrown: unknown;
              try {
                run();
              } catch (e) {
                thrown = e;
              }
              expect(thrown).toBeInstanceOf(DomainError);
              expect((thrown as DomainError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}
