import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TwinningLookups } from '../../write/twinning-lookups.js';

type ActivePairing = { id: string; organizationId: string };

/** Active pairings on a unit, oldest first, once the read side has caught up (for the merge automation). */
export class ActivePairingsOnUnitQuery extends Query<ActivePairing[]> {
  constructor(readonly adminUnitId: string) {
    super();
  }
}

@QueryHandler(ActivePairingsOnUnitQuery)
export class ActivePairingsOnUnitHandler implements IQueryHandler<ActivePairingsOnUnitQuery, ActivePairing[]> {
  constructor(private readonly lookups: TwinningLookups) {}

  execute({ adminUnitId }: ActivePairingsOnUnitQuery): Promise<ActivePairing[]> {
    return this.lookups.activePairingsOn(adminUnitId);
  }
}
