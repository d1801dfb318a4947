import type { IsoDate, Message } from '@kn/shared';
import type { OrganizationKind, OrganizationStatus } from '../../domain/organization.vocabulary.js';
import { ORGANIZATION_KINDS } from '../../domain/organization.vocabulary.js';

/** One row of the organisations read model. */
export interface OrganizationDoc {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly shortName: string | null;
  readonly status: OrganizationStatus;
  readonly dissolvedOn: IsoDate | null;
}

type Data = Readonly<Record<string, unknown>>;

// Projections must never throw on what is in the log, so event data is read defensively.
const textOrNull = (d: Data, key: string): string | null => (typeof d[key] === 'string' ? (d[key] as string) : null);

function registered(d: Data): OrganizationDoc | null {
  const id = textOrNull(d, 'organizationId');
  const kind = ORGANIZATION_KINDS.find((k) => k === d['kind']);
  if (!id || !kind) return null;
  return { id, name: textOrNull(d, 'name') ?? '', kind, shortName: textOrNull(d, 'shortName'), status: 'active', dissolvedOn: null };
}

/** Folds one organisation event into its document; unknown or malformed events leave it as it was. */
export function evolveOrganization(doc: OrganizationDoc | null, event: Message): OrganizationDoc | null {
  const d: Data = typeof event.data === 'object' && event.data !== null ? (event.data as Data) : {};
  if (event.type === 'OrganizationRegistered') return doc ?? registered(d);
  if (doc === null) return null;
  switch (event.type) {
    case 'OrganizationRenamed':
      return { ...doc, name: textOrNull(d, 'name') ?? doc.name };
    case 'OrganizationDissolved':
      return { ...doc, status: 'dissolved', dissolvedOn: textOrNull(d, 'dissolvedOn') };
    default:
      return doc;
  }
}
