import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Empty, Form, Input, InputNumber, Row, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useApi, withQuery, type Page, type Schemas } from '../lib/api';
import { useAuth, usePermissions } from '../lib/auth';
import { fmtDate, fmtNumber, fmtVnd } from '../lib/format';
import { useI18n } from '../lib/i18n';
import {
  ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, EXCHANGE_KIND_LABELS, FUND_SOURCE_LABELS, INITIATOR_LABELS, OUTREACH_TOPIC_LABELS, PAIRING_STATUS_LABELS, RECIPIENT_LABELS,
} from '../lib/labels';
import { ActivityForm, type ActivityRecord } from '../components/ActivityForm';
import { CommandForm } from '../components/CommandForm';
import { DateInput, MoneyInput, PageTitle, QueryState, StatusTag, useNames } from '../components/common';
import type { Pairing } from './PairingsPage';

/** One row of GET /api/activities. */
export type ActivityRow = Schemas['Activity'];

export const activityIdOf = (a: ActivityRow) => a.activityId;
export const recordOf = (a: ActivityRow): ActivityRecord => a.record as ActivityRecord;

const KIND_COLORS: Record<string, string> = { visit: 'blue', gift: 'magenta', exchange: 'purple', outreach: 'cyan', immersion_stay: 'green', study_tour: 'gold', volunteer_work: 'orange' };

function ActivityDetails({ r }: { r: ActivityRecord }) {
  const { t, label } = useI18n();
  const names = useNames();
  const total = (r.resources ?? []).reduce((s, x) => s + (x.valueVnd ?? 0), 0);
  return (
    <div style={{ fontSize: 13 }}>
      <div>{r.summary}</div>
      <Typography.Text type="secondary">
        {t('Địa điểm', 'Where')}: {r.locationName ?? names.unitName(r.locationAdminUnitId)} · {t('Tham gia', 'Participants')}: {fmtNumber(r.participants?.organizationMembers)} {t('cán bộ', 'members')}, {fmtNumber(r.participants?.residents)} {t('người dân', 'residents')}
        {total > 0 && <> · {t('Nguồn lực', 'Resources')}: {fmtVnd(total)} ({[...new Set(r.resources.map((x) => label(FUND_SOURCE_LABELS, x.source)))].join(', ')})</>}
      </Typography.Text>
      {r.kind === 'gift' && r.items && (
        <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
          {r.items.map((i, n) => <li key={n}>{i.name}: {fmtNumber(i.quantity)} {i.unit} — {fmtVnd(i.valueVnd)}</li>)}
          {r.recipient && <li>{t('Nơi nhận', 'Recipient')}: {label(RECIPIENT_LABELS, r.recipient)}</li>}
        </ul>
      )}
      {r.kind === 'exchange' && r.exchangeKind && <div>{label(EXCHANGE_KIND_LABELS, r.exchangeKind)}</div>}
      {r.kind === 'outreach' && <div>{(r.topics ?? []).map((x) => <Tag key={x}>{label(OUTREACH_TOPIC_LABELS, x)}</Tag>)}</div>}
      {r.kind === 'immersion_stay' && <div>{fmtNumber(r.nights)} {t('đêm', 'nights')} · {(r.hostHouseholdIds ?? []).length} {t('hộ đón tiếp', 'host households')}</div>}
      {r.kind === 'study_tour' && <div>{t('Nơi đến', 'Destination')}: {r.destination} {r.modelsStudied?.length ? `· ${r.modelsStudied.join(', ')}` : ''}</div>}
      {r.kind === 'volunteer_work' && <div>{fmtNumber(r.labourDays)} {t('ngày công', 'labour days')}</div>}
    </div>
  );
}

