import { Card, Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import { fmtDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { AREA_LABELS, GENDER_LABELS, HOUSEHOLD_STATUS_LABELS, TRANSITION_LABELS } from '../../lib/labels';
import { StatusTag, useNames } from '../../components/common';
import type { Household } from '../HouseholdsPage';
import type { TimelineItem } from './types';

/** The left column: who the household is, what it lacks, how its classification moved. */
export function HouseholdFacts({
  h,
  transitions,
  indicatorLabel,
}: {
  h: Household;
  transitions: TimelineItem[];
  indicatorLabel: (code: string) => string;
}) {
  const { t, label } = useI18n();
  const names = useNames();
  return (
    <>
      <Card size="small" title={t('Thông tin hộ', 'Household')}>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 's',
              label: t('Phân loại hiện tại', 'Current status'),
              children: (
                <>
                  <StatusTag value={h.status} table={HOUSEHOLD_STATUS_LABELS} />
                  {h.latestAssessment?.transition && (
                    <Tag>{label(TRANSITION_LABELS, h.latestAssessment.transition)}</Tag>
                  )}
                </>
              ),
            },
            {
              key: 'c',
              label: t('Xã / thôn', 'Commune / village'),
              children: `${names.unitName(h.communeId)}${h.villageId ? ` / ${names.unitName(h.villageId)}` : ''}`,
            },
            { key: 'e', label: t('Dân tộc', 'Ethnicity'), children: h.ethnicity },
            { key: 'm', label: t('Nhân khẩu', 'Members'), children: h.memberCount },
            { key: 'a', label: t('Khu vực', 'Area'), children: label(AREA_LABELS, h.area) },
            { key: 'r', label: t('Ngày đăng ký', 'Registered'), children: fmtDate(h.registeredOn) },
            ...(typeof h.head === 'object'
              ? [
                  { key: 'hb', label: t('Năm sinh chủ hộ', 'Head born'), children: h.head.birthYear ?? '—' },
                  {
                    key: 'hg',
                    label: t('Giới tính', 'Gender'),
                    children: label(GENDER_LABELS, h.head.gender ?? '') || '—',
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('Thiếu hụt dịch vụ xã hội cơ bản', 'Deprivations')} style={{ marginTop: 16 }}>
        {h.latestAssessment ? (
          <>
            <Typography.Text type="secondary">
              {t('Theo rà soát năm', 'From the review of')} {h.latestAssessment.reviewYear} ·{' '}
              {h.latestAssessment.standard}
            </Typography.Text>
            {h.latestAssessment.deprivations.length ? (
              <ul style={{ marginTop: 8, paddingLeft: 18 }}>
                {h.latestAssessment.deprivations.map((d) => (
                  <li key={d}>{indicatorLabel(d)}</li>
                ))}
              </ul>
            ) : (
              <div style={{ marginTop: 8 }}>{t('Không thiếu hụt chỉ số nào', 'No deprivations')}</div>
            )}
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Chưa rà soát', 'Not assessed yet')} />
        )}
      </Card>
      <Card size="small" title={t('Biến động phân loại', 'Status transitions')} style={{ marginTop: 16 }}>
        {transitions.length ? (
          <Timeline
            items={transitions.map((x, i) => ({
              key: i,
              content: (
                <>
                  <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                    {fmtDate(x.date)}
                  </Typography.Text>
                  <Tag color={transitionColor(String(x.transition))}>
                    {label(TRANSITION_LABELS, String(x.transition))}
                  </Tag>
                </>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Chưa có biến động', 'No transitions yet')} />
        )}
      </Card>
    </>
  );
}

function transitionColor(transition: string): string {
  if (transition === 'exited_poverty') return 'green';
  return transition === 'relapsed' || transition === 'newly_poor' ? 'red' : 'orange';
}
