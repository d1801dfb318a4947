import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

export interface PossibleDuplicate {
  readonly id: string;
  readonly code: string;
  readonly communeId: string;
}

/**
 * Households that may be the same as one being registered (ADR 0020): the same keyed hash
 * of the normalised full name with the birth year in the same commune, or the same keyed hash of
 * the ID number anywhere. Merged households are not candidates; a registration the read models
 * have not reached yet is not seen (a warning, not a guarantee).
 */
export class PossibleDuplicatesQuery extends Query<PossibleDuplicate[]> {
  constructor(
    readonly communeId: string,
    /** The `name_year` hash, null without a birth year. */
    readonly nameYear: string | null,
    /** The `id` hash, null without an ID number. */
    readonly idNumber: string | null,
  ) {
    super();
  }
}

@QueryHandler(PossibleDuplicatesQuery)
export class PossibleDuplicatesHandler implements IQueryHandler<PossibleDuplicatesQuery, PossibleDuplicate[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ communeId, nameYear, idNumber }: PossibleDuplicatesQuery): Promise<PossibleDuplicate[]> {
    if (!nameYear && !idNumber) return [];
    const rows: PossibleDuplicate[] = await this.db.query(
      `select distinct r.id, r.code, r.commune_id as "communeId"
         from household_search s join household_register r on r.id = s.household_id
        where r.merged_into is null
          and ((s.kind = 'name_year' and s.token = $1 and r.commune_id = $2) or (s.kind = 'id' and s.token = $3))
        order by r.code, r.id
        limit 20`,
      [nameYear, communeId, idNumber],
    );
    return rows;
  }
}
