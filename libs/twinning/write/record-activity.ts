import { InvalidInput } from '@kn/shared';
import { problem, ProblemException, type CommandContext } from '@kn/platform';
import { correctableFields } from '../domain/activity.rules.js';
import type { ActivityInput } from '../domain/activity.types.js';
import type { RecordActivity } from '../domain/pairing.commands.js';
import type { RecordActivityDto } from '../http/activity.dto.js';

/**
 * The DTO declares every kind's fields; a record keeps only its own kind's. A field of another
 * kind (`nights` on a visit) is refused rather than stored where no report would ever read it.
 */
export function activityInput(dto: RecordActivityDto, activityId: string): ActivityInput {
  const allowed = new Set<string>(['kind', ...correctableFields(dto.kind)]);
  const given = Object.entries(dto).filter(([, value]) => value !== undefined);
  const foreign = given.find(([field]) => !allowed.has(field));
  if (foreign)
    throw new InvalidInput('activity.field_not_of_kind', `a ${dto.kind} record has no field ${foreign[0]}`, foreign[0]);
  // The rule table validates every field of the kind; its checks are the ones that count.
  return { ...Object.fromEntries(given), activityId } as unknown as ActivityInput;
}

/** Commune officers record what their commune initiated (SPEC §1); the rest is the organisations' to record. */
export function ensureInitiatorAllowed(ctx: CommandContext, initiator: string): void {
  if (ctx.actor.role === 'commune_officer' && initiator !== 'commune') {
    throw new ProblemException(
      problem(
        403,
        'forbidden_initiator',
        'A commune officer records only activities the commune initiated (initiator "commune").',
      ),
    );
  }
}

export function recordActivityCommand(dto: RecordActivityDto, activityId: string, today: string): RecordActivity {
  return { type: 'RecordActivity', data: { activity: activityInput(dto, activityId), today } };
}
