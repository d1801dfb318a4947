import { Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import { FigureStat } from '../components/FigureDrawer';
import { fmtNumber, fmtPercent } from '../lib/format';
import { useI18n } from '../lib/i18n';

export interface Goals {
  kpis: {
    targetCommunesPaired: number;
    mixedVillagesPaired: number;
    poorWithCommitment: number;
    immersionStays: { year: number; previousYear: number };
    studyTours: { year: number; previousYear: number };
  };
  households: {
    withoutCommitment: { id: string; code: string }[];
    povertyRate: {
      percent: number | null;
      ethnicMinorityPercent: number | null;
      communesMissingCounts: { id: string; name: string }[];
    };
    exitsWithSupport: number;
    exitsWithoutSupport: number;
  };
  villages: { targetVillages: number; pairedVillages: number };
  pairings: { active: number; withoutActivity: { id: string; organizationName: string; adminUnitName: string }[] };
}

const against = (v: { year: number; previousYear: number }) => `${fmtNumber(v.year)} / ${fmtNumber(v.previousYear)}`;

/** The seed's goals as KPIs (Thông báo kết luận 2015) and the lists behind them. */
export function DashboardGoals({ d }: { d: Goals }) {
  const { t } = useI18n();
  const rate = d.households.povertyRate;
  // Each goal opens the list of its numerator (a percentage is made of the entities it counts).
  const stats: [string, string, string][] = [
    [
      t('Xã DTTS có đơn vị kết nghĩa', 'Target communes paired'),
      fmtPercent(d.kpis.targetCommunesPaired),
      'coverage.pairedCommunes',
    ],
    [
      t('Thôn xen ghép có đơn vị kết nghĩa', 'Mixed villages paired'),
      d.villages.targetVillages ? fmtPercent(d.kpis.mixedVillagesPaired) : '—',
      'villages.pairedVillages',
    ],
    [
      t('Hộ nghèo có cam kết hỗ trợ', 'Poor households with a commitment'),
      fmtPercent(d.kpis.poorWithCommitment),
      'households.supported',
    ],
    [
      t('“Cùng ăn, cùng ở” (năm / năm trước)', 'Immersion stays (year / previous)'),
      against(d.kpis.immersionStays),
      'kpis.immersionStays.year',
    ],
    [
      t('Học tập mô hình (năm / năm trước)', 'Study tours (year / previous)'),
      against(d.kpis.studyTours),
      'kpis.studyTours.year',
    ],
    [
      t('Tỷ lệ hộ nghèo (chung / DTTS)', 'Poverty rate (all / ethnic minority)'),
      rate.percent === null
        ? t('Chưa có số hộ', 'No household counts')
        : `${fmtPercent(rate.percent)} / ${rate.ethnicMinorityPercent === null ? '—' : fmtPercent(rate.ethnicMinorityPercent)}`,
      'households.povertyRate.poorCounted',
    ],
    [
      t('Thoát nghèo có / không có hỗ trợ', 'Exits with / without support'),
      `${fmtNumber(d.households.exitsWithSupport)} / ${fmtNumber(d.households.exitsWithoutSupport)}`,
      'households.exitsWithSupport',
    ],
  ];
  return (
    <Card size="small" title={t('Mục tiêu của chương trình', 'Program goals')} style={{ marginTop: 16 }}>
      <Row gutter={[8, 8]}>
        {stats.map(([k, v, path]) => (
          <Col xs={12} md={8} lg={6} key={k}>
            <FigureStat path={path} title={k} value={v} styles={{ content: { fontSize: 18 } }} />
          </Col>
        ))}
      </Row>
      {rate.communesMissingCounts.length > 0 && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
          {t('Chưa có số hộ dân cư (không tính vào tỷ lệ): ', 'No household count (left out of the rate): ')}
          {rate.communesMissingCounts.map((c) => c.name).join(', ')}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
        <Col xs={24} lg={12}>
          <Typography.Text strong>
            {t('Hộ nghèo chưa có cam kết hỗ trợ', 'Poor households without a commitment')}
          </Typography.Text>
          {d.households.withoutCommitment.length ? (
            <div style={{ marginTop: 8 }}>
              {d.households.withoutCommitment.map((h) => (
                <Tag key={h.id}>
                  <a href={`/ho-ngheo/${h.id}`}>{h.code}</a>
                </Tag>
              ))}
            </div>
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('Mọi hộ nghèo đều có cam kết', 'Every poor household has a commitment')}
            />
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>
            {t('Cặp kết nghĩa không có hoạt động trong năm', 'Pairings without an activity this year')} (
            {fmtNumber(d.pairings.withoutActivity.length)}/{fmtNumber(d.pairings.active)})
          </Typography.Text>
          <List
            size="small"
            dataSource={d.pairings.withoutActivity}
            locale={{ emptyText: t('Không có', 'None') }}
            renderItem={(p) => (
              <List.Item>
                <a href={`/ket-nghia/${p.id}`}>
                  {p.organizationName} — {p.adminUnitName}
                </a>
              </List.Item>
            )}
          />
        </Col>
      </Row>
    </Card>
  );
}
