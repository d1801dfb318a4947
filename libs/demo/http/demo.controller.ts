import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { planTerritory } from '../generate/territory.plan.js';
import { DEMO_SEED } from '../generate/demo-seed.js';

export interface DemoStatus { readonly demo: boolean; readonly seed: number | null }

/** GET /api/demo: whether the store holds the demo province, so the UI can mark its data as a demo. */
@Controller('api/demo')
export class DemoController {
  private readonly provinceId = planTerritory(DEMO_SEED).province.id;

  constructor(private readonly db: DataSource) {}

  @Get()
  async status(): Promise<DemoStatus> {
    const rows: unknown[] = await this.db.query(`select 1 from admin_units where id = $1`, [this.provinceId]);
    return { demo: rows.length > 0, seed: rows.length > 0 ? DEMO_SEED : null };
  }
}
