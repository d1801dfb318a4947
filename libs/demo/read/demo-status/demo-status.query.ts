import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { planTerritory } from '../../generate/territory.plan.js';
import { DEMO_SEED } from '../../generate/demo-seed.js';

export interface DemoStatus {
  readonly demo: boolean;
  readonly seed: number | null;
}

/** Whether the store holds the demo province, so the UI can mark its data as a demo. */
export class DemoStatusQuery extends Query<DemoStatus> {}

@QueryHandler(DemoStatusQuery)
export class DemoStatusHandler implements IQueryHandler<DemoStatusQuery, DemoStatus> {
  private readonly provinceId = planTerritory(DEMO_SEED).province.id;

  constructor(private readonly db: DataSource) {}

  async execute(): Promise<DemoStatus> {
    const rows: unknown[] = await this.db.query(`select 1 from admin_units where id = $1`, [this.provinceId]);
    return { demo: rows.length > 0, seed: rows.length > 0 ? DEMO_SEED : null };
  }
}
