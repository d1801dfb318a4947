import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { auditPage, type AuditFilter, type AuditItem } from './audit-trail.query.js';

/** The most events an export holds. */
export const EXPORT_MAX = 100_000;

export type AuditTrailPage = { items: AuditItem[]; next: string | null };

/** A page of the trail as sentences, newest first unless asked. */
export class AuditTrailQuery extends Query<AuditTrailPage> {
  constructor(
    readonly filter: AuditFilter,
    readonly limit: number,
  ) {
    super();
  }
}

/** Every event the filter finds, from the start (up to EXPORT_MAX), for a CSV or XLSX export. */
export class AuditTrailExportQuery extends Query<AuditItem[]> {
  constructor(readonly filter: AuditFilter) {
    super();
  }
}

@QueryHandler(AuditTrailQuery)
export class AuditTrailHandler implements IQueryHandler<AuditTrailQuery, AuditTrailPage> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, limit }: AuditTrailQuery): Promise<AuditTrailPage> {
    return auditPage(this.db, filter, limit);
  }
}

@QueryHandler(AuditTrailExportQuery)
export class AuditTrailExportHandler implements IQueryHandler<AuditTrailExportQuery, AuditItem[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ filter }: AuditTrailExportQuery): Promise<AuditItem[]> {
    const items: AuditItem[] = [];
    for (let f: AuditFilter = { ...filter, after: undefined }; items.length < EXPORT_MAX;) {
      const page = await auditPage(this.db, f, 5000);
      items.push(...page.items);
      if (!page.next) break;
      f = { ...f, after: page.next };
    }
    return items;
  }
}
