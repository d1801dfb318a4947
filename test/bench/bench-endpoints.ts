import { Body, Controller, HttpCode, Inject, Module, Post } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type PostgresEventStore } from '../../libs/event-store/index.js';
import { Public } from '../../libs/identity/index.js';

/**
 * The baselines of the HTTP benchmark, served by the same Nest application as the API: one
 * endpoint that does nothing, and one that does a single prepared INSERT of the request body as a
 * jsonb row through the event store's own connection pool. Registered only by the benchmark.
 */
@Controller('bench')
class BenchController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Public()
  @Post('noop')
  @HttpCode(200)
  noop(): { ok: true } {
    return { ok: true };
  }

  @Public()
  @Post('insert')
  @HttpCode(201)
  async insert(@Body() body: Record<string, unknown>): Promise<{ id: string }> {
    const { rows } = await (this.store as PostgresEventStore).pool.query<{ id: string }>({
      name: 'bench_insert',
      text: `insert into public.bench_rows (data) values ($1) returning id::text`,
      values: [JSON.stringify(body)],
    });
    return rows[0];
  }
}

@Module({ controllers: [BenchController] })
export class BenchModule {}
