import { Button, Card, Progress, Space, Table } from 'antd';
import { usePermissions } from '../../lib/auth';
import { fmtDate, fmtVnd } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { COMMITMENT_KIND_LABELS, COMMITMENT_STATUS_LABELS } from '../../lib/labels';
import { StatusTag, useNames } from '../../components/common';
import type { Commitment, Household } from '../HouseholdsPage';
import type { Dialog, TimelineItem } from './types';

/** The household's support commitments with what was delivered, and their actions. */
export function HouseholdCommitments({
  h,
  items,
  open,
}: {
  h: Household;
  items: TimelineItem[];
  open: (dialog: Dialog) => void;
}) {
  const { t, label } = useI18n();
  const can = usePermissions();
  const names = useNames();
  const deliveries = (cid: string) => items.filter((i) => i.type === 'SupportDelivered' && i.commitmentId === cid);
  return (
    <Card size="small" title={t('Cam kết hỗ trợ', 'Support commitments')} style={{ marginTop: 16 }}>
      <Table<Commitment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={h.commitments}
        scroll={{ x: 700 }}
        locale={{
          emptyText:
            h.status === 'poor'
              ? t('Hộ nghèo chưa có cam kết hỗ trợ', 'This poor household has no commitment yet')
              : t('Chưa có cam kết', 'No commitments'),
        }}
        expandable={{
          rowExpandable: (c) => deliveries(c.id).length > 0,
          expandedRowRender: (c) => (
            <ul style={{ margin: 0 }}>
              {deliveries(c.id).map((d, i) => (
                <li key={i}>
                  {fmtDate(d.date)}: {String(d.description ?? '')} — {fmtVnd(Number(d.valueVnd))}
                </li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t('Hình thức', 'Kind'), dataIndex: 'kind', render: (v: string) => label(COMMITMENT_KIND_LABELS, v) },
          {
            title: t('Nhà tài trợ', 'Sponsor'),
            dataIndex: 'sponsor',
            render: (s: Commitment['sponsor']) =>
              'individualName' in s
                ? s.organizationId
                  ? `${s.individualName} (${names.orgName(s.organizationId)})`
                  : s.individualName
                : names.orgName(s.organizationId),
          },
          {
            title: t('Đã trao / cam kết', 'Delivered / committed'),
            key: 'v',
            render: (_: unknown, c) => (
              <div style={{ minWidth: 150 }}>
                <div style={{ fontSize: 12 }}>
                  {fmtVnd(c.deliveredVnd)} / {fmtVnd(c.valueVnd)}
                </div>
                <Progress
                  size="small"
                  percent={c.valueVnd ? Math.min(100, Math.round((c.deliveredVnd / c.valueVnd) * 100)) : 0}
                  showInfo={false}
                />
              </div>
            ),
          },
          { title: t('Hạn', 'Due'), dataIndex: 'dueOn', render: fmtDate },
          {
            title: t('Trạng thái', 'Status'),
            dataIndex: 'status',
            render: (v: string) => <StatusTag value={v} table={COMMITMENT_STATUS_LABELS} />,
          },
          {
            title: t('Thao tác', 'Actions'),
            key: 'a',
            render: (_: unknown, c) =>
              (c.status === 'open' || c.status === 'overdue') &&
              can.manageCommitment(c, h.communeId) && (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => open({ kind: 'deliver', c })}>
                    {t('Trao hỗ trợ', 'Deliver')}
                  </Button>
                  <Button size="small" onClick={() => open({ kind: 'fulfil', c })}>
                    {t('Hoàn thành', 'Fulfil')}
                  </Button>
                  <Button size="small" danger onClick={() => open({ kind: 'cancel', c })}>
                    {t('Hủy', 'Cancel')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
