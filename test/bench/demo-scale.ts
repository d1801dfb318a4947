import type { INestApplication } from '@nestjs/common';
import type { Infrastructure } from '../../libs/platform/index.js';

/** Dashboard and as-of latency at demo scale: filled in once the demo generator exists. */
export async function demoScale(_app: INestApplication, _infra: Infrastructure, _base: string, _token: string): Promise<void> {
  console.log('demo-scale latency: the demo generator is not wired into the benchmark yet');
}
