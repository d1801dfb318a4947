import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENTENCES, sentenceOf } from './sentences.js';
import { evolveSubject, type Subject } from './subjects.js';

/** Every non-test TypeScript file under libs/. */
function sources(dir = 'libs'): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(p)
      ? [{ path: p, text: readFileSync(p, 'utf8') }]
      : [];
  });
}

/**
 * The event types the code defines, read from the code: the members of every `export type
 * …Event = A | B | Message<'C', …>` union (resolving aliases to their `Message<'Type'>`), and
 * the types the user audit records (`record(id, { type: 'UserX', … })`).
 */
function eventTypesInCode(): Set<string> {
  const files = sources();
  const aliases = new Map<string, string[]>();
  for (const { text } of files) {
    for (const m of text.matchAll(/export type (\w+)\s*=\s*([\s\S]*?);\s*\n/g)) {
      const literals = [...m[2].matchAll(/Message<\s*'(\w+)'/g)].map((x) => x[1]);
      const refs = m[2].replace(/Message<[\s\S]*?>/g, '').match(/\b[A-Z]\w+\b/g) ?? [];
      aliases.set(m[1], [...literals.map((l) => `'${l}`), ...refs]);
    }
  }
  const resolve = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    return (aliases.get(name) ?? []).flatMap((x) => (x.startsWith("'") ? [x.slice(1)] : resolve(x, seen)));
  };
  const types = new Set<string>();
  for (const name of aliases.keys()) if (/Event$/.test(name)) resolve(name).forEach((t) => types.add(t));
  for (const { text } of files) for (const m of text.matchAll(/\.record\([^{]*\{\s*type:\s*'(\w+)'/g)) types.add(m[1]);
  return types;
}

describe('audit sentences', () => {
  const types = eventTypesInCode();

  it('finds the event types of every context in the code (the scan itself works)', () => {
    for (const t of [
      'AdministrativeUnitEstablished',
      'OrganizationRegistered',
      'VisitConducted',
      'ProjectProposed',
      'HouseholdRegistered',
      'HouseholdCountRecorded',
      'ReportIssued',
      'PairingSlotClaimed',
      'UserCreated',
      'UserScopeChanged',
    ]) {
      expect(types).toContain(t);
    }
    expect([...types].some((t) => /^(Register|Record|Claim|Assess)[A-Z]/.test(t))).toBe(false);
  });

  it('has a Vietnamese and an English sentence for every event type in the code', () => {
    const missing = [...types]
      .filter((t) => !Object.hasOwn(SENTENCES, t) || !SENTENCES[t].vi || !SENTENCES[t].en)
      .sort();
    expect(missing).toEqual([]);
  });

  it('has no sentence for a type the code no longer defines', () => {
    expect(
      Object.keys(SENTENCES)
        .filter((t) => !types.has(t))
        .sort(),
    ).toEqual([]);
  });

  it('names a unit as it was called when the event happened', () => {
    const subjects = new Map<string, Subject | null>();
    const lookup = (id: string) => subjects.get(id) ?? null;
    const stream = 'adminunit-11111111-1111-4111-8111-111111111111';
    const apply = (type: string, data: Record<string, unknown>) => {
      const before = lookup(stream);
      subjects.set(stream, evolveSubject(before, stream, type, data, lookup));
      return sentenceOf({ type, data, subject: before ?? lookup(stream), lookup });
    };
    expect(
      apply('AdministrativeUnitEstablished', {
        kind: 'commune',
        name: 'Phan Dũng',
        code: '22912',
        establishedOn: '2013-01-01',
      }).vi,
    ).toBe('Thành lập xã Phan Dũng (mã 22912) từ ngày 01/01/2013');
    expect(apply('AdministrativeUnitRenamed', { name: 'Phan Dũng Mới', effectiveOn: '2020-02-01' })).toEqual({
      vi: 'Đổi tên xã Phan Dũng thành "Phan Dũng Mới" từ ngày 01/02/2020',
      en: 'Renamed commune Phan Dũng to "Phan Dũng Mới" from 01/02/2020',
    });
    expect(apply('AdministrativeUnitDissolved', { dissolvedOn: '2025-07-01' }).vi).toBe(
      'Giải thể xã Phan Dũng Mới từ ngày 01/07/2025',
    );
  });

  it('names a household by its code, never by its head (personal data has no placeholder)', () => {
    const stream = 'household-22222222-2222-4222-8222-222222222222';
    const data = { code: 'PD-0012', communeId: 'x', head: { fullName: 'Nguyễn Văn A' } };
    const subject = evolveSubject(null, stream, 'HouseholdRegistered', data, () => null);
    const s = sentenceOf({ type: 'HouseholdRegistered', data, subject, lookup: () => null });
    expect(s.vi).toContain('hộ PD-0012');
    for (const template of Object.values(SENTENCES))
      expect(`${template.vi} ${template.en}`).not.toMatch(
        /\{\w*:?(head|individualName|sponsorName|displayName|fullName)\}/,
      );
  });
});
