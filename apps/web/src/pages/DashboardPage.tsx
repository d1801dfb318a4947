import { useEffect, useState } from 'react';
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Empty,
  InputNumber,
  List,
  Row,
  Skeleton,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { isMissingRoute, useApi, withQuery } from '../lib/api';
import { fmtInstant, fmtNumber, fmtPercent, fmtVnd } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ACTIVITY_KIND_LABELS, FUND_SOURCE_LABELS, PROJECT_STATUS_LABELS } from '../lib/labels';
import { BoundariesSelect, PageTitle, UnitSelect, useNames, useUnits, type Boundaries } from '../components/common';
import type { Coverage } from './TerritoryPage';
import { DashboardGoals, type Goals } from './DashboardGoals';
import { FigureChart, FigureScope, FigureStat } from '../components/FigureDrawer';

interface Dashboard extends Omit<Goals, 'households'> {
  year: number;
  position?: number;
  coverage: Coverage;
  activities: {
    total: number;
    byKind: Record<string, number>;
    byQuarter: (number | Record<string, number>)[];
    fourTogetherShare: number;
    communeInitiatedShare: number;
    studyTours: number;
  };
  resources: { totalVnd: number; bySource: Record<string, number> };
  projects: { byStatus: Record<string, number>; byCategory: Record<string, unknown>; completedValueVnd: number };
  households: {
    poor: number;
    nearPoor: number;
    supported: number;
    unsupported: number;
    withoutCommitment: { id: string; code: string }[];
    newlyPoor: number;
    exitedPoverty: number;
    relapsed: number;
    sustainedExits: number;
    exitsWithSupport: number;
    exitsWithoutSupport: number;
  } & Goals['households'];
  commitments: { open: number; overdue: number; fulfilled: number; cancelled: number };
  /** Every year up to the one shown (issue 17 item 6). */
  trend?: { year: number; poor: number; nearPoor: number; activities: number; resourcesVnd: number }[];
}

/** A share given as 0..1 or as a percent. */
const any = (r: Record<string, number>) => Object.values(r).some((v) => v > 0);
const pct = (v: number | undefined) => (v === undefined || v === null ? undefined : v <= 1 ? v * 100 : v);

