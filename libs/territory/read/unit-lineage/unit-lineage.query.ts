import type { DataSource, EntityManager } from 'typeorm';
import type { UnitLineage } from '@kn/shared';

/**
 * The unit tree's lineage for re-basing figures to today's units (`boundaries=today`, the rule
 * in `@kn/shared` boundaries): each ended unit's successor (a merge's, or where a dissolution
 * sent its children), each unit's parent today and its kind.
 */
export async function unitLineage(db: DataSource | EntityManager): Promise<UnitLineage> {
  const rows: { id: string; kind: string; parent_id: string | null; successor: string | null }[] = await db.query(
    `select id, kind, parent_id, coalesce(doc->>'successorId', doc->>'childrenToId') as successor from admin_units`,
  );
  const successorOf = new Map<string, string>();
  const parentOf = new Map<string, string>();
  const kindOf = new Map<string, string>();
  for (const r of rows) {
    kindOf.set(r.id, r.kind);
    if (r.parent_id) parentOf.set(r.id, r.parent_id);
    if (r.successor) successorOf.set(r.id, r.successor);
  }
  return { successorOf, parentOf, kindOf };
}
