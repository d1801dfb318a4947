import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { fmtDate, fmtVnd } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, PAIRING_STATUS_LABELS } from '../../lib/labels';
import { StatusTag, useNames } from '../../components/common';
import type { Pairing } from '../PairingsPage';
import { KIND_COLORS } from './ActivityTimeline';

/** The left column: the pairing's facts, its activities by kind, its yearly plans. */
export function PairingFacts({ p }: { p: Pairing }) {
  const { t, label } = useI18n();
  const names = useNames();
  return (
    <>
      <Card title={t('Thông tin kết nghĩa', 'Pairing')} size="small">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 's',
              label: t('Trạng thái', 'Status'),
              children: <StatusTag value={p.status} table={PAIRING_STATUS_LABELS} />,
            },
            { key: 'e', label: t('Ngày kết nghĩa', 'Established'), children: fmtDate(p.establishedOn) },
            { key: 'd', label: t('Quyết định', 'Decision'), children: p.decisionRef },
            ...(p.endedOn
              ? [
                  {
                    key: 'x',
                    label: t('Ngày kết thúc', 'Ended'),
                    children: `${fmtDate(p.endedOn)} — ${p.endReason ?? ''}`,
                  },
                ]
              : []),
            ...(p.formerAdminUnitIds?.length
              ? [
                  {
                    key: 'f',
                    label: t('Địa bàn trước sáp nhập', 'Before the merge'),
                    children: p.formerAdminUnitIds.map(names.unitName).join(', '),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
          {t('Số hoạt động theo loại', 'Activities by kind')}
        </Typography.Title>
        <Space wrap>
          {ACTIVITY_KINDS.map((k) => (
            <Tag key={k} color={KIND_COLORS[k]}>
              {label(ACTIVITY_KIND_LABELS, k)}: {p.activityCounts?.[k] ?? 0}
            </Tag>
          ))}
        </Space>
      </Card>
      <Card title={t('Kế hoạch hằng năm', 'Yearly plans')} size="small" style={{ marginTop: 16 }}>
        {p.plans?.length ? (
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={p.plans}
            columns={[
              { title: t('Năm', 'Year'), dataIndex: 'year', width: 70 },
              {
                title: t('Hoạt động dự kiến', 'Planned'),
                dataIndex: 'plannedActivities',
                render: (v: Record<string, number>) =>
                  Object.entries(v).map(([k, n]) => (
                    <Tag key={k}>
                      {label(ACTIVITY_KIND_LABELS, k)}: {n}
                    </Tag>
                  )),
              },
              { title: t('Kinh phí', 'Budget'), dataIndex: 'budgetVnd', render: fmtVnd },
            ]}
            expandable={{
              expandedRowRender: (r) => (
                <ul style={{ margin: 0 }}>
                  {r.objectives.map((o, i) => (
                    <li key={i}>{o}</li>
                  ))}
                </ul>
              ),
            }}
          />
        ) : (
          <Empty description={t('Chưa có kế hoạch', 'No plan yet')} />
        )}
      </Card>
    </>
  );
}
