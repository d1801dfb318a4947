import { Button, Descriptions, Drawer, Empty, Progress, Space } from 'antd';
import { fmtDate, fmtNumber, fmtVnd } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { PROJECT_CATEGORY_LABELS, PROJECT_STATUS_LABELS } from '../../lib/labels';
import { StatusTag, useNames } from '../../components/common';
import type { Project } from '../ProjectsPage';
import type { Action } from './ProjectActionForm';

interface Props {
  p: Project | null;
  close: () => void;
  organizationId: string | null | undefined;
  actions: Action[];
  actionLabel: Record<Action, string>;
  run: (action: Action) => void;
}

/** One project: its facts, money and dates, and the steps the user may take next. */
export function ProjectDrawer({ p, close, organizationId, actions, actionLabel, run }: Props) {
  const { t, label } = useI18n();
  const names = useNames();
  return (
    <Drawer title={p?.title} open={!!p} onClose={close} size={560}>
      {p && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 's',
                label: t('Trạng thái', 'Status'),
                children: <StatusTag value={p.status} table={PROJECT_STATUS_LABELS} />,
              },
              { key: 'c', label: t('Loại', 'Category'), children: label(PROJECT_CATEGORY_LABELS, p.category) },
              { key: 'u', label: t('Địa bàn', 'Unit'), children: names.unitName(p.adminUnitId) },
              { key: 'o', label: t('Đơn vị kết nghĩa', 'Organisation'), children: names.orgName(organizationId) },
              { key: 'b', label: t('Kinh phí dự kiến', 'Planned budget'), children: fmtVnd(p.plannedBudgetVnd) },
              {
                key: 'pl',
                label: t('Thời gian dự kiến', 'Planned'),
                children: `${fmtDate(p.plannedStartOn)} – ${fmtDate(p.plannedEndOn)}`,
              },
              {
                key: 'f',
                label: t('Kinh phí cam kết / đã nhận', 'Pledged / received'),
                children: `${fmtVnd(p.pledgedVnd)} / ${fmtVnd(p.receivedVnd)}`,
              },
              ...(p.approvedOn
                ? [
                    {
                      key: 'a',
                      label: t('Phê duyệt', 'Approved'),
                      children: `${fmtDate(p.approvedOn)} — ${p.decisionRef ?? ''}`,
                    },
                  ]
                : []),
              ...(p.startedOn ? [{ key: 'st', label: t('Khởi công', 'Started'), children: fmtDate(p.startedOn) }] : []),
              ...(p.startedOn
                ? [
                    {
                      key: 'pr',
                      label: t('Tiến độ', 'Progress'),
                      children: <Progress percent={p.progress} size="small" />,
                    },
                  ]
                : []),
              ...(p.completedOn
                ? [
                    {
                      key: 'co',
                      label: t('Hoàn thành', 'Completed'),
                      children: `${fmtDate(p.completedOn)} — ${fmtVnd(p.actualCostVnd)}; ${fmtNumber(p.beneficiaryHouseholds)} ${t('hộ hưởng lợi', 'households')}`,
                    },
                  ]
                : []),
              ...(p.handedOverOn
                ? [{ key: 'h', label: t('Bàn giao', 'Handed over'), children: fmtDate(p.handedOverOn) }]
                : []),
              ...(p.cancelReason
                ? [{ key: 'x', label: t('Lý do hủy', 'Cancel reason'), children: p.cancelReason }]
                : []),
            ]}
          />
          <Space wrap style={{ marginTop: 16 }}>
            {actions.map((a) => (
              <Button
                key={a}
                type={a === 'cancel' ? 'default' : 'primary'}
                danger={a === 'cancel'}
                onClick={() => run(a)}
              >
                {actionLabel[a]}
              </Button>
            ))}
            {actions.length === 0 && (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('Không có thao tác nào bạn có thể thực hiện', 'Nothing you can do here')}
              />
            )}
          </Space>
        </>
      )}
    </Drawer>
  );
}
