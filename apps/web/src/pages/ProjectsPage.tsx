import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Empty, Form, Input, InputNumber, Progress, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAll, useApi, withQuery, type Page, type Schemas } from '../lib/api';
import { usePermissions } from '../lib/auth';
import { fmtDate, fmtVnd, fmtNumber } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { FUND_SOURCE_LABELS, PROJECT_CATEGORY_LABELS, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from '../lib/labels';
import { CommandForm } from '../components/CommandForm';
import { DateInput, MoneyInput, OrgSelect, PageTitle, QueryState, StatusTag, UnitSelect, useNames, useOptions } from '../components/common';
import type { Pairing } from './PairingsPage';

export type Project = Schemas['Project'];

type Action = 'approve' | 'funding' | 'start' | 'progress' | 'complete' | 'hand-over' | 'cancel';

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
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };

  const pairingById = new Map((pairings.data?.items ?? []).map((p) => [p.id, p]));
  const orgOf = (p: Project) => (p.pairingId ? pairingById.get(p.pairingId)?.organizationId : null);
  const items = projects.data?.items ?? [];
  const p = detail.data ?? items.find((x) => x.id === selectedId) ?? null;
  const mayRun = (x: Project) => can.runProject({ organizationId: orgOf(x), adminUnitId: x.adminUnitId });
  const allowed = (x: Project) => (NEXT[x.status] ?? []).filter((a) => (a === 'approve' ? can.approveProject : mayRun(x)));
  const actionLabel: Record<Action, string> = {
    approve: t('Phê duyệt', 'Approve'), funding: t('Ghi nhận kinh phí', 'Record funding'), start: t('Khởi công', 'Start work'), progress: t('Báo cáo tiến độ', 'Report progress'),
    complete: t('Hoàn thành', 'Complete'), 'hand-over': t('Bàn giao', 'Hand over'), cancel: t('Hủy công trình', 'Cancel'),
  };

  return (
    <div>
      <PageTitle extra={can.proposeProject && <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>{t('Đề xuất công trình', 'Propose a project')}</Button>}>
        {t('Công trình', 'Projects')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('Loại công trình', 'Category')} aria-label={t('Lọc theo loại công trình', 'Filter by category')} options={opts(PROJECT_CATEGORY_LABELS)} value={category} onChange={setCategory} style={{ width: 240 }} />
        <UnitSelect kinds={['commune', 'village']} activeOnly={false} placeholder={t('Địa bàn', 'Unit')} aria-label={t('Lọc theo địa bàn', 'Filter by unit')} value={adminUnitId} onChange={setUnit} style={{ width: 240 }} />
      </Space>
      <QueryState loading={projects.isLoading} error={projects.error} what={t('Máy chủ chưa có chức năng công trình.', 'The server has no projects yet.')}>
        <div className="kn-board" role="list" aria-label={t('Bảng công trình theo trạng thái', 'Project board by status')}>
          {PROJECT_STATUSES.map((s) => {
            const col = items.filter((x) => x.status === s);
            return (
              <section key={s} role="listitem" aria-label={label(PROJECT_STATUS_LABELS, s)} style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 8, padding: 8, minHeight: 200 }}>
                <Typography.Title level={3} style={{ fontSize: 14, margin: '4px 4px 8px' }}>{label(PROJECT_STATUS_LABELS, s)} <Tag>{col.length}</Tag></Typography.Title>
                {col.length === 0 && <Typography.Text type="secondary" style={{ fontSize: 12, padding: 4 }}>{t('Không có', 'None')}</Typography.Text>}
                {col.map((x) => (
                  <Card key={x.id} size="small" hoverable style={{ marginBottom: 8 }} onClick={() => setSelectedId(x.id)} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && setSelectedId(x.id)} aria-label={x.title}>
                    <div style={{ fontWeight: 600 }}>{x.title}</div>
                    <div style={{ fontSize: 12, color: '#666' }}>{label(PROJECT_CATEGORY_LABELS, x.category)} · {names.unitName(x.adminUnitId)}</div>
                    <div style={{ fontSize: 12 }}>{fmtVnd(x.actualCostVnd ?? x.plannedBudgetVnd)}</div>
                    {(s === 'in_progress' || s === 'completed') && <Progress percent={x.progress} size="small" />}
                  </Card>
                ))}
              </section>
            );
          })}
        </div>
      </QueryState>

      <Drawer title={p?.title} open={!!p} onClose={() => setSelectedId(null)} size={560}>
        {p && (
          <>
            <Descriptions column={1} size="small" bordered items={[
              { key: 's', label: t('Trạng thái', 'Status'), children: <StatusTag value={p.status} table={PROJECT_STATUS_LABELS} /> },
              { key: 'c', label: t('Loại', 'Category'), children: label(PROJECT_CATEGORY_LABELS, p.category) },
              { key: 'u', label: t('Địa bàn', 'Unit'), children: names.unitName(p.adminUnitId) },
              { key: 'o', label: t('Đơn vị kết nghĩa', 'Organisation'), children: names.orgName(orgOf(p)) },
              { key: 'b', label: t('Kinh phí dự kiến', 'Planned budget'), children: fmtVnd(p.plannedBudgetVnd) },
              { key: 'pl', label: t('Thời gian dự kiến', 'Planned'), children: `${fmtDate(p.plannedStartOn)} – ${fmtDate(p.plannedEndOn)}` },
              { key: 'f', label: t('Kinh phí cam kết / đã nhận', 'Pledged / received'), children: `${fmtVnd(p.pledgedVnd)} / ${fmtVnd(p.receivedVnd)}` },
              ...(p.approvedOn ? [{ key: 'a', label: t('Phê duyệt', 'Approved'), children: `${fmtDate(p.approvedOn)} — ${p.decisionRef ?? ''}` }] : []),
              ...(p.startedOn ? [{ key: 'st', label: t('Khởi công', 'Started'), children: fmtDate(p.startedOn) }] : []),
              ...(p.startedOn ? [{ key: 'pr', label: t('Tiến độ', 'Progress'), children: <Progress percent={p.progress} size="small" /> }] : []),
              ...(p.completedOn ? [{ key: 'co', label: t('Hoàn thành', 'Completed'), children: `${fmtDate(p.completedOn)} — ${fmtVnd(p.actualCostVnd)}; ${fmtNumber(p.beneficiaryHouseholds)} ${t('hộ hưởng lợi', 'households')}` }] : []),
              ...(p.handedOverOn ? [{ key: 'h', label: t('Bàn giao', 'Handed over'), children: fmtDate(p.handedOverOn) }] : []),
              ...(p.cancelReason ? [{ key: 'x', label: t('Lý do hủy', 'Cancel reason'), children: p.cancelReason }] : []),
            ]} />
            <Space wrap style={{ marginTop: 16 }}>
              {allowed(p).map((a) => <Button key={a} type={a === 'cancel' ? 'default' : 'primary'} danger={a === 'cancel'} onClick={() => setAction(a)}>{actionLabel[a]}</Button>)}
              {allowed(p).length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Không có thao tác nào bạn có thể thực hiện', 'Nothing you can do here')} />}
            </Space>
          </>
        )}
      </Drawer>

      {p && action && (
        <CommandForm<Record<string, unknown>>
          title={`${actionLabel[action]}: ${p.title}`}
          open
          onClose={() => setAction(null)}
          path={`/api/projects/${p.id}/${action}`}
          ifMatch={p.revision}
          initialValues={action === 'progress' ? { percent: p.progress } : action === 'funding' ? { kind: 'pledged', source: 'social_mobilization', sponsorType: 'none' } : action === 'hand-over' ? { toAdminUnitId: p.adminUnitId } : {}}
          toBody={action === 'funding' ? (v) => {
            const { sponsorType, ...rest } = v as Record<string, unknown>;
            const b = { ...rest, on: (v.on as { format(f: string): string }).format('YYYY-MM-DD') } as Record<string, unknown>;
            return { ...b, sponsorOrganizationId: sponsorType === 'organization' ? b.sponsorOrganizationId ?? null : null, sponsorName: sponsorType === 'individual' ? b.sponsorName ?? null : null };
          } : action === 'complete' ? (v) => {
            const outputs = String(v.outputsText ?? '').split('\n').map((l) => l.split(/[:=]/)).filter((x) => x.length === 2 && x[0].trim()).map(([k, n]) => [k.trim(), Number(n)]);
            return { completedOn: (v.completedOn as { format(f: string): string }).format('YYYY-MM-DD'), actualCostVnd: v.actualCostVnd, outputs: Object.fromEntries(outputs), beneficiaryHouseholds: v.beneficiaryHouseholds ?? 0 };
          } : undefined}
        >
          {(form) => {
            switch (action) {
              case 'approve': return (<>
                <Form.Item label={t('Ngày phê duyệt', 'Approved on')} name="approvedOn" rules={[req]}><DateInput past /></Form.Item>
                <Form.Item label={t('Số quyết định', 'Decision reference')} name="decisionRef" rules={[req]}><Input /></Form.Item>
              </>);
              case 'start': return <Form.Item label={t('Ngày khởi công', 'Started on')} name="startedOn" rules={[req]}><DateInput past /></Form.Item>;
              case 'progress': return (<>
                <Form.Item label={t('Tiến độ (%)', 'Progress (%)')} name="percent" rules={[req]}><InputNumber min={0} max={100} precision={0} /></Form.Item>
                <Form.Item label={t('Ngày báo cáo', 'On')} name="on" rules={[req]}><DateInput past /></Form.Item>
                <Form.Item label={t('Ghi chú', 'Note')} name="note"><Input.TextArea rows={2} /></Form.Item>
              </>);
              case 'complete': return (<>
                <Form.Item label={t('Ngày hoàn thành', 'Completed on')} name="completedOn" rules={[req]}><DateInput past /></Form.Item>
                <Form.Item label={t('Chi phí thực tế (VND)', 'Actual cost (VND)')} name="actualCostVnd" rules={[req]}><MoneyInput /></Form.Item>
                <Form.Item label={t('Số hộ hưởng lợi', 'Beneficiary households')} name="beneficiaryHouseholds"><InputNumber min={0} precision={0} /></Form.Item>
                <Form.Item label={t('Kết quả (mỗi dòng "tên: số lượng")', 'Outputs (one "name: number" per line)')} name="outputsText"><Input.TextArea rows={3} placeholder="lights: 60" /></Form.Item>
              </>);
              case 'hand-over': return (<>
                <Form.Item label={t('Ngày bàn giao', 'Handed over on')} name="handedOverOn" rules={[req]}><DateInput past /></Form.Item>
                <Form.Item label={t('Bàn giao cho', 'Handed over to')} name="toAdminUnitId" rules={[req]}><UnitSelect kinds={['commune', 'village']} /></Form.Item>
              </>);
              case 'cancel': return <Form.Item label={t('Lý do hủy', 'Reason')} name="reason" rules={[req]}><Input.TextArea rows={3} /></Form.Item>;
              case 'funding': return (<>
                <Form.Item label={t('Loại', 'Kind')} name="kind" rules={[req]}><Radio.Group options={[{ value: 'pledged', label: t('Cam kết tài trợ', 'Pledged') }, { value: 'received', label: t('Đã nhận', 'Received') }]} /></Form.Item>
                <Form.Item label={t('Nguồn', 'Source')} name="source" rules={[req]}><Select options={opts(FUND_SOURCE_LABELS)} /></Form.Item>
                <Form.Item label={t('Số tiền (VND)', 'Amount (VND)')} name="amountVnd" rules={[req]}><MoneyInput /></Form.Item>
                <Form.Item label={t('Ngày', 'On')} name="on" rules={[req]}><DateInput past /></Form.Item>
                <Form.Item label={t('Nhà tài trợ', 'Sponsor')} name="sponsorType"><Radio.Group options={[{ value: 'none', label: t('Không (ngân sách)', 'None (state)') }, { value: 'organization', label: t('Cơ quan, đơn vị', 'Organisation') }, { value: 'individual', label: t('Cá nhân', 'Individual') }]} /></Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() => form.getFieldValue('sponsorType') === 'organization'
                    ? <Form.Item label={t('Đơn vị tài trợ', 'Sponsor organisation')} name="sponsorOrganizationId" rules={[req]}><OrgSelect /></Form.Item>
                    : form.getFieldValue('sponsorType') === 'individual'
                      ? <Form.Item label={t('Tên nhà tài trợ', 'Sponsor name')} name="sponsorName" rules={[req]}><Input /></Form.Item> : null}
                </Form.Item>
              </>);
              default: return null;
            }
          }}
        </CommandForm>
      )}

      <CommandForm<Record<string, unknown>>
        title={t('Đề xuất công trình', 'Propose a project')}
        open={proposing}
        onClose={() => setProposing(false)}
        path="/api/projects"
        initialValues={{ category: 'security_lighting' }}
        toBody={(v) => {
          const b = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '').map(([k, x]) => [k, x && typeof x === 'object' && 'format' in x ? (x as { format(f: string): string }).format('YYYY-MM-DD') : x]));
          return { ...b, pairingId: b.pairingId ?? null };
        }}
        successText={t('Đã đề xuất công trình', 'Project proposed')}
      >
        <Form.Item label={t('Tên công trình', 'Title')} name="title" rules={[req]}><Input /></Form.Item>
        <Form.Item label={t('Loại công trình', 'Category')} name="category" rules={[req]}><Select options={opts(PROJECT_CATEGORY_LABELS)} /></Form.Item>
        <Form.Item label={t('Địa bàn', 'Unit')} name="adminUnitId" rules={[req]}><UnitSelect kinds={['commune', 'village']} /></Form.Item>
        <Form.Item label={t('Thuộc cặp kết nghĩa', 'Pairing')} name="pairingId">
          <Select allowClear options={(pairings.data?.items ?? []).filter((x) => x.status === 'active').map((x) => ({ value: x.id, label: `${names.orgName(x.organizationId)} ↔ ${names.unitName(x.adminUnitId)}` }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('Kinh phí dự kiến (VND)', 'Planned budget (VND)')} name="plannedBudgetVnd" rules={[req]}><MoneyInput /></Form.Item>
        <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
          <Form.Item label={t('Dự kiến khởi công', 'Planned start')} name="plannedStartOn" rules={[req]}><DateInput /></Form.Item>
          <Form.Item label={t('Dự kiến hoàn thành', 'Planned end')} name="plannedEndOn" rules={[req]}><DateInput /></Form.Item>
        </Space>
      </CommandForm>
    </div>
  );
}

export type { Page };
