import type { ReactNode } from 'react';
import {
  Alert,
  DatePicker,
  Empty,
  InputNumber,
  Result,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  type DatePickerProps,
  type InputNumberProps,
  type SelectProps,
} from 'antd';
import { isMissingRoute, useAll, type ApiError, type Schemas } from '../lib/api';
import { DATE_FORMAT, today } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { UNIT_KIND_LABELS, type LabelTable } from '../lib/labels';
import { useProblemText } from './CommandForm';

export type AdminUnit = Schemas['AdminUnit'];

export type Organization = Schemas['Organization'];

export function useUnits() {
  return useAll<AdminUnit>('/api/admin-units');
}

export function useOrganizations() {
  return useAll<Organization>('/api/organizations');
}

/** id → display name lookups for units and organisations. */
export function useNames() {
  const units = useUnits();
  const orgs = useOrganizations();
  const unitById = new Map((units.data?.items ?? []).map((u) => [u.id, u]));
  const orgById = new Map((orgs.data?.items ?? []).map((o) => [o.id, o]));
  return {
    units: units.data?.items ?? [],
    orgs: orgs.data?.items ?? [],
    unitById,
    orgById,
    unitName: (id: string | null | undefined) => (id ? (unitById.get(id)?.name ?? id.slice(0, 8)) : '—'),
    orgName: (id: string | null | undefined) => (id ? (orgById.get(id)?.name ?? id.slice(0, 8)) : '—'),
  };
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        flexWrap: 'wrap',
        marginBottom: 16,
      }}
    >
      <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
        {children}
      </Typography.Title>
      {extra && <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{extra}</div>}
    </div>
  );
}

/** Loading, error and "not available yet" states of a query; renders children once there is data. */
export function QueryState({
  loading,
  error,
  children,
  what,
}: {
  loading: boolean;
  error: ApiError | null;
  children: ReactNode;
  what?: string;
}) {
  const { t } = useI18n();
  const text = useProblemText();
  if (loading) return <Skeleton active aria-busy="true" aria-label={t('Đang tải', 'Loading')} />;
  if (isMissingRoute(error)) {
    return (
      <Result
        status="info"
        title={t('Chức năng chưa sẵn sàng', 'Not available yet')}
        subTitle={what ?? t('Máy chủ chưa cung cấp dữ liệu này.', 'The server does not provide this yet.')}
      />
    );
  }
  if (error?.status === 403)
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('Bạn không có quyền xem dữ liệu này', 'You may not see this')}
      />
    );
  if (error) return <Alert type="error" showIcon role="alert" title={text(error)} />;
  return <>{children}</>;
}

export function EmptyState({ text }: { text: string }) {
  return <Empty description={text} />;
}

/** A VND amount with thousands separators (vi-VN) and no decimals. */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      step={1000}
      precision={0}
      style={{ width: '100%' }}
      suffix="₫"
      formatter={(v) =>
        v === undefined || v === null || `${v}` === '' ? '' : new Intl.NumberFormat('vi-VN').format(Number(v))
      }
      parser={(v) => Number((v ?? '').replace(/[^\d]/g, '') || 0)}
      {...props}
    />
  );
}

/** dd/MM/yyyy date picker; `past` forbids future dates. */
export function DateInput({ past, ...props }: DatePickerProps & { past?: boolean }) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      style={{ width: '100%' }}
      disabledDate={past ? (d) => d.isAfter(today(), 'day') : undefined}
      {...props}
    />
  );
}

type Opt = { value: string; label: string };

export function UnitSelect({
  kinds,
  activeOnly = true,
  ...props
}: SelectProps & { kinds?: string[]; activeOnly?: boolean }) {
  const { label } = useI18n();
  const units = useUnits();
  const options: Opt[] = (units.data?.items ?? [])
    .filter((u) => (!kinds || kinds.includes(u.kind)) && (!activeOnly || u.status === 'active'))
    .map((u) => ({
      value: u.id,
      label: `${u.name} (${label(UNIT_KIND_LABELS, u.kind)}${u.code ? ` · ${u.code}` : ''})`,
    }));
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={units.isLoading}
      options={options}
      allowClear
      {...props}
    />
  );
}

export type Boundaries = 'then' | 'today';

/**
 * Địa giới: figures of a year under the units of that year (theo thời điểm, the default) or
 * re-based to today's units (hiện nay) — the API's `boundaries`.
 */
export function BoundariesSelect({
  value,
  onChange,
  disabled,
  title,
}: {
  value: Boundaries;
  onChange: (v: Boundaries) => void;
  disabled?: boolean;
  title?: string;
}) {
  const { t } = useI18n();
  return (
    <Space size={4} title={title}>
      <span id="boundaries-label">{t('Địa giới:', 'Boundaries:')}</span>
      <Segmented<Boundaries>
        aria-labelledby="boundaries-label"
        data-testid="boundaries"
        size="small"
        value={value}
        onChange={onChange}
        disabled={disabled}
        options={[
          { value: 'then', label: t('theo thời điểm', 'as they were') },
          { value: 'today', label: t('hiện nay', 'today') },
        ]}
      />
    </Space>
  );
}

export function OrgSelect({
  activeOnly = true,
  exclude = [],
  ...props
}: SelectProps & { activeOnly?: boolean; exclude?: readonly string[] }) {
  const orgs = useOrganizations();
  const options: Opt[] = (orgs.data?.items ?? [])
    .filter((o) => (!activeOnly || o.status === 'active') && !exclude.includes(o.id))
    .map((o) => ({ value: o.id, label: o.name }));
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={orgs.isLoading}
      options={options}
      allowClear
      {...props}
    />
  );
}

/** Options for a Select from a labels table. */
export function useOptions() {
  const { label } = useI18n();
  return (table: LabelTable) => Object.keys(table).map((value) => ({ value, label: label(table, value) }));
}

const STATUS_COLORS: Record<string, string> = {
  active: 'green',
  merged: 'orange',
  dissolved: 'default',
  ended: 'default',
  proposed: 'blue',
  approved: 'cyan',
  in_progress: 'gold',
  completed: 'green',
  handed_over: 'purple',
  cancelled: 'default',
  poor: 'red',
  near_poor: 'orange',
  average_living: 'blue',
  not_poor: 'green',
  unassessed: 'default',
  open: 'blue',
  overdue: 'red',
  fulfilled: 'green',
};

export function StatusTag({ value, table }: { value: string | null | undefined; table: LabelTable }) {
  const { label } = useI18n();
  if (!value) return null;
  return <Tag color={STATUS_COLORS[value] ?? 'default'}>{label(table, value)}</Tag>;
}

/** Pretty JSON for event data and entity snapshots. */
export function Json({ value }: { value: unknown }) {
  return (
    <pre
      style={{
        margin: 0,
        maxHeight: 320,
        overflow: 'auto',
        fontSize: 12,
        background: '#fafafa',
        padding: 8,
        borderRadius: 6,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
