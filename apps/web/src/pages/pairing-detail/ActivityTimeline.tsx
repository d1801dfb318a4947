import { Button, Card, Empty, Pagination, Select, Space, Switch, Tag, Timeline, Typography } from 'antd';
import type { ActivityRecord } from '../../components/ActivityForm';
import { QueryState, useNames } from '../../components/common';
import type { ApiError, Schemas } from '../../lib/api';
import { fmtDate, fmtNumber, fmtVnd } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  ACTIVITY_KIND_LABELS,
  EXCHANGE_KIND_LABELS,
  FUND_SOURCE_LABELS,
  INITIATOR_LABELS,
  OUTREACH_TOPIC_LABELS,
  RECIPIENT_LABELS,
} from '../../lib/labels';

/** One row of GET /api/activities. */
export type ActivityRow = Schemas['Activity'];

export const activityIdOf = (a: ActivityRow) => a.activityId;
export const recordOf = (a: ActivityRow): ActivityRecord => a as unknown as ActivityRecord;

export const KIND_COLORS: Record<string, string> = {
  visit: 'blue',
  gift: 'magenta',
  exchange: 'purple',
  outreach: 'cyan',
  immersion_stay: 'green',
  study_tour: 'gold',
  volunteer_work: 'orange',
};

function ActivityDetails({ r }: { r: ActivityRecord }) {
  const { t, label } = useI18n();
  const names = useNames();
  const total = (r.resources ?? []).reduce((s, x) => s + (x.valueVnd ?? 0), 0);
  return (
    <div style={{ fontSize: 13 }}>
      <div>{r.summary}</div>
      <Typography.Text type="secondary">
        {t('Địa điểm', 'Where')}: {r.locationName ?? names.unitName(r.locationAdminUnitId)} ·{' '}
        {t('Tham gia', 'Participants')}: {fmtNumber(r.participants?.organizationMembers)} {t('cán bộ', 'members')},{' '}
        {fmtNumber(r.participants?.residents)} {t('người dân', 'residents')}
        {total > 0 && (
          <>
            {' '}
            · {t('Nguồn lực', 'Resources')}: {fmtVnd(total)} (
            {[...new Set(r.resources.map((x) => label(FUND_SOURCE_LABELS, x.source)))].join(', ')})
          </>
        )}
      </Typography.Text>
      {(r.coOrganizerIds ?? []).length > 0 && (
        <div data-testid="co-organizers">
          {t('Cùng tổ chức', 'Co-organised with')}:{' '}
          {(r.coOrganizerIds ?? []).map((id) => (
            <Tag key={id} color="geekblue">
              {names.orgName(id)}
            </Tag>
          ))}
        </div>
      )}
      {r.kind === 'gift' && r.items && (
        <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
          {r.items.map((i, n) => (
            <li key={n}>
              {i.name}: {fmtNumber(i.quantity)} {i.unit} — {fmtVnd(i.valueVnd)}
            </li>
          ))}
          {r.recipient && (
            <li>
              {t('Nơi nhận', 'Recipient')}: {label(RECIPIENT_LABELS, r.recipient)}
            </li>
          )}
        </ul>
      )}
      {r.kind === 'exchange' && r.exchangeKind && <div>{label(EXCHANGE_KIND_LABELS, r.exchangeKind)}</div>}
      {r.kind === 'outreach' && (
        <div>
          {(r.topics ?? []).map((x) => (
            <Tag key={x}>{label(OUTREACH_TOPIC_LABELS, x)}</Tag>
          ))}
        </div>
      )}
      {r.kind === 'immersion_stay' && (
        <div>
          {fmtNumber(r.nights)} {t('đêm', 'nights')} · {(r.hostHouseholdIds ?? []).length}{' '}
          {t('hộ đón tiếp', 'host households')}
        </div>
      )}
      {r.kind === 'study_tour' && (
        <div>
          {t('Nơi đến', 'Destination')}: {r.destination}{' '}
          {r.modelsStudied?.length ? `· ${r.modelsStudied.join(', ')}` : ''}
        </div>
      )}
      {r.kind === 'volunteer_work' && (
        <div>
          {fmtNumber(r.labourDays)} {t('ngày công', 'labour days')}
        </div>
      )}
    </div>
  );
}