/** One pairing: its plans, its activity timeline, and the commands its people may send. */
export function PairingDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const can = usePermissions();
  const { user } = useAuth();
  const names = useNames();
  const pairing = useApi<Pairing>(`/api/pairings/${id}`);
  const [showVoided, setShowVoided] = useState(false);
  const activities = useApi<Page<ActivityRow>>(withQuery('/api/activities', { pairingId: id, includeVoided: showVoided ? 'true' : undefined, limit: 200 }));
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<ActivityRow | null>(null);
  const [voiding, setVoiding] = useState<ActivityRow | null>(null);
  const [planOpen, setPlanOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };

  const p = pairing.data;
  const mayRecord = !!p && can.recordActivity(p);
  const mayCorrect = !!p && can.correctActivity(p);
  const mayPlan = !!p && (can.managePairings || (user?.role === 'staff' && user.organizationId === p.organizationId));
  const rows = [...(activities.data?.items ?? [])].sort((a, b) => (b.occurredOn ?? '').localeCompare(a.occurredOn ?? ''));

  return (
    <div>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/ket-nghia')} style={{ paddingLeft: 0 }}>{t('Danh sách kết nghĩa', 'All pairings')}</Button>
      <QueryState loading={pairing.isLoading} error={pairing.error}>
        {p && (
          <>
            <PageTitle extra={
              <>
                {mayRecord && p.status === 'active' && <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>{t('Ghi nhận hoạt động', 'Record an activity')}</Button>}
                {mayPlan && p.status === 'active' && <Button onClick={() => setPlanOpen(true)}>{t('Thông qua kế hoạch năm', 'Adopt a yearly plan')}</Button>}
                {can.managePairings && p.status === 'active' && <Button danger onClick={() => setEndOpen(true)}>{t('Kết thúc kết nghĩa', 'End the pairing')}</Button>}
              </>
            }>
              {names.orgName(p.organizationId)} ↔ {names.unitName(p.adminUnitId)}
            </PageTitle>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={10}>
                <Card title={t('Thông tin kết nghĩa', 'Pairing')} size="small">
                  <Descriptions column={1} size="small" items={[
                    { key: 's', label: t('Trạng thái', 'Status'), children: <StatusTag value={p.status} table={PAIRING_STATUS_LABELS} /> },
                    { key: 'e', label: t('Ngày kết nghĩa', 'Established'), children: fmtDate(p.establishedOn) },
                    { key: 'd', label: t('Quyết định', 'Decision'), children: p.decisionRef },
                    ...(p.endedOn ? [{ key: 'x', label: t('Ngày kết thúc', 'Ended'), children: `${fmtDate(p.endedOn)} — ${p.endReason ?? ''}` }] : []),
                    ...(p.formerAdminUnitIds?.length ? [{ key: 'f', label: t('Địa bàn trước sáp nhập', 'Before the merge'), children: p.formerAdminUnitIds.map(names.unitName).join(', ') }] : []),
                  ]} />
                  <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>{t('Số hoạt động theo loại', 'Activities by kind')}</Typography.Title>
                  <Space wrap>
                    {ACTIVITY_KINDS.map((k) => <Tag key={k} color={KIND_COLORS[k]}>{label(ACTIVITY_KIND_LABELS, k)}: {p.activityCounts?.[k] ?? 0}</Tag>)}
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
                        { title: t('Hoạt động dự kiến', 'Planned'), dataIndex: 'plannedActivities', render: (v: Record<string, number>) => Object.entries(v).map(([k, n]) => <Tag key={k}>{label(ACTIVITY_KIND_LABELS, k)}: {n}</Tag>) },
                        { title: t('Kinh phí', 'Budget'), dataIndex: 'budgetVnd', render: fmtVnd },
                      ]}
                      expandable={{ expandedRowRender: (r) => <ul style={{ margin: 0 }}>{r.objectives.map((o, i) => <li key={i}>{o}</li>)}</ul> }}
                    />
                  ) : <Empty description={t('Chưa có kế hoạch', 'No plan yet')} />}
                </Card>
              </Col>
              <Col xs={24} lg={14}>
                <Card
                  title={t('Dòng thời gian hoạt động', 'Activity timeline')}
                  size="small"
                  extra={<label style={{ display: 'flex', gap: 6, alignItems: 'center' }}><Switch size="small" checked={showVoided} onChange={setShowVoided} />{t('Hiện cả bản ghi đã hủy', 'Show voided')}</label>}
                >
                  <QueryState loading={activities.isLoading} error={activities.error}>
                    {rows.length === 0 ? <Empty description={t('Chưa có hoạt động nào', 'No activities yet')} /> : (
                      <Timeline
                        items={rows.map((a) => {
                          const r = recordOf(a);
                          return {
                            key: activityIdOf(a),
                            color: a.voided ? 'gray' : KIND_COLORS[a.kind] ?? 'blue',
                            content: (
                              <div data-testid="activity" style={{ opacity: a.voided ? 0.6 : 1 }}>
                                <Space wrap size={4}>
                                  <Typography.Text strong>{fmtDate(a.occurredOn)}</Typography.Text>
                                  <Tag color={KIND_COLORS[a.kind]}>{label(ACTIVITY_KIND_LABELS, a.kind)}</Tag>
                                  {a.initiator && <Tag>{label(INITIATOR_LABELS, a.initiator)}</Tag>}
                                  {a.voided && <Tag color="default">{t('Đã hủy', 'Voided')}{a.voidReason ? `: ${a.voidReason}` : ''}</Tag>}
                                  {(a.correctedCount ?? 0) > 0 && <Tag color="gold">{t('Đã đính chính', 'Corrected')} ×{a.correctedCount}</Tag>}
                                </Space>
                                <ActivityDetails r={r} />
                                {mayCorrect && !a.voided && (
                                  <Space style={{ marginTop: 4 }}>
                                    <Button size="small" onClick={() => setCorrecting(a)}>{t('Đính chính', 'Correct')}</Button>
                                    <Button size="small" danger onClick={() => setVoiding(a)}>{t('Hủy bản ghi', 'Void')}</Button>
                                  </Space>
                                )}
                              </div>
                            ),
                          };
                        })}
                      />
                    )}
                  </QueryState>
                </Card>
              </Col>
            </Row>

            <ActivityForm
              open={recording}
              onClose={() => setRecording(false)}
              pairingId={p.id}
              adminUnitId={p.adminUnitId}
              initiatorFixed={user?.role === 'commune_officer' ? 'commune' : null}
            />
            {correcting && (
              <ActivityForm
                open
                onClose={() => setCorrecting(null)}
                pairingId={p.id}
                adminUnitId={p.adminUnitId}
                revision={p.revision}
                correcting={{ activityId: activityIdOf(correcting), record: { ...recordOf(correcting), kind: correcting.kind } }}
              />
            )}
            {voiding && (
              <CommandForm<Record<string, unknown>>
                title={`${t('Hủy bản ghi hoạt động', 'Void the activity')} (${label(ACTIVITY_KIND_LABELS, voiding.kind)}, ${fmtDate(voiding.occurredOn)})`}
                open
                onClose={() => setVoiding(null)}
                path={`/api/pairings/${p.id}/activities/${activityIdOf(voiding)}/void`}
                ifMatch={p.revision}
                submitText={t('Hủy bản ghi', 'Void')}
              >
                <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}><Input.TextArea rows={3} /></Form.Item>
              </CommandForm>
            )}
            <CommandForm<Record<string, unknown>>
              title={t('Thông qua kế hoạch năm', 'Adopt a yearly plan')}
              open={planOpen}
              onClose={() => setPlanOpen(false)}
              path={`/api/pairings/${p.id}/plans`}
              ifMatch={p.revision}
              initialValues={{ year: new Date().getFullYear(), plannedActivities: {}, objectivesText: '' }}
              toBody={(v) => ({
                year: v.year,
                objectives: String(v.objectivesText ?? '').split('\n').map((s) => s.trim()).filter(Boolean),
                plannedActivities: Object.fromEntries(Object.entries((v.plannedActivities as Record<string, number | null>) ?? {}).filter(([, n]) => typeof n === 'number' && n > 0)),
                budgetVnd: v.budgetVnd ?? 0,
              })}
            >
              <Form.Item label={t('Năm', 'Year')} name="year" rules={[req]}><InputNumber min={2000} max={2100} precision={0} /></Form.Item>
              <Form.Item label={t('Mục tiêu (mỗi dòng một mục tiêu)', 'Objectives (one per line)')} name="objectivesText" rules={[req]}><Input.TextArea rows={3} /></Form.Item>
              <Typography.Text strong>{t('Số hoạt động dự kiến', 'Planned activities')}</Typography.Text>
              <Row gutter={8}>
                {ACTIVITY_KINDS.map((k) => (
                  <Col xs={12} md={8} key={k}>
                    <Form.Item label={label(ACTIVITY_KIND_LABELS, k)} name={['plannedActivities', k]}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item>
                  </Col>
                ))}
              </Row>
              <Form.Item label={t('Kinh phí dự kiến (VND)', 'Budget (VND)')} name="budgetVnd" rules={[req]}><MoneyInput /></Form.Item>
            </CommandForm>
            <CommandForm<Record<string, unknown>>
              title={t('Kết thúc kết nghĩa', 'End the pairing')}
              open={endOpen}
              onClose={() => setEndOpen(false)}
              path={`/api/pairings/${p.id}/end`}
              ifMatch={p.revision}
              submitText={t('Kết thúc', 'End')}
            >
              <Form.Item label={t('Ngày kết thúc', 'Ended on')} name="endedOn" rules={[req]}><DateInput past /></Form.Item>
              <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}><Input.TextArea rows={3} /></Form.Item>
            </CommandForm>
          </>
        )}
      </QueryState>
    </div>
  );
}