/** Tổng quan: the program's headline figures for a year, as of any moment. */
export function DashboardPage() {
  const { t, label } = useI18n();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [yearChosen, setYearChosen] = useState(false);
  const years = useApi<{ years: number[] }>('/api/dashboard/years');
  // Open on the latest year with recorded activity (the current year may have none yet).
  useEffect(() => {
    const latest = (years.data?.years ?? []).filter((y) => y <= new Date().getFullYear()).pop();
    if (!yearChosen && latest) setYear(latest);
  }, [years.data, yearChosen]);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [communeId, setCommuneId] = useState<string | undefined>();
  const [boundaries, setBoundaries] = useState<Boundaries>('then');
  // The API's default is `then`; it is sent only when asked otherwise, so the figures' lists share the dashboard's query.
  const scope = {
    year,
    communeId,
    asOf: asOf?.toISOString(),
    boundaries: boundaries === 'today' ? boundaries : undefined,
  };
  const dash = useApi<Dashboard>(withQuery('/api/dashboard', scope));
  const missing = isMissingRoute(dash.error);
  const coverage = useApi<Coverage>(missing ? `/api/coverage?year=${year}` : null);
  const units = useUnits();
  const names = useNames();
  const d = dash.data;
  const cov = d?.coverage ?? coverage.data;
  const targetCount = (units.data?.items ?? []).filter(
    (u) => u.kind === 'commune' && u.status === 'active' && u.classifications.includes('ethnic_minority_commune'),
  ).length;

  const trend = d?.trend ?? [];
  const byKind = d?.activities.byKind ?? {};
  const bySource = d?.resources.bySource ?? {};
  const byStatus = d?.projects.byStatus ?? {};
  const quarters = (d?.activities.byQuarter ?? []).map((q) =>
    typeof q === 'number' ? q : Object.values(q).reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0),
  );

  return (
    <div>
      <PageTitle
        extra={
          <Space wrap>
            <label htmlFor="dash-year">{t('Năm', 'Year')}</label>
            <BoundariesSelect
              value={boundaries}
              onChange={(v) => {
                setBoundaries(v);
                // Under today's units a commune that has since merged has no figures of its own.
                const unit = (units.data?.items ?? []).find((u) => u.id === communeId);
                if (v === 'today' && unit && unit.status !== 'active') setCommuneId(undefined);
              }}
              disabled={missing}
            />
            <UnitSelect
              kinds={['commune']}
              activeOnly={boundaries === 'today'}
              placeholder={t('Toàn tỉnh', 'Whole province')}
              aria-label={t('Xã', 'Commune')}
              value={communeId}
              onChange={setCommuneId}
              style={{ width: 200 }}
              disabled={missing}
            />
            <InputNumber
              id="dash-year"
              min={2013}
              max={2100}
              value={year}
              onChange={(v) => {
                if (v) {
                  setYear(v);
                  setYearChosen(true);
                }
              }}
              precision={0}
            />
            <DatePicker
              showTime
              format="DD/MM/YYYY HH:mm"
              value={asOf}
              onChange={setAsOf}
              placeholder={t('Xem tại thời điểm…', 'As of…')}
              aria-label={t('Xem số liệu tại thời điểm', 'Figures as of')}
              disabled={missing}
            />
          </Space>
        }
      >
        {t('Tổng quan', 'Overview')}
      </PageTitle>
      {asOf && d && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          title={`${t('Số liệu như đã ghi nhận tại', 'Figures as recorded at')} ${fmtInstant(asOf.toISOString())}`}
        />
      )}
      {missing && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          title={t(
            'Bảng tổng hợp đầy đủ chưa sẵn sàng; đang hiển thị số liệu hiện có.',
            'The full dashboard is not available yet; showing what there is.',
          )}
        />
      )}
      {dash.isLoading ? (
        <Skeleton active />
      ) : (
        <FigureScope query={scope}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} lg={6}>
              <Card size="small">
                <FigureStat
                  path="coverage.targetCommunes"
                  title={t('Xã DTTS mục tiêu', 'Target communes')}
                  value={cov?.targetCommunes ?? targetCount}
                  formatter={(v) => fmtNumber(Number(v))}
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card size="small">
                <FigureStat
                  path="coverage.pairedCommunes"
                  title={t('Xã đã có đơn vị kết nghĩa', 'Communes paired')}
                  value={cov ? `${fmtNumber(cov.pairedCommunes)} (${fmtPercent(cov.percent)})` : '—'}
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card size="small">
                <FigureStat
                  path="activities.total"
                  title={t('Hoạt động trong năm', 'Activities this year')}
                  value={d ? fmtNumber(d.activities.total) : '—'}
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card size="small">
                <Statistic
                  title={t('Cơ quan, đơn vị tham gia', 'Organisations')}
                  value={fmtNumber(names.orgs.filter((o) => o.status === 'active').length)}
                />
              </Card>
            </Col>
          </Row>
          {d?.kpis && <DashboardGoals d={d} />}
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Hoạt động theo loại', 'Activities by kind')}>
                {d && any(byKind) ? (
                  <FigureChart
                    label={t('Biểu đồ hoạt động theo loại', 'Activities by kind chart')}
                    figureOf={({ dataIndex }) => {
                      const kind = Object.keys(byKind)[dataIndex];
                      return kind
                        ? { path: `activities.byKind.${kind}`, label: label(ACTIVITY_KIND_LABELS, kind) }
                        : null;
                    }}
                    option={{
                      tooltip: {},
                      grid: { left: 160, right: 20, top: 10, bottom: 20 },
                      xAxis: { type: 'value' },
                      yAxis: { type: 'category', data: Object.keys(byKind).map((k) => label(ACTIVITY_KIND_LABELS, k)) },
                      series: [{ type: 'bar', data: Object.values(byKind), itemStyle: { color: '#b71c1c' } }],
                    }}
                  />
                ) : (
                  <Empty description={t('Chưa có số liệu hoạt động', 'No activity figures yet')} />
                )}
                {d && (
                  <Space wrap>
                    <Tag color="green">
                      {t('Tỷ lệ “bốn cùng”', 'Four-together share')}: {fmtPercent(pct(d.activities.fourTogetherShare))}
                    </Tag>
                    <Tag color="blue">
                      {t('Xã chủ động', 'Commune-initiated')}: {fmtPercent(pct(d.activities.communeInitiatedShare))}
                    </Tag>
                    <Tag color="gold">
                      {t('Học tập mô hình', 'Study tours')}: {fmtNumber(d.activities.studyTours)}
                    </Tag>
                  </Space>
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Hoạt động theo quý', 'Activities by quarter')}>
                {quarters.some((v) => v > 0) ? (
                  <FigureChart
                    label={t('Biểu đồ hoạt động theo quý', 'Activities by quarter chart')}
                    figureOf={({ dataIndex }) => ({
                      path: `activities.byQuarter.${dataIndex}`,
                      label: `${t('Hoạt động quý', 'Activities in Q')} ${dataIndex + 1}`,
                    })}
                    option={{
                      tooltip: {},
                      grid: { left: 40, right: 20, top: 10, bottom: 30 },
                      xAxis: { type: 'category', data: quarters.map((_, i) => `${t('Quý', 'Q')} ${i + 1}`) },
                      yAxis: { type: 'value' },
                      series: [{ type: 'bar', data: quarters, itemStyle: { color: '#1677ff' } }],
                    }}
                  />
                ) : (
                  <Empty description={t('Chưa có số liệu', 'No figures yet')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={`${t('Nguồn lực theo nguồn', 'Resources by source')}${d ? ` — ${fmtVnd(d.resources.totalVnd)}` : ''}`}
              >
                {d && any(bySource) ? (
                  <FigureChart
                    label={t('Biểu đồ nguồn lực theo nguồn', 'Resources by source chart')}
                    figureOf={({ dataIndex }) => {
                      const source = Object.keys(bySource)[dataIndex];
                      return source
                        ? { path: `resources.bySource.${source}`, label: label(FUND_SOURCE_LABELS, source) }
                        : null;
                    }}
                    option={{
                      tooltip: { trigger: 'item', valueFormatter: (v) => fmtVnd(Number(v)) },
                      legend: { bottom: 0 },
                      series: [
                        {
                          type: 'pie',
                          radius: ['35%', '65%'],
                          data: Object.entries(bySource).map(([k, v]) => ({
                            name: label(FUND_SOURCE_LABELS, k),
                            value: v,
                          })),
                        },
                      ],
                    }}
                  />
                ) : (
                  <Empty description={t('Chưa có số liệu nguồn lực', 'No resource figures yet')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Công trình theo trạng thái', 'Projects by status')}>
                {d && any(byStatus) ? (
                  <FigureChart
                    label={t('Biểu đồ công trình theo trạng thái', 'Projects by status chart')}
                    figureOf={({ dataIndex }) => {
                      const status = Object.keys(byStatus)[dataIndex];
                      return status
                        ? { path: `projects.byStatus.${status}`, label: label(PROJECT_STATUS_LABELS, status) }
                        : null;
                    }}
                    option={{
                      tooltip: {},
                      grid: { left: 40, right: 20, top: 10, bottom: 30 },
                      xAxis: {
                        type: 'category',
                        data: Object.keys(byStatus).map((k) => label(PROJECT_STATUS_LABELS, k)),
                        axisLabel: { interval: 0, fontSize: 10 },
                      },
                      yAxis: { type: 'value' },
                      series: [{ type: 'bar', data: Object.values(byStatus), itemStyle: { color: '#389e0d' } }],
                    }}
                  />
                ) : (
                  <Empty description={t('Chưa có công trình', 'No projects yet')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Hộ nghèo, cận nghèo qua các năm', 'Poor and near-poor over the years')}>
                {trend.some((y) => y.poor || y.nearPoor) ? (
                  <FigureChart
                    label={t('Biểu đồ hộ nghèo, cận nghèo qua các năm', 'Poor and near-poor households by year')}
                    figureOf={({ seriesIndex, dataIndex }) => {
                      const y = trend[dataIndex];
                      if (!y) return null;
                      const [path, what] =
                        seriesIndex === 0
                          ? ['households.poor', t('Hộ nghèo', 'Poor households')]
                          : ['households.nearPoor', t('Hộ cận nghèo', 'Near-poor households')];
                      return { path, label: `${what} ${y.year}`, query: { year: y.year } };
                    }}
                    option={{
                      tooltip: { trigger: 'item' },
                      // The legend only names the series: a click on the chart opens a figure, never hides a series.
                      legend: { bottom: 0, selectedMode: false },
                      grid: { left: 50, right: 20, top: 10, bottom: 50 },
                      xAxis: { type: 'category', data: trend.map((y) => String(y.year)) },
                      yAxis: { type: 'value' },
                      series: [
                        {
                          name: t('Hộ nghèo', 'Poor'),
                          type: 'line',
                          symbol: 'circle',
                          symbolSize: 10,
                          data: trend.map((y) => y.poor),
                          itemStyle: { color: '#b71c1c' },
                        },
                        {
                          name: t('Hộ cận nghèo', 'Near-poor'),
                          type: 'line',
                          symbol: 'circle',
                          symbolSize: 10,
                          data: trend.map((y) => y.nearPoor),
                          itemStyle: { color: '#fa8c16' },
                        },
                      ],
                    }}
                  />
                ) : (
                  <Empty description={t('Chưa có số liệu các năm', 'No figures over the years yet')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={t('Hoạt động và nguồn lực qua các năm', 'Activities and resources over the years')}
              >
                {trend.some((y) => y.activities || y.resourcesVnd) ? (
                  <FigureChart
                    label={t('Biểu đồ hoạt động và nguồn lực qua các năm', 'Activities and resources by year')}
                    figureOf={({ seriesIndex, dataIndex }) => {
                      const y = trend[dataIndex];
                      if (!y) return null;
                      const [path, what] =
                        seriesIndex === 0
                          ? ['activities.total', t('Hoạt động', 'Activities')]
                          : ['resources.totalVnd', t('Nguồn lực', 'Resources')];
                      return { path, label: `${what} ${y.year}`, query: { year: y.year } };
                    }}
                    option={{
                      tooltip: { trigger: 'item' },
                      // The legend only names the series: a click on the chart opens a figure, never hides a series.
                      legend: { bottom: 0, selectedMode: false },
                      grid: { left: 50, right: 70, top: 10, bottom: 50 },
                      xAxis: { type: 'category', data: trend.map((y) => String(y.year)) },
                      yAxis: [
                        { type: 'value', name: t('Hoạt động', 'Activities') },
                        {
                          type: 'value',
                          name: t('Triệu đồng', 'Million VND'),
                          axisLabel: { formatter: (v: number) => fmtNumber(Math.round(v / 1_000_000)) },
                        },
                      ],
                      series: [
                        {
                          name: t('Hoạt động', 'Activities'),
                          type: 'bar',
                          data: trend.map((y) => y.activities),
                          itemStyle: { color: '#1677ff' },
                        },
                        {
                          name: t('Nguồn lực', 'Resources'),
                          type: 'line',
                          yAxisIndex: 1,
                          symbolSize: 10,
                          data: trend.map((y) => y.resourcesVnd),
                          itemStyle: { color: '#389e0d' },
                          tooltip: { valueFormatter: (v) => fmtVnd(Number(v)) },
                        },
                      ],
                    }}
                  />
                ) : (
                  <Empty description={t('Chưa có số liệu các năm', 'No figures over the years yet')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Hộ nghèo và cam kết hỗ trợ', 'Households and commitments')}>
                {d ? (
                  <Row gutter={[8, 8]}>
                    {(
                      [
                        [t('Hộ nghèo', 'Poor'), d.households.poor, 'households.poor'],
                        [t('Hộ cận nghèo', 'Near-poor'), d.households.nearPoor, 'households.nearPoor'],
                        [t('Có cam kết', 'With commitment'), d.households.supported, 'households.supported'],
                        [
                          t('Chưa có cam kết', 'Without commitment'),
                          d.households.unsupported,
                          'households.unsupported',
                        ],
                        [t('Thoát nghèo', 'Exited'), d.households.exitedPoverty, 'households.exitedPoverty'],
                        [t('Tái nghèo', 'Relapsed'), d.households.relapsed, 'households.relapsed'],
                        [t('Nghèo phát sinh', 'Newly poor'), d.households.newlyPoor, 'households.newlyPoor'],
                        [
                          t('Thoát nghèo bền vững', 'Sustained exits'),
                          d.households.sustainedExits,
                          'households.sustainedExits',
                        ],
                        [t('Cam kết đang thực hiện', 'Open commitments'), d.commitments.open, 'commitments.open'],
                        [t('Cam kết quá hạn', 'Overdue'), d.commitments.overdue, 'commitments.overdue'],
                        [t('Cam kết hoàn thành', 'Fulfilled'), d.commitments.fulfilled, 'commitments.fulfilled'],
                      ] as [string, number, string][]
                    ).map(([k, v, path]) => (
                      <Col xs={12} md={8} key={k}>
                        <FigureStat path={path} title={k} value={fmtNumber(v)} styles={{ content: { fontSize: 20 } }} />
                      </Col>
                    ))}
                  </Row>
                ) : (
                  <Empty description={t('Chưa có số liệu hộ nghèo', 'No household figures yet')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Xã mục tiêu chưa có đơn vị kết nghĩa', 'Target communes without a pairing')}>
                {cov ? (
                  cov.unpaired.length ? (
                    <List
                      size="small"
                      dataSource={cov.unpaired}
                      renderItem={(u) => (
                        <List.Item>
                          <Typography.Text>{u.name}</Typography.Text>
                          <Tag color="orange">{t('Chưa kết nghĩa', 'Unpaired')}</Tag>
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Empty
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                      description={t('100 % xã mục tiêu đã kết nghĩa', 'Every target commune is paired')}
                    />
                  )
                ) : (
                  <Empty description={t('Chưa có số liệu độ phủ', 'No coverage figures yet')} />
                )}
              </Card>
            </Col>
          </Row>
        </FigureScope>
      )}
    </div>
  );
}
