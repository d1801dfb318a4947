/** A resource given in an activity, as recorded (older records may lack a field). */
export interface ResourceLike {
  readonly valueVnd?: unknown;
  readonly source?: unknown;
}

/**
 * The one rule for which resources of an activity count in a total: those with a value in VND and
 * a source. The dashboard's ledger, the report's tables and a pairing's plan-against-actual all
 * use it, so their totals agree.
 */
export function countedResources(resources: unknown): { valueVnd: number; source: string }[] {
  if (!Array.isArray(resources)) return [];
  return resources.flatMap((r: ResourceLike | null) =>
    r && typeof r.valueVnd === 'number' && typeof r.source === 'string'
      ? [{ valueVnd: r.valueVnd, source: r.source }]
      : [],
  );
}

/** The sum of the resources that count. */
export function resourcesVnd(resources: unknown): number {
  return countedResources(resources).reduce((n, r) => n + r.valueVnd, 0);
}
