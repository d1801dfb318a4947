import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Collapse, DatePicker, Descriptions, Empty, Form, Input, Row, Slider, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { downloadFile, get, useApi, withQuery, type ApiError, type Page, type Schemas } from '../lib/api';
import { fmtInstant } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ENTITY_PATHS, ROLE_LABELS } from '../lib/labels';
import { Json, PageTitle, QueryState } from '../components/common';

type AuditTrailPage = Schemas['AuditEvents'];
type AuditItem = AuditTrailPage['items'][number];
interface StreamEvent {
  revision: number; position: number; type: string; recordedAt: string; data: unknown;
  metadata: { actor?: { userId: string; username: string; role: string }; commandName?: string; commandId?: string; correlationId?: string; causationId?: string; reason?: string | null; [k: string]: unknown };
  hash: string; prevHash: string | null; changes: { path: string; before: unknown; after: unknown }[] | null;
}
interface Verify { ok: boolean; checked: number; headHash: string; firstBroken: null | { position: number; streamId: string; revision: number } }

const STREAM_RE = /^[a-z]+-[0-9a-f-]{36}$/;
const show = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The trail as sentences, newest first: search by a name or code, filters, and the export of what was found. */
function EventsTab({ openStream }: { openStream(id: string): void }) {
  const { t, label, lang } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [form] = Form.useForm();
  const q = useInfiniteQuery<AuditTrailPage, ApiError>({
    queryKey: ['api', 'audit-events', filters],
    queryFn: ({ pageParam, signal }) => get(withQuery('/api/audit/events', { ...filters, after: pageParam as string | undefined, limit: 50 }), signal),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  const apply = (v: { q?: string; streamId?: string; actor?: string; type?: string; range?: [Dayjs | null, Dayjs | null] | null }) => {
    setFilters({
      q: v.q?.trim() || undefined, streamId: v.streamId?.trim() || undefined, actor: v.actor?.trim() || undefined, type: v.type?.trim() || undefined,
      from: v.range?.[0]?.startOf('day').toISOString(), to: v.range?.[1]?.endOf('day').toISOString(),
    });
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const ok = await downloadFile(withQuery('/api/audit/events', { ...filters, format }), `nhat-ky-kiem-toan.${format}`);
    if (!ok) message.error(t('Không xuất được nhật ký', 'Could not export the trail'));
  };
  return (
    <>
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 12, rowGap: 8 }} name="audit-filters">
        <Form.Item label={t('Tìm theo tên hoặc mã', 'Search by name or code')} name="q"><Input placeholder={t('xã, hộ, cơ quan…', 'commune, household, organisation…')} style={{ width: 240 }} allowClear /></Form.Item>
        <Form.Item label={t('Luồng', 'Stream')} name="streamId"><Input placeholder="adminunit-…" style={{ width: 230 }} allowClear /></Form.Item>
        <Form.Item label={t('Người thực hiện', 'Actor')} name="actor"><Input style={{ width: 140 }} allowClear /></Form.Item>
        <Form.Item label={t('Loại sự kiện', 'Event type')} name="type"><Input placeholder="VisitConducted" style={{ width: 190 }} allowClear /></Form.Item>
        <Form.Item label={t('Thời gian ghi', 'Recorded')} name="range"><DatePicker.RangePicker format="DD/MM/YYYY" /></Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>{t('Lọc', 'Filter')}</Button>
      </Form>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('Mới nhất trước. Xuất kèm mã băm của từng sự kiện:', 'Newest first. Export with each event\'s hash:')}</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => void exportAs('csv')}>{t('Xuất CSV', 'Export CSV')}</Button>
        <Button icon={<DownloadOutlined />} onClick={() => void exportAs('xlsx')}>{t('Xuất Excel', 'Export Excel')}</Button>
      </Space>
      <QueryState loading={q.isLoading} error={q.error}>
        <Table<AuditItem>
          rowKey="position"
          size="small"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('Không có sự kiện nào', 'No events') }}
          columns={[
            { title: t('Thời điểm ghi', 'Recorded at'), dataIndex: 'recordedAt', width: 160, render: fmtInstant },
            { title: t('Nội dung', 'What happened'), key: 'title', render: (_: unknown, r) => <span data-testid="audit-sentence">{lang === 'vi' ? r.title : r.titleEn}</span> },
            { title: t('Người thực hiện', 'Actor'), dataIndex: 'actor', width: 170, render: (a: AuditItem['actor']) => <>{a?.username} <Tag>{label(ROLE_LABELS, a?.role)}</Tag></> },
            { title: t('Lý do', 'Reason'), dataIndex: 'reason', width: 160 },
            { title: t('Loại sự kiện', 'Event type'), dataIndex: 'type', width: 200 },
            { title: t('Luồng', 'Stream'), dataIndex: 'streamId', width: 150, render: (v: string, r) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => openStream(v)}>{v.slice(0, v.indexOf('-') + 9)}… r{r.revision}</Button> },
          ]}
        />
        {q.hasNextPage && <Button style={{ marginTop: 12 }} loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>{t('Tải thêm', 'Load more')}</Button>}
      </QueryState>
    </>
  );
}

