/**
 * What an event is about, as it was called when the event was recorded: "xã Phan Dũng",
 * "hộ PD-0012", "Hội Nông dân tỉnh – xã Phan Dũng". Households are named by their code only —
 * the head's name is personal data, sealed and erasable, and never enters the audit trail.
 */
export interface Subject {
  /** The word that says what it is: a unit's kind, or the stream category. */
  readonly kind: string;
  readonly name: string;
  readonly code: string;
  /** Other subjects this one's name is made of (a pairing: its organisation and unit). */
  readonly refs?: Readonly<Record<string, string>>;
}

export type SubjectLookup = (streamId: string) => Subject | null;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function pairingSubject(
  prev: Subject | null,
  org: string | null,
  unit: string | null,
  lookup: SubjectLookup,
): Subject | null {
  const refs = { org: org ?? prev?.refs?.org ?? '', unit: unit ?? prev?.refs?.unit ?? '' };
  if (!refs.org && !refs.unit) return prev;
  const orgName = lookup(`organization-${refs.org}`)?.name ?? '?';
  const unitName = lookup(`adminunit-${refs.unit}`)?.name ?? '?';
  return { kind: 'pairing', name: `${orgName} – ${unitName}`, code: '', refs };
}

/**
 * The subject after `type` was applied to it. Events that name a thing (established, registered,
 * renamed, proposed) set it; the rest keep it. Malformed data keeps what was known.
 */
export function evolveSubject(
  prev: Subject | null,
  streamId: string,
  type: string,
  data: Readonly<Record<string, unknown>>,
  lookup: SubjectLookup,
): Subject | null {
  const category = streamId.slice(0, streamId.indexOf('-'));
  const id = streamId.slice(streamId.indexOf('-') + 1);
  switch (category) {
    case 'adminunit':
      if (type === 'AdministrativeUnitEstablished')
        // A commune established with its type is called so: "phường Hàm Tiến", "thị trấn Liên Hương".
        return {
          kind: (data.kind === 'commune' ? str(data.communeType) : null) ?? str(data.kind) ?? 'unit',
          name: str(data.name) ?? '?',
          code: str(data.code) ?? '',
        };
      if (type === 'AdministrativeUnitRenamed' && prev) return { ...prev, name: str(data.name) ?? prev.name };
      return prev;
    case 'organization':
      if (type === 'OrganizationRegistered')
        return { kind: 'organization', name: str(data.name) ?? '?', code: str(data.shortName) ?? '' };
      if (type === 'OrganizationRenamed' && prev) return { ...prev, name: str(data.name) ?? prev.name };
      return prev;
    case 'pairing':
      if (type === 'PairingEstablished')
        return pairingSubject(null, str(data.organizationId), str(data.adminUnitId), lookup);
      if (type === 'PairingHandedOver') return pairingSubject(prev, str(data.toOrganizationId), null, lookup);
      if (type === 'PairingTransferred') return pairingSubject(prev, null, str(data.toAdminUnitId), lookup);
      return prev;
    case 'project':
      return type === 'ProjectProposed' ? { kind: 'project', name: str(data.title) ?? '?', code: '' } : prev;
    case 'household':
      return type === 'HouseholdRegistered'
        ? { kind: 'household', name: str(data.code) ?? '?', code: str(data.code) ?? '' }
        : prev;
    case 'householdcount':
      return (
        prev ?? {
          kind: 'householdcount',
          name: lookup(`adminunit-${id}`)?.name ?? '?',
          code: lookup(`adminunit-${id}`)?.code ?? '',
        }
      );
    case 'pairingslot':
      return lookup(`pairing-${str(data.pairingId) ?? ''}`) ?? prev ?? { kind: 'pairingslot', name: '?', code: '' };
    case 'user':
      return type === 'UserCreated' ? { kind: 'user', name: str(data.username) ?? '?', code: '' } : prev;
    case 'report':
      return prev ?? { kind: 'report', name: id, code: '' };
    case 'import':
      return type === 'SpreadsheetImportStarted'
        ? { kind: 'import', name: str(data.fileName) ?? '?', code: str(data.fileSha256)?.slice(0, 12) ?? '' }
        : prev;
    default:
      return prev;
  }
}

/** A subject's words before its name, per language ("xã", "commune"). */
export const KIND_WORDS: Readonly<Record<string, { vi: string; en: string }>> = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  xa: { vi: 'xã', en: 'commune' },
  phuong: { vi: 'phường', en: 'ward' },
  thi_tran: { vi: 'thị trấn', en: 'township' },
  village: { vi: 'thôn', en: 'village' },
  unit: { vi: 'đơn vị hành chính', en: 'administrative unit' },
  organization: { vi: '', en: '' },
  pairing: { vi: 'cặp kết nghĩa', en: 'pairing' },
  pairingslot: { vi: 'cặp kết nghĩa', en: 'pairing' },
  project: { vi: 'công trình', en: 'project' },
  household: { vi: 'hộ', en: 'household' },
  householdcount: { vi: 'số hộ của xã', en: 'household count of' },
  user: { vi: 'người dùng', en: 'user' },
  report: { vi: 'báo cáo năm', en: 'annual report' },
  import: { vi: 'tệp Excel', en: 'the spreadsheet' },
};

export function subjectLabel(s: Subject | null, lang: 'vi' | 'en'): string {
  if (!s) return '?';
  const word = KIND_WORDS[s.kind]?.[lang] ?? '';
  return word ? `${word} ${s.name}` : s.name;
}
