/**
 * The order of the 2025-07-01 reform in the demo. What follows a decision (villages, households,
 * pairings moving) is written before the event the automations react to (a predecessor's
 * `AdministrativeUnitMergedInto`, a district's `AdministrativeUnitDissolved`, a village's
 * `AdministrativeUnitReparented`), so that the live automations, catching up on the same log,
 * find nothing left to move. Each follower names its decision as causation.
 */
export const REFORM_STAGE = {
  /** Lâm Đồng (new) established and recording its three predecessors. */
  province: 1,
  /** The merged communes established under it, each recording its predecessors. */
  successors: 2,
  /** Thôn Nha Mé's households move to Chí Công … */
  villageHouseholds: 3,
  /** … then the village itself. */
  villageTransfer: 4,
  /** Households and pairings of merged communes move to the merged commune … */
  followers: 5,
  /** … then their villages (a village's move is what moves its households, so it comes after them) … */
  villagesMoved: 6,
  /** … then the merged communes end. */
  communesMerged: 7,
  /** Communes that did not merge move under the new province … */
  communesMoved: 8,
  /** … then the districts end … */
  districtsDissolved: 9,
  /** … and the three provinces. */
  provincesMerged: 10,
  /** Everything else of that day. */
  rest: 11,
} as const;
