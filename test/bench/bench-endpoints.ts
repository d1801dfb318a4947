import { Controller, HttpCode, Inject, Module, Post, Body } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../../libs/identity/index.js';

/**
 * The baselines of the HTTP benchmark, served by the same Nest application as the API: one
 * endpoint that does nothing, and one that does a single raw INSERT of a row comparable to an
 * event. Registered only by the benchmark (createHttpApp's extraModules).
 */
@Controller('bench')
class BenchController {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

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
    const [row] = await this.db.query(`insert into public.bench_rows (data) values ($1) returning id::text`, [JSON.stringify(body)]);
    return row;
  }
}

@Module({ controllers: [BenchController] })
export class BenchModule {}
