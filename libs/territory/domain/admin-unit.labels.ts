import type { IsoDate } from '@kn/shared';
import { streamName } from '@kn/shared';

export const ADMIN_UNIT_CATEGORY = 'adminunit';

export function adminUnitStream(unitId: string): string {
  return streamName(ADMIN_UNIT_CATEGORY, unitId);
}

/** Ordered from the top of the hierarchy down; the order is the rank used for parent checks. */
export const ADMIN_UNIT_KINDS = ['province', 'district', 'commune', 'village'] as const;
export type AdminUnitKind = (typeof ADMIN_UNIT_KINDS)[number];

export const CLASSIFICATIONS = [
  'ethnic_minority_commune',
  'mixed_village',
  'extremely_difficult',
  'region_I',
  'region_II',
  'region_III',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * The types of a commune-level unit (Luật Tổ chức chính quyền địa phương 2015, Điều 2): xã in the
 * countryside, phường in a city or town, thị trấn the seat of a rural district. Optional on a
 * commune: units recorded before it was known have none.
 */
export const COMMUNE_TYPES = ['xa', 'phuong', 'thi_tran'] as const;
export type CommuneType = (typeof COMMUNE_TYPES)[number];

/** Xã are rural; phường and thị trấn are urban (the area a household's poverty line is read for). */
export function isUrbanCommuneType(type: CommuneType): boolean {
  return type !== 'xa';
}

export const ADMIN_UNIT_STATUSES = ['active', 'merged', 'dissolved'] as const;
export type AdminUnitStatus = (typeof ADMIN_UNIT_STATUSES)[number];

export interface Label {
  readonly vi: string;
  readonly en: string;
}

export const ADMIN_UNIT_KIND_LABELS: Readonly<Record<AdminUnitKind, Label>> = {
  province: { vi: 'Tỉnh', en: 'Province' },
  district: { vi: 'Huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
  village: { vi: 'Thôn', en: 'Village' },
};

export const CLASSIFICATION_LABELS: Readonly<Record<Classification, Label>> = {
  ethnic_minority_commune: { vi: 'Xã thuần đồng bào DTTS', en: 'Ethnic-minority commune' },
  mixed_village: { vi: 'Thôn xen ghép', en: 'Mixed village' },
  extremely_difficult: { vi: 'Đặc biệt khó khăn (ĐBKK)', en: 'Extremely difficult' },
  region_I: { vi: 'Khu vực I', en: 'Region I' },
  region_II: { vi: 'Khu vực II', en: 'Region II' },
  region_III: { vi: 'Khu vực III', en: 'Region III' },
};

export const COMMUNE_TYPE_LABELS: Readonly<Record<CommuneType, Label>> = {
  xa: { vi: 'Xã', en: 'Rural commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  thi_tran: { vi: 'Thị trấn', en: 'Township' },
};

export const ADMIN_UNIT_STATUS_LABELS: Readonly<Record<AdminUnitStatus, Label>> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  merged: { vi: 'Đã sáp nhập', en: 'Merged' },
  dissolved: { vi: 'Đã giải thể', en: 'Dissolved' },
};

/** The two-tier local government reform: from this date Vietnam has no districts. */
export const DISTRICTS_ABOLISHED_ON: IsoDate = '2025-07-01';

/** True when `parent` sits above `child` in the hierarchy (a commune may hang under a province directly). */
export function isHigherKind(parent: AdminUnitKind, child: AdminUnitKind): boolean {
  return ADMIN_UNIT_KINDS.indexOf(parent) < ADMIN_UNIT_KINDS.indexOf(child);
}

/** A set kept in the canonical order of CLASSIFICATIONS, so equal sets compare equal. */
export function classificationSet(values: Iterable<Classification>): readonly Classification[] {
  const wanted = new Set(values);
  return CLASSIFICATIONS.filter((c) => wanted.has(c));
}
