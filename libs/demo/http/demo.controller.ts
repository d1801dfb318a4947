import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { oas, QueryRoute } from '@kn/platform';
import { planTerritory } from '../generate/territory.plan.js';
import { DEMO_SEED } from '../generate/demo-seed.js';

export interface DemoStatus { readonly demo: boolean; readonly seed: number | null }

/** GET /api/demo: whether the store holds the demo province, so the UI can mark its data as a demo. */
const DEMO = oas.named$('DemoStatus', oas.obj({ demo: oas.bool, seed: oas.nullable(oas.int) }));

@Controller('api/demo')
@ApiTags('Demo')
export class DemoController {
  private readonly provinceId = planTerritory(DEMO_SEED).province.id;

  constructor(private readonly db: DataSource) {}

  @Get()
  @QueryRoute('Whether the store holds the demo province', DEMO)
  async status(): Promise<DemoStatus> {
    const rows: unknown[] = await this.db.query(`select 1 from admin_units where id = $1`, [this.provinceId]);
    return { demo: rows.length > 0, seed: rows.length > 0 ? DEMO_SEED : null };
  }
}
