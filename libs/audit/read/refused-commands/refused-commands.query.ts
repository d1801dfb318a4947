import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

/** Refused commands (4xx answers to commands), newest first. */
export class RefusedCommandsQuery extends Query<{ items: unknown[]; total: number }> {
  constructor(
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}

@QueryHandler(RefusedCommandsQuery)
export class RefusedCommandsHandler implements IQueryHandler<
  RefusedCommandsQuery,
  { items: unknown[]; total: number }
> {
  constructor(private readonly db: DataSource) {}

  async execute({ limit, offset }: RefusedCommandsQuery): Promise<{ items: unknown[]; total: number }> {
    const [{ n }]: { n: number }[] = await this.db.query(`select count(*)::int as n from app.rejected_commands`);
    const items: unknown[] = await this.db.query(
      `select id, at, username, role, method, path, command_name as "commandName", status, code, detail, correlation_id as "correlationId"
       from app.rejected_commands order by id desc limit $1 offset $2`,
      [limit, offset],
    );
    return { items, total: n };
  }
}
