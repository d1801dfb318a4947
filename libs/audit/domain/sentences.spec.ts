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

  it('says what a restatement changed: the review, old and new classification and standard, and why', () => {
    const subject = { kind: 'household', name: 'PS-0007', code: 'PS-0007' };
    const data = {
      reviewYear: 2015,
      reason: 'Kỳ rà soát 2015 áp dụng chuẩn giai đoạn 2016–2020',
      from: { standard: 'QD09_2011', classification: 'not_poor' },
      to: { standard: 'QD59_2015', classification: 'poor' },
    };
    expect(sentenceOf({ type: 'AssessmentRestated', data, subject, lookup: () => null })).toEqual({
      vi: 'Tính lại kết quả rà soát năm 2015 của hộ PS-0007 theo Quyết định 59/2015/QĐ-TTg: từ hộ không nghèo (theo Quyết định 09/2011/QĐ-TTg) thành hộ nghèo. Lý do: Kỳ rà soát 2015 áp dụng chuẩn giai đoạn 2016–2020',
      en: 'Restated the 2015 review of household PS-0007 under Decision 59/2015/QD-TTg: from not poor (under Decision 09/2011/QD-TTg) to poor. Reason: Kỳ rà soát 2015 áp dụng chuẩn giai đoạn 2016–2020',
    });
  });

  it('calls a commune by its type when it was established with one (phường Hàm Tiến)', () => {
    const stream = 'adminunit-11111111-1111-4111-8111-111111111111';
    const data = {
      kind: 'commune',
      communeType: 'phuong',
      name: 'Hàm Tiến',
      code: '22933',
      establishedOn: '2013-01-01',
    };
    const subject = evolveSubject(null, stream, 'AdministrativeUnitEstablished', data, () => null);
    expect(sentenceOf({ type: 'AdministrativeUnitEstablished', data, subject, lookup: () => null })).toEqual({
      vi: 'Thành lập phường Hàm Tiến (mã 22933) từ ngày 01/01/2013',
      en: 'Established ward Hàm Tiến (code 22933) on 01/01/2013',
    });
  });
});
