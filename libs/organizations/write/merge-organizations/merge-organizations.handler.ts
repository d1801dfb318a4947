import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { ensure, NotFound } from '@kn/shared';
import type { MergeOrganizationInto, OrganizationCommand } from '../../domain/organization.commands.js';
import { organizationDecider } from '../../domain/organization.decide.js';
import type { OrganizationEvent } from '../../domain/organization.events.js';
import { organizationStream } from '../../domain/organization.labels.js';
import type { MergeOrganizationsDto } from '../../http/organizations.dto.js';

/**
 * A merge touches several streams: every predecessor's decision is tried first (so a refusal
 * writes nothing), then the successor is registered with the merge it records, then each
 * predecessor points to it. Pairings, sponsored commitments and staff follow the predecessors'
 * `OrganizationMergedInto` (automations in their contexts).
 */
export class MergeOrganizationsCommand extends Command<CommandResult> {
  constructor(
    readonly dto: MergeOrganizationsDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MergeOrganizationsCommand)
export class MergeOrganizationsHandler implements ICommandHandler<MergeOrganizationsCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ dto, context }: MergeOrganizationsCommand): Promise<CommandResult> {
    return this.pipeline.exclusive(dto.predecessorIds.map(organizationStream), () => this.merge(dto, context));
  }

  private async merge(dto: MergeOrganizationsDto, context: CommandContext): Promise<CommandResult> {
    ensure(
      'organization.merge_predecessors_must_be_distinct',
      new Set(dto.predecessorIds).size === dto.predecessorIds.length,
      'a predecessor is listed twice',
    );
    const organizationId = randomUUID();
    const intos: MergeOrganizationInto[] = dto.predecessorIds.map((id) => ({
      type: 'MergeOrganizationInto',
      data: {
        organizationId: id,
        successorId: organizationId,
        effectiveOn: dto.effectiveOn,
        decisionRef: dto.decisionRef,
      },
    }));
    for (const command of intos) {
      const { state } = await this.pipeline.load(organizationStream(command.data.organizationId), organizationDecider);
      if (state.status === 'not_registered') throw new NotFound('organization', command.data.organizationId);
      organizationDecider.decide(command, state);
    }
    const successor: OrganizationCommand[] = [
      {
        type: 'RegisterOrganization',
        data: {
          organizationId,
          name: dto.successor.name,
          kind: dto.successor.kind,
          shortName: dto.successor.shortName ?? null,
          registeredOn: dto.effectiveOn,
        },
      },
      {
        type: 'RecordOrganizationMerge',
        data: {
          organizationId,
          predecessorIds: dto.predecessorIds,
          effectiveOn: dto.effectiveOn,
          decisionRef: dto.decisionRef,
        },
      },
    ];
    let state = organizationDecider.initialState;
    const events: OrganizationEvent[] = [];
    for (const command of successor) {
      const decided = organizationDecider.decide(command, state);
      state = decided.reduce(organizationDecider.evolve, state);
      events.push(...decided);
    }
    const result = await this.pipeline.appendDecided(organizationStream(organizationId), events, context, 'no_stream');
    for (const command of intos)
      await this.pipeline.handle({
        streamId: organizationStream(command.data.organizationId),
        decider: organizationDecider,
        command,
        context,
      });
    return result;
  }
}
