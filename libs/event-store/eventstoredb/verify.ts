import { sealHash } from '../hash-chain.js';
import { compareCheckpoints, type LogCheckpoint, type VerifyProgress, type VerifyResult } from '../event-store.port.js';
import { toCheckpoint } from './mapping/checkpoints.js';
import { envelopeOf, recomputeHash } from './mapping/envelope.js';
import { NOT_SYSTEM } from './mapping/filters.js';
import { SEAL_STREAM, linkCheckpoint, parseSealBlock, type SealLink } from './mapping/seal-blocks.js';
import { readSealHead, type SealSource } from './seal.js';

type Broken = NonNullable<VerifyResult['firstBroken']>;

const PROGRESS_EVERY = 1000;

/**
 * One pass over `$all` in order: each event against its stream predecessor (revision + 1, the
 * predecessor's hash, its own recomputed hash), and, in lockstep, the seal chain against the
 * sealed prefix of the log. The answer is the earliest break in log order. Memory: one entry
 * (revision and hash) per stream seen, ~150 bytes (see docs/scaling.md).
 */
export async function verifyLog(source: SealSource, onProgress?: (p: VerifyProgress) => void): Promise<VerifyResult> {
  const sealHead = await readSealHead(source.gateway).catch(() => ({ revision: -1, block: null }));
  const sealedTotal = sealHead.block ? sealHead.block.first + sealHead.block.links.length - 1 : 0;
  const links = sealLinks(source);
  const heads = new Map<string, { revision: number; hash: string }>();
  const brokenStreams = new Set<string>();
  let first: { broken: Broken; at: LogCheckpoint } | null = null;
  const note = (broken: Broken, at: LogCheckpoint) => {
    if (!first || compareCheckpoints(at, first.at) < 0) first = { broken, at };
  };
  let checked = 0;
  let sealsDone = false;
  let prevSeal: string | null = null;
  let expectedSeq = 1;
  const progress = () => onProgress?.({ checked, total: Math.max(sealedTotal, checked) });

  for await (const raw of source.scanRaw(undefined, { on: 'streamName', regex: NOT_SYSTEM })) {
    checked++;
    const at = toCheckpoint(raw.position);
    const named = (reason: Broken['reason']): Broken => ({
      position: raw.position.prepare,
      streamId: raw.streamId,
      revision: raw.revision,
      reason,
    });
    const envelope = envelopeOf(raw.metadata);
    if (!brokenStreams.has(raw.streamId)) {
      const prev = heads.get(raw.streamId);
      let reason: Broken['reason'] | null = null;
      if (!envelope) reason = 'event_hash';
      else if (
        prev
          ? raw.revision !== prev.revision + 1 || envelope.prevHash !== prev.hash
          : raw.revision !== 0 || envelope.prevHash !== null
      )
        reason = 'stream_link';
      else if (recomputeHash(raw, envelope) !== envelope.hash) reason = 'event_hash';
      if (reason) {
        brokenStreams.add(raw.streamId);
        heads.delete(raw.streamId);
        note(named(reason), at);
      } else heads.set(raw.streamId, { revision: raw.revision, hash: (envelope as { hash: string }).hash });
    }
    if (envelope && !sealsDone) {
      const next = await links.next();
      if (next.done) sealsDone = true;
      else if (next.value === null) {
        note(named('seal_link'), at); // an unreadable seal block
        sealsDone = true;
      } else {
        const { seq, link } = next.value;
        if (seq === expectedSeq && compareCheckpoints(linkCheckpoint(link), at) === 0) {
          if (sealHash(prevSeal, envelope.hash, raw.position.prepare) !== link[5]) {
            note(named('seal_link'), at);
            sealsDone = true;
          } else {
            prevSeal = link[5];
            expectedSeq++;
          }
        } else {
          if (compareCheckpoints(linkCheckpoint(link), at) < 0)
            note(fromLink(link, 'seal_link'), linkCheckpoint(link)); // the sealed event is gone
          else note(named('order'), at); // a missing link, links out of order, or an event slipped in
          sealsDone = true;
        }
      }
    }
    if (checked % PROGRESS_EVERY === 0) progress();
  }
  if (!sealsDone) {
    // Links left over name events that are no longer in the log.
    const next = await links.next();
    if (!next.done && next.value) note(fromLink(next.value.link, 'seal_link'), linkCheckpoint(next.value.link));
  }
  await links.return(undefined);
  progress();
  const found = first as { broken: Broken } | null;
  return {
    ok: found === null,
    checked,
    headHash: sealHead.block ? sealHead.block.links[sealHead.block.links.length - 1][5] : null,
    firstBroken: found?.broken ?? null,
  };
}

function fromLink(link: SealLink, reason: Broken['reason']): Broken {
  return { position: link[1], streamId: link[2], revision: link[3], reason };
}

/** Every seal link in chain order with its sequence number; null for a block that does not parse. */
async function* sealLinks(source: SealSource): AsyncGenerator<{ seq: number; link: SealLink } | null> {
  let revision = 0;
  for (;;) {
    const page = await source.gateway.readStream(SEAL_STREAM, {
      direction: 'forwards',
      fromRevision: revision,
      maxCount: 20,
    });
    for (const entry of page) {
      const block = parseSealBlock(entry.data);
      if (!block) {
        yield null;
        return;
      }
      for (let i = 0; i < block.links.length; i++) yield { seq: block.first + i, link: block.links[i] };
    }
    if (page.length < 20) return;
    revision = page[page.length - 1].revision + 1;
  }
}
