import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@kn/event-store';

const EVERY_MS = 2000;

/**
 * Seals the global log in commit order in the background (ADR 0003). The store's own lock
 * keeps one sealer at a time when several processes run one.
 */
@Injectable()
export class LogSealer implements OnModuleDestroy {
  private readonly logger = new Logger('sealer');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running = this.store
        .seal()
        .catch((e: unknown) => this.logger.warn(`sealing failed, will retry: ${(e as Error).message}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
