import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/common';
import type { ApiError } from '../../lib/api';
import { fmtDate, fmtVnd } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { HOUSEHOLD_STATUS_LABELS } from '../../lib/labels';
import type { TimelineItem } from './types';

const TYPE_COLORS: Record<string, string> = {
  PovertyAssessed: 'blue',
  PovertyStatusChanged: 'red',
  SupportCommitted: 'purple',
  SupportDelivered: 'green',
  SupportCommitmentFulfilled: 'green',
  SupportCommitmentCancelled: 'gray',
};

/** Income per capita against the poverty and near-poor lines, one bar per review year. */
export function IncomeChart({ assessments }: { assessments: TimelineItem[] }) {
  const { t } = useI18n();
  const option = {
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => fmtVnd(Number(v)) },
    legend: { bottom: 0 },
    grid: { left: 90, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category' as const, data: assessments.map((a) => String(a.reviewYear)) },
    yAxis: {
      type: 'value' as const,
      axisLabel: { formatter: (v: number) => new Intl.NumberFormat('vi-VN').format(v) },
    },
    series: [
      {
        name: t('Thu nhập BQ/người/tháng', 'Income per capita / month'),
        type: 'bar' as const,
        data: assessments.map((a) => Number(a.incomePerCapitaVnd)),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: t('Chuẩn nghèo', 'Poverty line'),
        type: 'line' as const,
        step: 'middle' as const,
        data: assessments.map((a) => Number(a.povertyLineVnd ?? 0) || null),
        itemStyle: { color: '#cf1322' },
      },
      {
        name: t('Chuẩn cận nghèo', 'Near-poor line'),
        type: 'line' as const,
        step: 'middle' as const,
        data: assessments.map((a) => Number(a.nearPoorLineVnd ?? 0) || null),
        itemStyle: { color: '#fa8c16' },
        lineStyle: { type: 'dashed' as const },
      },
    ],
  };
  return (
    <Card size="small" title={t('Thu nhập so với chuẩn nghèo qua các năm', 'Income against the poverty line by year')}>
      {assessments.length ? (
        <Chart
          option={option}
          height={280}
          label={t(
            'Biểu đồ thu nhập bình quân đầu người so với chuẩn nghèo',
            'Income per capita against the poverty line',
          )}
        />
      ) : (
        <Empty description={t('Chưa có kết quả rà soát', 'No assessments yet')} />
      )}
    </Card>
  );
}

/** Every event of the household's stream, newest last, in business words. */
export function HouseholdTimeline({
  items,
  loading,
  error,
}: {
  items: TimelineItem[];
  loading: boolean;
  error: ApiError | null;
}) {
  const { t, lang, label } = useI18n();
  return (
    <Card size="small" title={t('Hành trình thoát nghèo', 'Route out of poverty')} style={{ marginTop: 16 }}>
      <QueryState loading={loading} error={error}>
        {items.length ? (
          <Timeline
            items={items.map((x, i) => ({
              key: i,
              color: TYPE_COLORS[x.type] ?? 'blue',
              content: (
                <div data-testid="timeline-item">
                  <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                    {fmtDate(x.date)}
                  </Typography.Text>
                  <strong>{lang === 'vi' ? x.title : (x.titleEn ?? x.title)}</strong>
                  {typeof x.householdCode === 'string' && (
                    <Tag style={{ marginLeft: 8 }}>
                      {t('hộ trùng', 'duplicate')} {x.householdCode}
                    </Tag>
                  )}
                  {x.type === 'PovertyAssessed' && (
                    <div style={{ fontSize: 12, color: '#666' }}>
                      {t('Thu nhập', 'Income')}: {fmtVnd(Number(x.incomePerCapitaVnd))} ·{' '}
                      {label(HOUSEHOLD_STATUS_LABELS, String(x.classification))}
                    </div>
                  )}
                  {(x.type === 'SupportCommitted' || x.type === 'SupportDelivered') && (
                    <div style={{ fontSize: 12, color: '#666' }}>
                      {String(x.description ?? '')} — {fmtVnd(Number(x.valueVnd))}
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty description={t('Chưa có sự kiện', 'Nothing yet')} />
        )}
      </QueryState>
    </Card>
  );
}
