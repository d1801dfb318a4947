import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Request } from 'express';
import type { Actor } from '@kn/shared';
import type { Problem } from './problem.js';

/** SPEC §5: refused commands are part of the audit trail (who tried what, and why it was refused). */
@Injectable()
export class RejectedCommandLog {
  private readonly logger = new Logger('rejected-commands');

  constructor(private readonly db: DataSource) {}

  async record(req: Request, body: Problem): Promise<void> {
    const actor = (req as Request & { user?: Actor }).user;
    try {
      await this.db.query(
        `insert into app.rejected_commands (user_id, username, role, method, path, command_name, status, code, detail, correlation_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          actor?.userId ?? null,
          actor?.username ?? null,
          actor?.role ?? null,
          req.method,
          (req.originalUrl ?? '').split('?')[0].slice(0, 500),
          (req as Request & { commandName?: string }).commandName ?? null,
          body.status,
          body.code,
          body.detail.slice(0, 2000),
          req.header('x-correlation-id') ?? null,
        ],
      );
    } catch (e) {
      this.logger.warn(`could not record a rejected command: ${(e as Error).message}`);
    }
  }
}
