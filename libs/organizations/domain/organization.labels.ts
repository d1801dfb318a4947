import { streamName } from '@kn/shared';

export const ORGANIZATION_CATEGORY = 'organization';

export function organizationStream(organizationId: string): string {
  return streamName(ORGANIZATION_CATEGORY, organizationId);
}

export const ORGANIZATION_KINDS = [
  'fatherland_front',
  'mass_organization',
  'police',
  'military',
  'border_guard',
  'department',
  'enterprise',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_STATUSES = ['active', 'merged', 'dissolved'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

export interface OrganizationLabel {
  readonly vi: string;
  readonly en: string;
}

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, OrganizationLabel>> = {
  fatherland_front: { vi: 'Ủy ban MTTQ', en: 'Fatherland Front Committee' },
  mass_organization: { vi: 'Đoàn thể chính trị - xã hội', en: 'Socio-political mass organisation' },
  police: { vi: 'Công an', en: 'Police' },
  military: { vi: 'Quân sự', en: 'Military' },
  border_guard: { vi: 'Bộ đội Biên phòng', en: 'Border Guard' },
  department: { vi: 'Sở, ban, ngành', en: 'Department or agency' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  other: { vi: 'Khác', en: 'Other' },
};

export const ORGANIZATION_STATUS_LABELS: Readonly<Record<OrganizationStatus, OrganizationLabel>> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  merged: { vi: 'Đã hợp nhất', en: 'Merged' },
  dissolved: { vi: 'Đã giải thể', en: 'Dissolved' },
};