/** A stream's events with metadata and field diffs, and the entity as of any moment of it. */
function StreamTab({ streamId, at, setStreamId }: { streamId: string; at: number | null; setStreamId(id: string): void }) {
  const { t, label } = useI18n();
  const [input, setInput] = useState(streamId);
  useEffect(() => setInput(streamId), [streamId]);
  const valid = STREAM_RE.test(streamId);
  const stream = useApi<{ streamId: string; events: StreamEvent[] }>(valid ? `/api/audit/streams/${streamId}` : null);
  const events = stream.data?.events ?? [];
  const [asOfIndex, setAsOfIndex] = useState<number | null>(null);
  const [customAsOf, setCustomAsOf] = useState<Dayjs | null>(null);
  useEffect(() => { setAsOfIndex(null); setCustomAsOf(null); }, [streamId]);
  // Opened at a log position (a figure's provenance): the entity as it stood then.
  const atIndex = at === null ? -1 : events.reduce((found, e, i) => (e.position <= at ? i : found), -1);
  const index = asOfIndex ?? (atIndex >= 0 ? atIndex : Math.max(0, events.length - 1));
  const category = streamId.slice(0, streamId.indexOf('-'));
  const entityId = streamId.slice(streamId.indexOf('-') + 1);
  const base = ENTITY_PATHS[category];
  const asOf = customAsOf ? customAsOf.toISOString() : events[index]?.recordedAt;
  const entity = useApi<Record<string, unknown>>(base && asOf ? withQuery(`${base}/${entityId}`, { asOf }) : null);

  return (
    <>
      <Form layout="inline" onFinish={() => setStreamId(input.trim())} style={{ marginBottom: 16 }} name="stream-open">
        <Form.Item label={t('Mã luồng', 'Stream id')} validateStatus={input && !STREAM_RE.test(input.trim()) ? 'error' : undefined} help={input && !STREAM_RE.test(input.trim()) ? t('Dạng <loại>-<uuid>', 'Looks like <category>-<uuid>') : undefined}>
          <Input value={input} onChange={(e) => setInput(e.target.value)} style={{ width: 420 }} placeholder="adminunit-9b1deb4d-…" />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('Xem lịch sử', 'Show history')}</Button>
      </Form>
      {!valid ? <Empty description={t('Nhập mã luồng hoặc chọn một sự kiện ở tab Sự kiện', 'Enter a stream id, or pick an event in the Events tab')} /> : (
        <QueryState loading={stream.isLoading} error={stream.error}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>{t('Lịch sử luồng', 'Stream history')} ({events.length} {t('sự kiện', 'events')})</Typography.Title>
              <Collapse
                defaultActiveKey={events.length ? [String(events[index]?.revision ?? events[events.length - 1].revision)] : []}
                items={events.map((e) => ({
                  key: String(e.revision),
                  label: <span><Tag>r{e.revision}</Tag><strong>{e.type}</strong> · {fmtInstant(e.recordedAt)} · {e.metadata.actor?.username}</span>,
                  children: (
                    <div data-testid="stream-event">
                      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered items={[
                        { key: 'a', label: t('Người thực hiện', 'Actor'), children: <>{e.metadata.actor?.username} <Tag>{label(ROLE_LABELS, e.metadata.actor?.role)}</Tag></> },
                        { key: 'c', label: t('Lệnh', 'Command'), children: e.metadata.commandName ?? '—' },
                        { key: 'p', label: t('Vị trí toàn cục', 'Global position'), children: e.position },
                        { key: 'r', label: t('Lý do', 'Reason'), children: e.metadata.reason ?? '—' },
                        { key: 'co', label: 'Correlation', children: <code style={{ fontSize: 11 }}>{e.metadata.correlationId ?? '—'}</code> },
                        { key: 'ca', label: 'Causation', children: <code style={{ fontSize: 11 }}>{e.metadata.causationId ?? '—'}</code> },
                        { key: 'h', label: 'Hash', children: <code style={{ fontSize: 11, wordBreak: 'break-all' }}>{e.hash}</code> },
                        { key: 'ph', label: t('Hash trước', 'Previous hash'), children: <code style={{ fontSize: 11, wordBreak: 'break-all' }}>{e.prevHash ?? '—'}</code> },
                      ]} />
                      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>{t('Thay đổi theo trường', 'Field changes')}</Typography.Text>
                      {e.changes?.length ? (
                        <Table size="small" rowKey="path" pagination={false} dataSource={e.changes} columns={[
                          { title: t('Trường', 'Field'), dataIndex: 'path', render: (v: string) => <code>{v}</code> },
                          { title: t('Trước', 'Before'), dataIndex: 'before', render: (v: unknown) => <span className="kn-diff-before">{show(v)}</span> },
                          { title: t('Sau', 'After'), dataIndex: 'after', render: (v: unknown) => <span className="kn-diff-after">{show(v)}</span> },
                        ]} />
                      ) : <Typography.Text type="secondary">{e.changes === null ? t('Không có bản tóm tắt cho loại luồng này', 'No diff for this stream kind') : t('Không có thay đổi', 'No changes')}</Typography.Text>}
                      <Collapse size="small" style={{ marginTop: 8 }} items={[{ key: 'd', label: t('Dữ liệu sự kiện', 'Event data'), children: <Json value={e.data} /> }]} />
                    </div>
                  ),
                }))}
              />
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('Xem theo thời điểm', 'As-of viewer')}>
                {!base ? <Empty description={t('Không có bản đọc cho loại luồng này', 'No entity view for this stream kind')} /> : (
                  <>
                    <Typography.Text id="asof-label">{t('Trạng thái sau sự kiện', 'State after event')}: r{index} ({events[index]?.type})</Typography.Text>
                    <Slider
                      aria-labelledby="asof-label"
                      min={0}
                      max={Math.max(0, events.length - 1)}
                      value={index}
                      disabled={events.length < 2 || !!customAsOf}
                      marks={Object.fromEntries(events.map((e) => [e.revision, `r${e.revision}`]))}
                      tooltip={{ formatter: (v) => (v === undefined ? '' : fmtInstant(events[v]?.recordedAt)) }}
                      onChange={(v) => setAsOfIndex(v)}
                    />
                    <Space wrap style={{ marginBottom: 8 }}>
                      <span>{t('Hoặc chọn thời điểm', 'Or pick an instant')}:</span>
                      <DatePicker showTime format="DD/MM/YYYY HH:mm:ss" value={customAsOf} onChange={setCustomAsOf} aria-label={t('Thời điểm xem', 'As of')} />
                    </Space>
                    <div style={{ marginBottom: 8 }}>
                      <Tag color="blue" data-testid="asof-instant">asOf = {fmtInstant(asOf)}</Tag>
                    </div>
                    <QueryState loading={entity.isLoading} error={entity.error}>
                      {entity.data && (
                        <Descriptions size="small" column={1} bordered items={Object.entries(entity.data).filter(([k]) => k !== 'history').map(([k, v]) => ({ key: k, label: k, children: <span data-testid={`asof-${k}`}>{show(v)}</span> }))} />
                      )}
                    </QueryState>
                  </>
                )}
              </Card>
            </Col>
          </Row>
        </QueryState>
      )}
    </>
  );
}

