import type { RecordedEvent } from '@kn/event-store';
import { mergedIntoFact } from '@kn/territory';
import type { Automation, AutomationDeps, CommandContext } from '@kn/platform';
import { ActivePairingsOnUnitQuery } from '../../read/active-pairings-on-unit/active-pairings-on-unit.query.js';
import { FollowUnitMergeCommand } from '../../write/follow-unit-merge/follow-unit-merge.handler.js';

/**
 * SPEC §2.1: pairings follow their unit through a merge. For each active pairing on the merged
 * unit, one FollowUnitMergeCommand on the bus (its handler transfers or ends it); the commands
 * carry the merge event as causation.
 */
export class PairingsFollowMerges implements Automation {
  readonly name = 'pairings_follow_merges';
  readonly types = ['AdministrativeUnitMergedInto'] as const;

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const merge = mergedIntoFact(event.data);
    if (!merge) return;
    for (const pairing of await deps.queries.execute(new ActivePairingsOnUnitQuery(merge.unitId))) {
      await deps.commands.execute(new FollowUnitMergeCommand(pairing, merge, context));
    }
  }
}

export const pairingsFollowMerges = new PairingsFollowMerges();
