import { Collapse, Descriptions, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import { ROLE_LABELS } from '../../lib/labels';
import { Json } from '../../components/common';

export interface StreamEvent {
  revision: number;
  position: number;
  type: string;
  recordedAt: string;
  data: unknown;
  metadata: {
    actor?: { userId: string; username: string; role: string };
    commandName?: string;
    commandId?: string;
    correlationId?: string;
    causationId?: string;
    reason?: string | null;
    [k: string]: unknown;
  };
  hash: string;
  prevHash: string | null;
  changes: { path: string; before: unknown; after: unknown }[] | null;
}

export const show = (v: unknown) =>
  v === null || v === undefined ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** One event of a stream: who, which command, where in the log, its hash link, and what changed field by field. */
export function StreamEventDetail({ e }: { e: StreamEvent }) {
  const { t, label } = useI18n();
  return (
    <div data-testid="stream-event">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        bordered
        items={[
          {
            key: 'a',
            label: t('Người thực hiện', 'Actor'),
            children: (
              <>
                {e.metadata.actor?.username} <Tag>{label(ROLE_LABELS, e.metadata.actor?.role)}</Tag>
              </>
            ),
          },
          { key: 'c', label: t('Lệnh', 'Command'), children: e.metadata.commandName ?? '—' },
          { key: 'p', label: t('Vị trí toàn cục', 'Global position'), children: e.position },
          { key: 'r', label: t('Lý do', 'Reason'), children: e.metadata.reason ?? '—' },
          {
            key: 'co',
            label: 'Correlation',
            children: <code style={{ fontSize: 11 }}>{e.metadata.correlationId ?? '—'}</code>,
          },
          {
            key: 'ca',
            label: 'Causation',
            children: <code style={{ fontSize: 11 }}>{e.metadata.causationId ?? '—'}</code>,
          },
          {
            key: 'h',
            label: 'Hash',
            children: <code style={{ fontSize: 11, wordBreak: 'break-all' }}>{e.hash}</code>,
          },
          {
            key: 'ph',
            label: t('Hash trước', 'Previous hash'),
            children: <code style={{ fontSize: 11, wordBreak: 'break-all' }}>{e.prevHash ?? '—'}</code>,
          },
        ]}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {t('Thay đổi theo trường', 'Field changes')}
      </Typography.Text>
      {e.changes?.length ? (
        <Table
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={e.changes}
          columns={[
            { title: t('Trường', 'Field'), dataIndex: 'path', render: (v: string) => <code>{v}</code> },
            {
              title: t('Trước', 'Before'),
              dataIndex: 'before',
              render: (v: unknown) => <span className="kn-diff-before">{show(v)}</span>,
            },
            {
              title: t('Sau', 'After'),
              dataIndex: 'after',
              render: (v: unknown) => <span className="kn-diff-after">{show(v)}</span>,
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">
          {e.changes === null
            ? t('Không có bản tóm tắt cho loại luồng này', 'No diff for this stream kind')
            : t('Không có thay đổi', 'No changes')}
        </Typography.Text>
      )}
      <Collapse
        size="small"
        style={{ marginTop: 8 }}
        items={[{ key: 'd', label: t('Dữ liệu sự kiện', 'Event data'), children: <Json value={e.data} /> }]}
      />
    </div>
  );
}