interface TimelineProps {
  rows: ActivityRow[];
  loading: boolean;
  error: ApiError | null;
  showVoided: boolean;
  setShowVoided: (show: boolean) => void;
  /** Years the pairing has lived, newest first; null shows every year. */
  years: number[];
  year: number | null;
  setYear: (year: number | null) => void;
  page: number;
  pageSize: number;
  total: number;
  setPage: (page: number) => void;
  mayCorrect: boolean;
  setCorrecting: (row: ActivityRow) => void;
  setVoiding: (row: ActivityRow) => void;
}

/** The pairing's activities of a year (or all), newest first, a page at a time, with corrections and voids marked. */
export function ActivityTimeline({
  rows,
  loading,
  error,
  showVoided,
  setShowVoided,
  years,
  year,
  setYear,
  page,
  pageSize,
  total,
  setPage,
  mayCorrect,
  setCorrecting,
  setVoiding,
}: TimelineProps) {
  const { t, label } = useI18n();
  return (
    <Card
      title={t('Dòng thời gian hoạt động', 'Activity timeline')}
      size="small"
      extra={
        <Space size="middle">
          <Select<number | 'all'>
            size="small"
            aria-label={t('Năm hoạt động', 'Year of activities')}
            style={{ width: 130 }}
            virtual={false}
            value={year ?? 'all'}
            onChange={(v) => setYear(v === 'all' ? null : v)}
            options={[
              { value: 'all', label: t('Tất cả các năm', 'All years') },
              ...years.map((y) => ({ value: y, label: `${t('Năm', 'Year')} ${y}` })),
            ]}
          />
          <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <Switch size="small" checked={showVoided} onChange={setShowVoided} />
            {t('Hiện cả bản ghi đã hủy', 'Show voided')}
          </label>
        </Space>
      }
    >
      <QueryState loading={loading} error={error}>
        {rows.length === 0 ? (
          <Empty
            description={
              year
                ? t(`Không có hoạt động nào trong năm ${year}`, `No activities in ${year}`)
                : t('Chưa có hoạt động nào', 'No activities yet')
            }
          />
        ) : (
          <Timeline
            items={rows.map((a) => {
              const r = recordOf(a);
              return {
                key: activityIdOf(a),
                color: a.voided ? 'gray' : (KIND_COLORS[a.kind] ?? 'blue'),
                content: (
                  <div data-testid="activity" style={{ opacity: a.voided ? 0.6 : 1 }}>
                    <Space wrap size={4}>
                      <Typography.Text strong>{fmtDate(a.occurredOn)}</Typography.Text>
                      <Tag color={KIND_COLORS[a.kind]}>{label(ACTIVITY_KIND_LABELS, a.kind)}</Tag>
                      {a.initiator && <Tag>{label(INITIATOR_LABELS, a.initiator)}</Tag>}
                      {a.voided && (
                        <Tag color="default">
                          {t('Đã hủy', 'Voided')}
                          {a.voidReason ? `: ${a.voidReason}` : ''}
                        </Tag>
                      )}
                      {(a.correctedCount ?? 0) > 0 && (
                        <Tag color="gold">
                          {t('Đã đính chính', 'Corrected')} ×{a.correctedCount}
                        </Tag>
                      )}
                    </Space>
                    <ActivityDetails r={r} />
                    {mayCorrect && !a.voided && (
                      <Space style={{ marginTop: 4 }}>
                        <Button size="small" onClick={() => setCorrecting(a)}>
                          {t('Đính chính', 'Correct')}
                        </Button>
                        <Button size="small" danger onClick={() => setVoiding(a)}>
                          {t('Hủy bản ghi', 'Void')}
                        </Button>
                      </Space>
                    )}
                  </div>
                ),
              };
            })}
          />
        )}
        {total > pageSize && (
          <Pagination
            size="small"
            align="end"
            current={page}
            pageSize={pageSize}
            total={total}
            showSizeChanger={false}
            showTotal={(n) => `${fmtNumber(n)} ${t('hoạt động', 'activities')}`}
            onChange={setPage}
          />
        )}
      </QueryState>
    </Card>
  );
}
