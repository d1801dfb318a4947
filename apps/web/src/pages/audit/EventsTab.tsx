import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type Dayjs } from 'dayjs';
import { downloadFile, get, withQuery, type ApiError, type Schemas } from '../../lib/api';
import { fmtInstant } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ROLE_LABELS } from '../../lib/labels';
import { QueryState } from '../../components/common';

type AuditTrailPage = Schemas['AuditEvents'];
type AuditItem = AuditTrailPage['items'][number];

export const STREAM_RE = /^[a-z]+-[0-9a-f-]{36}$/;

/** The trail as sentences, newest first: search by a name or code, filters, and the export of what was found. */
export function EventsTab({ openStream }: { openStream(id: string): void }) {
  const { t, label, lang } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [form] = Form.useForm();
  const q = useInfiniteQuery<AuditTrailPage, ApiError>({
    queryKey: ['api', 'audit-events', filters],
    queryFn: ({ pageParam, signal }) =>
      get(withQuery('/api/audit/events', { ...filters, after: pageParam as string | undefined, limit: 50 }), signal),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  const apply = (v: {
    q?: string;
    streamId?: string;
    actor?: string;
    type?: string;
    range?: [Dayjs | null, Dayjs | null] | null;
  }) => {
    setFilters({
      q: v.q?.trim() || undefined,
      streamId: v.streamId?.trim() || undefined,
      actor: v.actor?.trim() || undefined,
      type: v.type?.trim() || undefined,
      from: v.range?.[0]?.startOf('day').toISOString(),
      to: v.range?.[1]?.endOf('day').toISOString(),
    });
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const ok = await downloadFile(
      withQuery('/api/audit/events', { ...filters, format }),
      `nhat-ky-kiem-toan.${format}`,
    );
    if (!ok) message.error(t('Không xuất được nhật ký', 'Could not export the trail'));
  };
  return (
    <>
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 12, rowGap: 8 }} name="audit-filters">
        <Form.Item label={t('Tìm theo tên hoặc mã', 'Search by name or code')} name="q">
          <Input
            placeholder={t('xã, hộ, cơ quan…', 'commune, household, organisation…')}
            style={{ width: 240 }}
            allowClear
          />
        </Form.Item>
        <Form.Item label={t('Luồng', 'Stream')} name="streamId">
          <Input placeholder="adminunit-…" style={{ width: 230 }} allowClear />
        </Form.Item>
        <Form.Item label={t('Người thực hiện', 'Actor')} name="actor">
          <Input style={{ width: 140 }} allowClear />
        </Form.Item>
        <Form.Item label={t('Loại sự kiện', 'Event type')} name="type">
          <Input placeholder="VisitConducted" style={{ width: 190 }} allowClear />
        </Form.Item>
        <Form.Item label={t('Thời gian ghi', 'Recorded')} name="range">
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('Lọc', 'Filter')}
        </Button>
      </Form>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {t('Mới nhất trước. Xuất kèm mã băm của từng sự kiện:', "Newest first. Export with each event's hash:")}
        </Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => void exportAs('csv')}>
          {t('Xuất CSV', 'Export CSV')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void exportAs('xlsx')}>
          {t('Xuất Excel', 'Export Excel')}
        </Button>
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
            {
              title: t('Nội dung', 'What happened'),
              key: 'title',
              render: (_: unknown, r) => (
                <span data-testid="audit-sentence">{lang === 'vi' ? r.title : r.titleEn}</span>
              ),
            },
            {
              title: t('Người thực hiện', 'Actor'),
              dataIndex: 'actor',
              width: 170,
              render: (a: AuditItem['actor']) => (
                <>
                  {a?.username} <Tag>{label(ROLE_LABELS, a?.role)}</Tag>
                </>
              ),
            },
            { title: t('Lý do', 'Reason'), dataIndex: 'reason', width: 160 },
            { title: t('Loại sự kiện', 'Event type'), dataIndex: 'type', width: 200 },
            {
              title: t('Luồng', 'Stream'),
              dataIndex: 'streamId',
              width: 150,
              render: (v: string, r) => (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => openStream(v)}>
                  {v.slice(0, v.indexOf('-') + 9)}… r{r.revision}
                </Button>
              ),
            },
          ]}
        />
        {q.hasNextPage && (
          <Button style={{ marginTop: 12 }} loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
            {t('Tải thêm', 'Load more')}
          </Button>
        )}
      </QueryState>
    </>
  );
}

/** A stream's events with metadata and field diffs, and the entity as of any moment of it. */
