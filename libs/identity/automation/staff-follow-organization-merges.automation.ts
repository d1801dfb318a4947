import type { RecordedEvent } from '@kn/event-store';
import type { Automation, AutomationDeps, CommandContext } from '@kn/platform';
import { UserAudit } from '../user-audit.js';
import { UsersService } from '../users.service.js';

/**
 * SPEC §2.7: the staff of an organisation merged into a successor become the successor's staff
 * (their scope follows; their sessions end, as with any change of scope). Each change is a
 * `UserScopeChanged` event in `user-<id>` caused by the merge. The event is read by its type and
 * fields (identity sits below the organisations context and does not import it).
 */
export class StaffFollowOrganizationMerges implements Automation {
  readonly name = 'staff_follow_organization_merges';
  readonly types = ['OrganizationMergedInto'] as const;

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const { organizationId, successorId } = event.data;
    if (typeof organizationId !== 'string' || typeof successorId !== 'string') return;
    const rows: { id: string }[] = await deps.db.query(
      `select id from app.users where organization_id = $1 and role = 'staff' order by id`,
      [organizationId],
    );
    const users = new UsersService(deps.db);
    const audit = new UserAudit(deps.pipeline);
    for (const { id } of rows) {
      await users.changeRole(id, { role: 'staff', organizationId: successorId });
      await audit.record(
        id,
        {
          type: 'UserScopeChanged',
          data: { role: 'staff', organizationId: successorId, previousOrganizationId: organizationId },
        },
        context('ChangeUserScope'),
      );
    }
  }
}

export const staffFollowOrganizationMerges = new StaffFollowOrganizationMerges();
