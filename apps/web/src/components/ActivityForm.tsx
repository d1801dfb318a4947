import { Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { CommandForm } from './CommandForm';
import { ActivityKindFields, ResourceFields } from './ActivityKindFields';
import { DateInput, OrgSelect, UnitSelect, useOptions } from './common';
import { useApi, type Page } from '../lib/api';
import { compact, datesToIso } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ACTIVITY_KIND_LABELS, INITIATOR_LABELS } from '../lib/labels';

/** The current record of an activity, as the activity list returns it. */
export interface ActivityRecord {
  kind: string;
  occurredOn: string;
  initiator: string;
  locationAdminUnitId: string | null;
  locationName: string | null;
  participants: { organizationMembers: number; residents: number };
  summary: string;
  resources: { type: string; valueVnd: number; source: string }[];
  beneficiaryHouseholdIds: string[];
  /** Organisations that organised it together with the pairing's (each is credited). */
  coOrganizerIds?: string[];
  items?: { name: string; quantity: number; unit: string; valueVnd: number }[];
  recipient?: string;
  exchangeKind?: string;
  topics?: string[];
  nights?: number;
  hostHouseholdIds?: string[];
  destination?: string;
  modelsStudied?: string[];
  labourDays?: number;
  [k: string]: unknown;
}

type Values = Record<string, unknown> & { locationMode?: 'unit' | 'named' };

const KIND_FIELDS: Record<string, string[]> = {
  visit: [],
  gift: ['items', 'recipient'],
  exchange: ['exchangeKind'],
  outreach: ['topics'],
  immersion_stay: ['nights', 'hostHouseholdIds'],
  study_tour: ['destination', 'modelsStudied'],
  volunteer_work: ['labourDays'],
};
const COMMON = [
  'occurredOn',
  'initiator',
  'locationAdminUnitId',
  'locationName',
  'participants',
  'summary',
  'resources',
  'beneficiaryHouseholdIds',
  'coOrganizerIds',
];

/** Form values → the activity body of API.md (only the fields of its kind). */
function toRecord(v: Values): Record<string, unknown> {
  const d = datesToIso(v) as Values;
  const kind = d.kind as string;
  const out: Record<string, unknown> = { kind };
  for (const f of [...COMMON, ...KIND_FIELDS[kind]]) if (d[f] !== undefined) out[f] = d[f];
  if (d.locationMode === 'named') {
    out.locationAdminUnitId = null;
  } else {
    out.locationName = null;
  }
  out.participants = {
    organizationMembers: Number((d.participants as Record<string, unknown> | undefined)?.organizationMembers ?? 0),
    residents: Number((d.participants as Record<string, unknown> | undefined)?.residents ?? 0),
  };
  out.resources = ((d.resources as unknown[]) ?? []).filter(Boolean);
  out.beneficiaryHouseholdIds = (d.beneficiaryHouseholdIds as string[] | undefined) ?? [];
  out.coOrganizerIds = (d.coOrganizerIds as string[] | undefined) ?? [];
  if (kind === 'immersion_stay') out.hostHouseholdIds = (d.hostHouseholdIds as string[] | undefined) ?? [];
  if (kind === 'study_tour') out.modelsStudied = (d.modelsStudied as string[] | undefined) ?? [];
  return out;
}

