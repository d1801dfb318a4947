import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { oas, QueryRoute } from '@kn/platform';
import { DemoStatusQuery, type DemoStatus } from '../read/demo-status/demo-status.query.js';

/** GET /api/demo: whether the store holds the demo province, so the UI can mark its data as a demo. */
const DEMO = oas.named$('DemoStatus', oas.obj({ demo: oas.bool, seed: oas.nullable(oas.int) }));

@Controller('api/demo')
@ApiTags('Demo')
export class DemoController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @QueryRoute('Whether the store holds the demo province', DEMO)
  status(): Promise<DemoStatus> {
    return this.queries.execute(new DemoStatusQuery());
  }
}