function VerifyTab() {
  const { t } = useI18n();
  const [result, setResult] = useState<Verify | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await get<Verify>('/api/audit/verify'));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Paragraph>{t('Kiểm tra từng mắt xích băm của toàn bộ nhật ký sự kiện; nếu có chỗ bị sửa, hệ thống chỉ ra mắt xích hỏng đầu tiên.', 'Checks every hash link of the whole event log; if anything was altered, it names the first broken link.')}</Typography.Paragraph>
      <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void run()}>{t('Kiểm tra chuỗi', 'Verify the chain')}</Button>
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon title={error} />}
      {result && (
        <Alert
          role="status"
          style={{ marginTop: 16 }}
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={result.ok ? t(`Chuỗi toàn vẹn — đã kiểm tra ${result.checked} sự kiện`, `Chain intact — ${result.checked} events checked`) : t('Phát hiện chuỗi bị phá vỡ', 'The chain is broken')}
          description={result.firstBroken
            ? `${t('Mắt xích hỏng đầu tiên', 'First broken link')}: #${result.firstBroken.position} ${result.firstBroken.streamId} r${result.firstBroken.revision}`
            : <code style={{ wordBreak: 'break-all' }}>head: {result.headHash}</code>}
        />
      )}
    </>
  );
}

interface Rejected { id: number; at: string; username: string; role: string; method: string; path: string; commandName: string | null; status: number; code: string; detail: string }

