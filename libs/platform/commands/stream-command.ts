import { Injectable } from '@nestjs/common';
import { Command, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound, type Decider, type Message } from '@kn/shared';
import type { CommandContext, CommandResult } from './command-context.js';
import { CommandPipeline, type HandleArgs } from './command-pipeline.js';

type Options<C extends Message, E extends Message, S> = Partial<
  Pick<HandleArgs<C, E, S>, 'resultId' | 'extra' | 'newStream'>
>;

/**
 * The CommandBus envelope of a domain command (a `{type, data}` union member) for one aggregate:
 * which record, the command (or a function of the loaded state), and the request's context. Each
 * aggregate declares its subclass and one handler (below); use cases that need more than the
 * pipeline (lookups, a second stream) have their own command class and handler (ADR 0012).
 */
export abstract class StreamCommand<
  C extends Message,
  E extends Message = Message,
  S = unknown,
> extends Command<CommandResult> {
  constructor(
    readonly id: string,
    readonly command: HandleArgs<C, E, S>['command'],
    readonly context: CommandContext,
    readonly options: Options<C, E, S> = {},
  ) {
    super();
  }
}

/** The handler of an aggregate's StreamCommand: the one pipeline, load → decide → append. */
@Injectable()
export abstract class StreamCommandHandler<C extends Message, E extends Message, S> implements ICommandHandler<
  StreamCommand<C, E, S>,
  CommandResult
> {
  protected abstract readonly streamOf: (id: string) => string;
  protected abstract readonly decider: Decider<C, E, S>;
  /** Set: a command on a record that does not exist (other than one starting it) is a 404 naming it. */
  protected readonly notFoundAs?: string;

  constructor(protected readonly pipeline: CommandPipeline) {}

  execute({ id, command, context, options }: StreamCommand<C, E, S>): Promise<CommandResult> {
    const what = options.newStream ? undefined : this.notFoundAs;
    const checked: typeof command = what
      ? (loaded) => {
          if (loaded.revision < 0) throw new NotFound(what, id);
          return typeof command === 'function' ? command(loaded) : command;
        }
      : command;
    return this.pipeline.handle({
      streamId: this.streamOf(id),
      decider: this.decider,
      command: checked,
      context,
      ...options,
    });
  }
}