function fromRecord(r: ActivityRecord): Values {
  return {
    ...r,
    occurredOn: r.occurredOn ? dayjs(r.occurredOn) : undefined,
    locationMode: r.locationName ? 'named' : 'unit',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface ActivityFormProps {
  open: boolean;
  onClose(): void;
  pairingId: string;
  adminUnitId: string;
  /** The pairing's organisation: not offered as its own co-organiser. */
  organizationId?: string;
  /** Correcting an existing record (only changed fields are sent, with a reason). */
  correcting?: { activityId: string; record: ActivityRecord } | null;
  revision?: number | null;
  /** A commune officer records commune-initiated activities only. */
  initiatorFixed?: 'commune' | null;
}

/** Record (or correct) one activity of a pairing, with the fields of its kind. */
export function ActivityForm({
  open,
  onClose,
  pairingId,
  adminUnitId,
  organizationId,
  correcting,
  revision,
  initiatorFixed,
}: ActivityFormProps) {
  const { t } = useI18n();
  const opts = useOptions();
  const households = useApi<Page<{ id: string; code: string; head?: unknown }>>(
    open ? `/api/households?communeId=${adminUnitId}&limit=200` : null,
    { retry: false },
  );
  const hhOptions = (households.data?.items ?? []).map((h) => ({ value: h.id, label: h.code }));
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  const editing = !!correcting;
  const initial: Values = correcting
    ? fromRecord(correcting.record)
    : {
        kind: 'visit',
        initiator: initiatorFixed ?? 'organization',
        locationMode: 'unit',
        locationAdminUnitId: adminUnitId,
        participants: { organizationMembers: 0, residents: 0 },
        resources: [],
        items: [{}],
      };

  return (
    <CommandForm<Values>
      title={editing ? t('Đính chính hoạt động', 'Correct an activity') : t('Ghi nhận hoạt động', 'Record an activity')}
      open={open}
      onClose={onClose}
      width={760}
      path={
        editing
          ? `/api/pairings/${pairingId}/activities/${correcting!.activityId}/corrections`
          : `/api/pairings/${pairingId}/activities`
      }
      ifMatch={editing ? revision : undefined}
      offline={
        editing
          ? undefined
          : {
              title: (b) => `${t('Ghi nhận hoạt động', 'Record an activity')} — ${String(b.occurredOn ?? '')}`,
              resource: `/api/pairings/${pairingId}`,
            }
      }
      initialValues={initial}
      submitText={editing ? t('Đính chính', 'Correct') : t('Ghi nhận', 'Record')}
      successText={
        editing ? t('Đã đính chính hoạt động', 'Activity corrected') : t('Đã ghi nhận hoạt động', 'Activity recorded')
      }
      toBody={(v) => {
        const rec = toRecord(v);
        if (!editing) return compact(rec);
        const before = toRecord(fromRecord(correcting!.record));
        const changes = Object.fromEntries(Object.entries(rec).filter(([k, x]) => k !== 'kind' && !same(x, before[k])));
        return { changes, reason: v.reason };
      }}
    >
      {(form) => (
        <>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item label={t('Loại hoạt động', 'Activity kind')} name="kind" rules={[req]}>
                <Select options={opts(ACTIVITY_KIND_LABELS)} disabled={editing} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('Ngày diễn ra', 'Occurred on')} name="occurredOn" rules={[req]}>
                <DateInput past />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('Bên chủ động', 'Initiated by')} name="initiator" rules={[req]}>
            <Radio.Group options={opts(INITIATOR_LABELS)} disabled={!!initiatorFixed} />
          </Form.Item>
          <Form.Item label={t('Địa điểm', 'Location')} name="locationMode">
            <Radio.Group
              options={[
                { value: 'unit', label: t('Đơn vị hành chính', 'An administrative unit') },
                { value: 'named', label: t('Nơi khác (ghi tên)', 'Elsewhere (name it)') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.locationMode !== b.locationMode}>
            {() =>
              form.getFieldValue('locationMode') === 'named' ? (
                <Form.Item label={t('Tên địa điểm', 'Place name')} name="locationName" rules={[req]}>
                  <Input />
                </Form.Item>
              ) : (
                <Form.Item
                  label={t('Đơn vị hành chính nơi diễn ra', 'Unit where it took place')}
                  name="locationAdminUnitId"
                  rules={[req]}
                >
                  <UnitSelect kinds={['commune', 'village', 'district', 'province']} activeOnly={false} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Row gutter={12}>
            <Col xs={12}>
              <Form.Item
                label={t('Số cán bộ, hội viên tham gia', 'Organisation members')}
                name={['participants', 'organizationMembers']}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item label={t('Số người dân tham gia', 'Residents')} name={['participants', 'residents']}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('Nội dung tóm tắt', 'Summary')} name="summary" rules={[req]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            label={t('Tổ chức cùng phối hợp tổ chức', 'Co-organising organisations')}
            name="coOrganizerIds"
            extra={t('Mỗi tổ chức được tính hoạt động này', 'Each is credited with the activity')}
          >
            <OrgSelect mode="multiple" data-testid="co-organizers" exclude={organizationId ? [organizationId] : []} />
          </Form.Item>

          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() => <ActivityKindFields kind={form.getFieldValue('kind')} hhOptions={hhOptions} />}
          </Form.Item>

          <ResourceFields />
          <Form.Item label={t('Hộ được hưởng lợi', 'Beneficiary households')} name="beneficiaryHouseholdIds">
            <Select
              mode="multiple"
              options={hhOptions}
              showSearch={{ optionFilterProp: 'label' }}
              notFoundContent={t('Chưa có hộ trong xã', 'No households in the commune')}
            />
          </Form.Item>
          {editing && (
            <Form.Item label={t('Lý do đính chính', 'Reason for the correction')} name="reason" rules={[req]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
          <Space />
        </>
      )}
    </CommandForm>
  );
}
