import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { DomainError, vietnamDate } from '@kn/shared';
import { householdDecider } from '../../domain/household.decide.js';
import type { PersonalData } from '../../domain/personal-data.js';
import { BlindIndex } from '../../infrastructure/blind-index.js';
import { PersonalDataVault } from '../../infrastructure/personal-data-vault.js';
import { PgKeyStore } from '../../infrastructure/pg-key-store.js';
import { householdStream } from '../../read/household-event.js';
import {
  PossibleDuplicatesQuery,
  type PossibleDuplicate,
} from '../../read/household-search/possible-duplicates.query.js';
import type { RegisterHouseholdDto } from '../../http/households.dto.js';
import { HouseholdPlace } from '../household-place.js';

/**
 * Registration seals the head's personal data under a fresh per-household key before anything
 * is decided, so clear text never reaches the event, the log or a read model. The answer lists
 * `possibleDuplicates` found through the blind index: a warning, never a refusal.
 */
export class RegisterHouseholdCommand extends Command<CommandResult> {
  constructor(
    readonly household: RegisterHouseholdDto,
    readonly context: CommandContext,
    /** Set by an import: the id derived from the file and the row, so a second upload finds it. */
    readonly householdId?: string,
  ) {
    super();
  }
}

@CommandHandler(RegisterHouseholdCommand)
export class RegisterHouseholdHandler implements ICommandHandler<RegisterHouseholdCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly vault: PersonalDataVault,
    private readonly keys: PgKeyStore,
    private readonly place: HouseholdPlace,
    private readonly index: BlindIndex,
    private readonly queries: QueryBus,
  ) {}

  private possibleDuplicates(communeId: string, head: PersonalData): Promise<PossibleDuplicate[]> {
    const nameYear = head.birthYear !== null ? this.index.nameYear(head.fullName, head.birthYear).token : null;
    const idNumber = this.index.idNumber(head.idNumber)?.token ?? null;
    return this.queries.execute(new PossibleDuplicatesQuery(communeId, nameYear, idNumber));
  }

  async execute({
    household: dto,
    context: ctx,
    householdId: given,
  }: RegisterHouseholdCommand): Promise<CommandResult> {
    const villageId = dto.villageId ?? null;
    const { communeArea } = await this.place.ensureValid(dto.communeId, villageId);
    const householdId = given ?? randomUUID();
    const head: PersonalData = {
      fullName: dto.head.fullName.trim(),
      birthYear: dto.head.birthYear ?? null,
      gender: dto.head.gender ?? null,
      idNumber: dto.head.idNumber ?? null,
    };
    // Looked up before the new household exists: it cannot be its own candidate.
    const possibleDuplicates = await this.possibleDuplicates(dto.communeId, head);
    const sealed = await this.vault.seal(householdId, head);
    try {
      return await this.pipeline.handle({
        streamId: householdStream(householdId),
        decider: householdDecider,
        command: {
          type: 'RegisterHousehold',
          data: {
            householdId,
            today: vietnamDate(ctx.now),
            communeId: dto.communeId,
            villageId,
            code: dto.code,
            head: sealed,
            ethnicity: dto.ethnicity,
            memberCount: dto.memberCount,
            ...(dto.area ? { area: dto.area } : {}),
            communeArea,
            registeredOn: dto.registeredOn,
          },
        },
        context: ctx,
        extra: () => ({ possibleDuplicates }),
      });
    } catch (e) {
      // Refused: nothing was recorded under this key, so it need not outlive the request.
      if (e instanceof DomainError) await this.keys.discardUnused(householdId);
      throw e;
    }
  }
}
