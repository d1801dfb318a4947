import { useState } from 'react';
import { Button, Card, Progress, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAll, useApi, withQuery, type Page, type Schemas } from '../lib/api';
import { usePermissions } from '../lib/auth';
import { fmtVnd } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { PROJECT_CATEGORY_LABELS, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from '../lib/labels';
import { PageTitle, QueryState, UnitSelect, useNames, useOptions } from '../components/common';
import type { Pairing } from './PairingsPage';
import { ProjectActionForm, type Action } from './projects/ProjectActionForm';
import { ProposeProjectForm } from './projects/ProposeProjectForm';
import { ProjectDrawer } from './projects/ProjectDrawer';

export type Project = Schemas['Project'];

const NEXT: Record<string, Action[]> = {
  proposed: ['approve', 'funding', 'cancel'],
  approved: ['start', 'funding', 'cancel'],
  in_progress: ['progress', 'complete', 'funding', 'cancel'],
  completed: ['hand-over', 'funding'],
  handed_over: [],
  cancelled: [],
};

/** Công trình: the project board by status, and each project's lifecycle commands. */
export function ProjectsPage() {
  const { t, label } = useI18n();
  const opts = useOptions();
  const can = usePermissions();
  const names = useNames();
  const [category, setCategory] = useState<string | undefined>();
  const [adminUnitId, setUnit] = useState<string | undefined>();
  const projects = useAll<Project>(withQuery('/api/projects', { category, adminUnitId }));
  const pairings = useAll<Pairing>('/api/pairings');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [proposing, setProposing] = useState(false);
  const detail = useApi<Project>(selectedId ? `/api/projects/${selectedId}` : null);

  const pairingById = new Map((pairings.data?.items ?? []).map((p) => [p.id, p]));
  const orgOf = (p: Project) => (p.pairingId ? pairingById.get(p.pairingId)?.organizationId : null);
  const items = projects.data?.items ?? [];
  const p = detail.data ?? items.find((x) => x.id === selectedId) ?? null;
  const mayRun = (x: Project) => can.runProject({ organizationId: orgOf(x), adminUnitId: x.adminUnitId });
  const allowed = (x: Project) =>
    (NEXT[x.status] ?? []).filter((a) => (a === 'approve' ? can.approveProject : mayRun(x)));
  const actionLabel: Record<Action, string> = {
    approve: t('Phê duyệt', 'Approve'),
    funding: t('Ghi nhận kinh phí', 'Record funding'),
    start: t('Khởi công', 'Start work'),
    progress: t('Báo cáo tiến độ', 'Report progress'),
    complete: t('Hoàn thành', 'Complete'),
    'hand-over': t('Bàn giao', 'Hand over'),
    cancel: t('Hủy công trình', 'Cancel'),
  };

  return (
    <div>
      <PageTitle
        extra={
          can.proposeProject && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
              {t('Đề xuất công trình', 'Propose a project')}
            </Button>
          )
        }
      >
        {t('Công trình', 'Projects')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('Loại công trình', 'Category')}
          aria-label={t('Lọc theo loại công trình', 'Filter by category')}
          options={opts(PROJECT_CATEGORY_LABELS)}
          value={category}
          onChange={setCategory}
          style={{ width: 240 }}
        />
        <UnitSelect
          kinds={['commune', 'village']}
          activeOnly={false}
          placeholder={t('Địa bàn', 'Unit')}
          aria-label={t('Lọc theo địa bàn', 'Filter by unit')}
          value={adminUnitId}
          onChange={setUnit}
          style={{ width: 240 }}
        />
      </Space>
      <QueryState
        loading={projects.isLoading}
        error={projects.error}
        what={t('Máy chủ chưa có chức năng công trình.', 'The server has no projects yet.')}
      >
        <div
          className="kn-board"
          role="list"
          aria-label={t('Bảng công trình theo trạng thái', 'Project board by status')}
        >
          {PROJECT_STATUSES.map((s) => {
            const col = items.filter((x) => x.status === s);
            return (
              <section
                key={s}
                role="listitem"
                aria-label={label(PROJECT_STATUS_LABELS, s)}
                style={{
                  background: '#fafafa',
                  border: '1px solid #f0f0f0',
                  borderRadius: 8,
                  padding: 8,
                  minHeight: 200,
                }}
              >
                <Typography.Title level={3} style={{ fontSize: 14, margin: '4px 4px 8px' }}>
                  {label(PROJECT_STATUS_LABELS, s)} <Tag>{col.length}</Tag>
                </Typography.Title>
                {col.length === 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, padding: 4 }}>
                    {t('Không có', 'None')}
                  </Typography.Text>
                )}
                {col.map((x) => (
                  <Card
                    key={x.id}
                    size="small"
                    hoverable
                    style={{ marginBottom: 8 }}
                    onClick={() => setSelectedId(x.id)}
                    tabIndex={0}
                    onKeyDown={(e) => e.key === 'Enter' && setSelectedId(x.id)}
                    aria-label={x.title}
                  >
                    <div style={{ fontWeight: 600 }}>{x.title}</div>
                    <div style={{ fontSize: 12, color: '#666' }}>
                      {label(PROJECT_CATEGORY_LABELS, x.category)} · {names.unitName(x.adminUnitId)}
                    </div>
                    <div style={{ fontSize: 12 }}>{fmtVnd(x.actualCostVnd ?? x.plannedBudgetVnd)}</div>
                    {(s === 'in_progress' || s === 'completed') && <Progress percent={x.progress} size="small" />}
                  </Card>
                ))}
              </section>
            );
          })}
        </div>
      </QueryState>

      <ProjectDrawer
        p={p}
        close={() => setSelectedId(null)}
        organizationId={p ? orgOf(p) : null}
        actions={p ? allowed(p) : []}
        actionLabel={actionLabel}
        run={setAction}
      />

      {p && action && (
        <ProjectActionForm p={p} action={action} actionLabel={actionLabel} close={() => setAction(null)} />
      )}

      <ProposeProjectForm open={proposing} close={() => setProposing(false)} pairings={pairings.data?.items ?? []} />
    </div>
  );
}

export type { Page };
