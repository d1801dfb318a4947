import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics (prom-client): one registry per process. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly projectionLag = new Gauge({
    name: 'kn_projection_lag_events',
    help: 'Events in the log not yet applied',
    labelNames: ['projection'],
    registers: [this.registry],
  });
  readonly projectionPosition = new Gauge({
    name: 'kn_projection_position',
    help: 'Global position of the last applied event',
    labelNames: ['projection'],
    registers: [this.registry],
  });
  readonly commands = new Histogram({
    name: 'kn_command_duration_seconds',
    help: 'Command latency',
    labelNames: ['command', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly appends = new Counter({
    name: 'kn_events_appended_total',
    help: 'Events appended by commands',
    labelNames: ['command'],
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: 'kn_commands_rejected_total',
    help: 'Refused commands by reason',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
