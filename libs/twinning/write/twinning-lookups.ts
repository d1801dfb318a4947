import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { CommandPipeline, problem, ProblemException, ProjectionRunner } from '@kn/platform';
import { NotFound } from '@kn/shared';
import { adminUnitDecider, adminUnitStream, type AdminUnitState } from '@kn/territory';
import { organizationDecider, organizationFacts, organizationStream, type OrganizationFacts } from '@kn/organizations';
import { pairingDecider } from '../domain/pairing.decide.js';
import type { ExistingPairing } from '../domain/pairing.state.js';
import { pairingStream } from '../domain/twinning.streams.js';

/** How long the merge automation waits for the read side before it asks which pairings a unit has. */
const READ_SIDE_WAIT_MS = 15_000;

export type KnownUnit = Exclude<AdminUnitState, { status: 'not_established' }>;

/**
 * Facts that twinning commands look up in other streams (units, organisations, pairings) and
 * in the pairings read model. Unknown ids are 404s here, before any decision is made.
 */
@Injectable()
export class TwinningLookups {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly db: DataSource,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async unit(id: string): Promise<KnownUnit> {
    const { state } = await this.pipeline.load(adminUnitStream(id), adminUnitDecider);
    if (state.status === 'not_established') throw new NotFound('admin_unit', id);
    return state;
  }

  async organization(id: string): Promise<OrganizationFacts> {
    const facts = organizationFacts((await this.pipeline.load(organizationStream(id), organizationDecider)).state);
    if (!facts) throw new NotFound('organization', id);
    return facts;
  }

  async pairing(id: string): Promise<ExistingPairing> {
    const { state } = await this.pipeline.load(pairingStream(id), pairingDecider);
    if (state.status === 'none') throw new NotFound('pairing', id);
    return state;
  }

  /** Active pairings on a unit, for the merge automation (oldest first). */
  async activePairingsOn(adminUnitId: string): Promise<{ id: string; organizationId: string }[]> {
    await this.readSideCaughtUp();
    return this.db.query(
      `select id, organization_id as "organizationId" from pairings where admin_unit_id = $1 and status = 'active' order by established_on, id`,
      [adminUnitId],
    );
  }

  private async readSideCaughtUp(): Promise<void> {
    const head = await this.store.head();
    // A uniqueness rule checked against a stale read model could let a duplicate through: refuse instead.
    if (head.position > 0 && !(await this.runner.waitFor(head.position, READ_SIDE_WAIT_MS))) {
      throw new ProblemException(
        problem(503, 'read_side_behind', 'The read models are catching up; try again in a few seconds.'),
      );
    }
  }
}
