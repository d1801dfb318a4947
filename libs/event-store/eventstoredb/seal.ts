import { sealHash } from '../hash-chain.js';
import type { LogCheckpoint } from '../event-store.port.js';
import { EsdbWrongExpectedVersion, type EsdbGateway, type EsdbRecordedEvent } from './gateway.js';
import type { RecordedEvent } from '../event-store.port.js';
import { NOT_SYSTEM } from './mapping/filters.js';
import {
  SEAL_BLOCK,
  SEAL_STREAM,
  SEAL_TYPE,
  linkCheckpoint,
  parseSealBlock,
  toSealBlock,
  type SealBlock,
  type SealLink,
} from './mapping/seal-blocks.js';
import { randomUUID } from 'node:crypto';

/** What sealing and verifying need from the store. */
export interface SealSource {
  readonly gateway: EsdbGateway;
  scanRaw(
    after: LogCheckpoint | undefined,
    filter: { on: 'streamName'; regex: string },
    pageSize?: number,
  ): AsyncGenerator<EsdbRecordedEvent & { position: { commit: number; prepare: number } }>;
  recorded(raw: EsdbRecordedEvent): RecordedEvent | null;
}

export interface SealHead {
  /** Revision of the last block in `_kn.seal` (-1: none). */
  readonly revision: number;
  readonly block: SealBlock | null;
}

export async function readSealHead(gateway: EsdbGateway): Promise<SealHead> {
  const [last] = await gateway.readStream(SEAL_STREAM, { direction: 'backwards', maxCount: 1 });
  if (!last) return { revision: -1, block: null };
  const block = parseSealBlock(last.data);
  if (!block) throw new Error(`${SEAL_STREAM}@${last.revision} is not a seal block: run audit:verify`);
  return { revision: last.revision, block };
}

/**
 * Extends the seal chain over the log after its last link, in `$all` order, one block of up to
 * SEAL_BLOCK links per write. Each write expects the seal stream's current revision, so a
 * concurrent sealer makes this one stop (it then returns what it sealed). Events not written by
 * the adapter (no envelope) are left out; verify names them.
 */
export async function sealLog(source: SealSource): Promise<number> {
  const head = await readSealHead(source.gateway);
  let revision = head.revision;
  const block = head.block;
  let lastLink = block ? block.links[block.links.length - 1] : null;
  let prev = lastLink ? lastLink[5] : null;
  let seq = block ? block.first + block.links.length - 1 : 0;
  let after = lastLink ? linkCheckpoint(lastLink) : undefined;
  let sealed = 0;
  for (;;) {
    const links: SealLink[] = [];
    for await (const raw of source.scanRaw(after, { on: 'streamName', regex: NOT_SYSTEM }, SEAL_BLOCK)) {
      const event = source.recorded(raw);
      if (!event) continue;
      prev = sealHash(prev, event.hash, event.position);
      links.push([
        event.checkpoint.commit,
        event.position,
        event.streamId,
        event.revision,
        event.hash,
        prev,
        event.recordedAt.getTime(),
      ]);
      if (links.length >= SEAL_BLOCK) break;
    }
    if (links.length === 0) return sealed;
    const next = toSealBlock(seq + 1, links);
    try {
      await source.gateway.append(
        SEAL_STREAM,
        [{ id: randomUUID(), type: SEAL_TYPE, data: next as unknown as Record<string, unknown>, metadata: {} }],
        revision === -1 ? 'no_stream' : revision,
      );
    } catch (error) {
      if (error instanceof EsdbWrongExpectedVersion) return sealed; // another sealer is ahead
      throw error;
    }
    revision++;
    seq += links.length;
    sealed += links.length;
    lastLink = links[links.length - 1];
    after = linkCheckpoint(lastLink);
    if (links.length < SEAL_BLOCK) return sealed;
  }
}
