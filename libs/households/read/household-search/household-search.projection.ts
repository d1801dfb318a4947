import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import type { Projection, RebuildSession } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decide.js';
import type { SealedPersonalData } from '../../domain/personal-data.js';
import { BlindIndex } from '../../infrastructure/blind-index.js';
import { PersonalDataVault, type KeyStore } from '../../infrastructure/personal-data-vault.js';
import { PgKeyStore } from '../../infrastructure/pg-key-store.js';
import { householdEventOf } from '../household-event.js';

/** Per household, its current sealed head, or null: no entries (erased, merged into another). */
type Heads = Map<string, SealedPersonalData | null>;

/** The events that change a household's entries, folded into `heads` in log order. */
function fold(events: readonly RecordedEvent[], heads: Heads): void {
  for (const e of events) {
    const parsed = householdEventOf(e);
    if (!parsed) continue;
    const { householdId, event } = parsed;
    switch (event.type) {
      case 'HouseholdRegistered':
      case 'HouseholdHeadChanged':
        heads.set(householdId, event.data.head);
        break;
      case 'HouseholdPersonalDataErased':
      case 'HouseholdMergedInto':
        heads.set(householdId, null);
        break;
      default:
        break;
    }
  }
}

/** Keys fetched in one query for a batch, served to the vault as a KeyStore that only reads. */
function fetchedKeys(keys: ReadonlyMap<string, Buffer>): KeyStore {
  return {
    get: (id) => Promise.resolve(keys.get(id) ?? null),
    create: () => Promise.reject(new Error('the search index never creates keys')),
    destroy: () => Promise.reject(new Error('the search index never destroys keys')),
  };
}

const CHUNK = 5000;

/**
 * Replaces the entries of every household in `heads`: the head is opened with its key as it is
 * now (a destroyed key opens nothing, so an erased household gets no entries even on a rebuild)
 * and only its keyed hashes are written.
 */
async function write(tx: EntityManager, masterKey: Buffer, index: BlindIndex, heads: Heads): Promise<void> {
  const all = [...heads];
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    const sealed = chunk.filter((c): c is [string, SealedPersonalData] => c[1] !== null);
    const keys = await new PgKeyStore(tx, masterKey).getMany(sealed.map(([, head]) => head.keyId));
    const vault = new PersonalDataVault(fetchedKeys(keys));
    const ids: string[] = [];
    const kinds: string[] = [];
    const tokens: string[] = [];
    for (const [householdId, head] of sealed) {
      let opened;
      try {
        opened = await vault.open(head);
      } catch {
        continue; // tampered ciphertext: nothing to index (the register shows it "unreadable")
      }
      if (opened === 'erased') continue;
      for (const entry of new Map(index.entries(opened).map((x) => [`${x.kind}:${x.token}`, x])).values()) {
        ids.push(householdId);
        kinds.push(entry.kind);
        tokens.push(entry.token);
      }
    }
    await tx.query(`delete from household_search where household_id = any($1)`, [chunk.map(([id]) => id)]);
    if (ids.length)
      await tx.query(
        `insert into household_search (household_id, kind, token) select * from unnest($1::text[], $2::text[], $3::text[])`,
        [ids, kinds, tokens],
      );
  }
}

/**
 * rm.household_search, the blind index (ADR 0020): (kind, keyed hash) → household, for
 * search by the head's name words and for the duplicate warning (full name with birth year, ID
 * number). It holds no name in clear; erasure and merge remove a household's entries.
 */
export function householdSearchProjection(masterKey: Buffer): Projection {
  const index = new BlindIndex(masterKey);
  return {
    name: 'household_search',
    categories: [HOUSEHOLD_CATEGORY],
    async apply(events, tx) {
      const heads: Heads = new Map();
      fold(events, heads);
      if (heads.size) await write(tx, masterKey, index, heads);
    },
    rebuildSession(): RebuildSession {
      // Every household's last head, written once at the end: no delete per registration on a growing table.
      let heads: Heads = new Map();
      return {
        apply: async (events) => fold(events, heads),
        async flush(tx) {
          const held = heads;
          heads = new Map();
          if (held.size) await write(tx, masterKey, index, held);
        },
      };
    },
  };
}