function RejectedTab() {
  const { t, label } = useI18n();
  const [page, setPage] = useState(1);
  const q = useApi<Page<Rejected>>(`/api/audit/rejected-commands?limit=20&offset=${(page - 1) * 20}`);
  return (
    <QueryState loading={q.isLoading} error={q.error}>
      <Table<Rejected> rowKey="id" size="small" dataSource={q.data?.items ?? []} scroll={{ x: 1000 }}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        locale={{ emptyText: t('Không có lệnh nào bị từ chối', 'No refused commands') }}
        columns={[
          { title: t('Thời điểm', 'At'), dataIndex: 'at', width: 170, render: fmtInstant },
          { title: t('Người dùng', 'User'), dataIndex: 'username', render: (v: string, r) => <>{v} <Tag>{label(ROLE_LABELS, r.role)}</Tag></> },
          { title: t('Lệnh', 'Command'), key: 'c', render: (_: unknown, r) => r.commandName ?? `${r.method} ${r.path}` },
          { title: 'HTTP', dataIndex: 'status', width: 70 },
          { title: t('Mã', 'Code'), dataIndex: 'code' },
          { title: t('Chi tiết', 'Detail'), dataIndex: 'detail' },
        ]} />
    </QueryState>
  );
}

/** Kiểm toán: event explorer, stream history with diffs, as-of viewer, chain verification. */
export function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'events';
  const streamId = params.get('stream') ?? '';
  const at = /^\d+$/.test(params.get('at') ?? '') ? Number(params.get('at')) : null;
  const openStream = useCallback((id: string) => setParams({ tab: 'stream', stream: id }), [setParams]);
  const items = useMemo(() => [
    { key: 'events', label: t('Sự kiện', 'Events'), children: <EventsTab openStream={openStream} /> },
    { key: 'stream', label: t('Lịch sử luồng & theo thời điểm', 'Stream history & as-of'), children: <StreamTab streamId={streamId} at={at} setStreamId={openStream} /> },
    { key: 'verify', label: t('Kiểm tra chuỗi', 'Chain verification'), children: <VerifyTab /> },
    { key: 'rejected', label: t('Lệnh bị từ chối', 'Refused commands'), children: <RejectedTab /> },
  ], [t, streamId, at, openStream]);
  return (
    <div>
      <PageTitle>{t('Kiểm toán', 'Audit')}</PageTitle>
      <Card>
        <Tabs activeKey={tab} onChange={(k) => setParams(k === 'stream' && streamId ? { tab: k, stream: streamId } : { tab: k })} items={items} />
      </Card>
    </div>
  );
}

export { dayjs };
