import { useState, useSyncExternalStore } from 'react';
import { Alert, Badge, Button, Card, Col, Drawer, Empty, List, Popconfirm, Row, Space, Tag } from 'antd';
import { CloudUploadOutlined, DisconnectOutlined } from '@ant-design/icons';
import { ApiError } from '../lib/api';
import { fmtInstant } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { discard, flushOutbox, retry, useOutbox, type OutboxEntry } from '../lib/outbox';
import { useFieldErrorText, useProblemText } from './CommandForm';

/** True while the browser has a network connection. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener('online', l);
      window.addEventListener('offline', l);
      return () => {
        window.removeEventListener('online', l);
        window.removeEventListener('offline', l);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}

/** `{a: {b: 1}}` → `[['a.b', '1']]`, for showing two versions of a record side by side. */
function flatten(value: unknown, prefix = '', out: [string, string][] = [], depth = 0): [string, string][] {
  if (value !== null && typeof value === 'object' && depth < 3) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (!entries.length) out.push([prefix || '—', Array.isArray(value) ? '[]' : '{}']);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  } else {
    out.push([prefix || '—', value === null || value === undefined ? '—' : String(value as string)]);
  }
  return out;
}

const MAX_ROWS = 40;
const CELL = { padding: '4px 8px', borderBottom: '1px solid #f0f0f0', verticalAlign: 'top' } as const;

/**
 * One version of the record as field/value rows. `first`: field names shown first and marked (the
 * fields of the person's record, so the server's matching values sit at the top).
 */
function Version({
  title,
  value,
  testId,
  first = new Set<string>(),
}: {
  title: string;
  value: unknown;
  testId: string;
  first?: Set<string>;
}) {
  const leaf = (k: string) => k.split('.').pop()!;
  const all = flatten(value);
  const rows = [...all.filter(([k]) => first.has(leaf(k))), ...all.filter(([k]) => !first.has(leaf(k)))];
  return (
    <Card size="small" title={title} data-testid={testId} style={{ height: '100%' }}>
      <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', wordBreak: 'break-word' }}>
        <tbody>
          {rows.slice(0, MAX_ROWS).map(([k, v]) => (
            <tr key={k} style={first.has(leaf(k)) ? { background: '#fffbe6' } : undefined}>
              <th scope="row" style={{ ...CELL, width: '45%', textAlign: 'left', fontWeight: 'normal' }}>
                <code>{k}</code>
              </th>
              <td style={CELL}>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <div style={{ marginTop: 4 }}>… (+{rows.length - MAX_ROWS})</div>}
    </Card>
  );
}

function serverRevision(e: OutboxEntry): number | null {
  const r = (e.server as { revision?: unknown } | undefined)?.revision;
  return typeof r === 'number' ? r : null;
}

function KeptEntry({ e }: { e: OutboxEntry }) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const fieldText = useFieldErrorText();
  const conflict = e.state === 'conflict';
  const status = e.problem?.status ?? 0;
  const revision = serverRevision(e);
  return (
    <Card
      size="small"
      data-testid="outbox-kept"
      style={{ marginBottom: 12 }}
      title={e.title}
      extra={<Tag color={conflict ? 'orange' : 'red'}>{status}</Tag>}
    >
      <Alert
        type={conflict ? 'warning' : 'error'}
        showIcon
        style={{ marginBottom: 8 }}
        title={
          status === 412
            ? t(
                'Hồ sơ đã được thay đổi trên máy chủ sau khi bạn xem: so sánh hai bản rồi chọn',
                'The record changed on the server after you saw it: compare both versions, then choose',
              )
            : e.problem
              ? problemText(new ApiError(status, e.problem))
              : ''
        }
        description={
          e.problem?.errors?.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {e.problem.errors.map((x, i) => (
                <li key={i}>
                  <code>{x.field}</code>: {fieldText(x)}
                </li>
              ))}
            </ul>
          ) : e.problem?.code ? (
            <code>{e.problem.code}</code>
          ) : undefined
        }
      />
      {conflict && (
        <Row gutter={8} style={{ marginBottom: 8 }}>
          <Col xs={24} md={12}>
            <Version
              testId="conflict-mine"
              title={`${t('Bản của bạn', 'Your version')} (${t('phiên bản đã xem', 'revision seen')}: ${e.ifMatch ?? '—'})`}
              value={e.body}
            />
          </Col>
          <Col xs={24} md={12}>
            <Version
              testId="conflict-server"
              title={`${t('Bản hiện tại trên máy chủ', 'Current version on the server')} (${t('phiên bản', 'revision')}: ${revision ?? '—'})`}
              value={e.server ?? t('Không tải được', 'Could not be loaded')}
              first={new Set(flatten(e.body).map(([k]) => k.split('.').pop()!))}
            />
          </Col>
        </Row>
      )}
      <Space wrap>
        {conflict ? (
          <Button type="primary" onClick={() => void retry(e.id, revision ?? e.ifMatch)}>
            {t('Gửi lại với phiên bản mới', 'Retry against the current version')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void retry(e.id)}>
            {t('Gửi lại', 'Send again')}
          </Button>
        )}
        <Popconfirm
          title={t('Bỏ bản ghi này? Nó sẽ không được gửi.', 'Discard this record? It will not be sent.')}
          okText={t('Bỏ', 'Discard')}
          cancelText={t('Giữ lại', 'Keep')}
          onConfirm={() => discard(e.id)}
        >
          <Button danger>{t('Bỏ bản ghi này', 'Discard this record')}</Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

/** The header's outbox: a count of records waiting or kept, and a drawer listing them. */
export function OutboxButton() {
  const { t } = useI18n();
  const online = useOnline();
  const entries = useOutbox();
  const [open, setOpen] = useState(false);
  const pending = entries.filter((e) => e.state === 'pending');
  const conflicts = entries.filter((e) => e.state === 'conflict');
  const rejected = entries.filter((e) => e.state === 'rejected');
  return (
    <>
      {!online && (
        <Tag icon={<DisconnectOutlined />} color="default" data-testid="offline-tag">
          {t('Ngoại tuyến', 'Offline')}
        </Tag>
      )}
      <Badge count={entries.length} color={conflicts.length + rejected.length ? '#fa541c' : '#1677ff'}>
        <Button
          data-testid="outbox-button"
          icon={<CloudUploadOutlined />}
          onClick={() => setOpen(true)}
          aria-label={`${t('Chờ gửi', 'Outbox')}: ${entries.length}`}
        >
          {t('Chờ gửi', 'Outbox')}
        </Button>
      </Badge>
      <Drawer
        title={t('Bản ghi chờ gửi', 'Records waiting to be sent')}
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        extra={
          <Button disabled={!online || !pending.length} onClick={() => void flushOutbox()}>
            {t('Gửi ngay', 'Send now')}
          </Button>
        }
      >
        {conflicts.length + rejected.length > 0 && (
          <section aria-label={t('Xung đột', 'Conflicts')} style={{ marginBottom: 16 }}>
            <h3>{t('Xung đột', 'Conflicts')}</h3>
            {[...conflicts, ...rejected].map((e) => (
              <KeptEntry key={e.id} e={e} />
            ))}
          </section>
        )}
        <section aria-label={t('Đang chờ gửi', 'Waiting')}>
          <h3>{t('Đang chờ gửi', 'Waiting')}</h3>
          {pending.length ? (
            <List
              data-testid="outbox-pending"
              dataSource={pending}
              renderItem={(e) => (
                <List.Item>
                  <List.Item.Meta
                    title={e.title}
                    description={`${fmtInstant(e.createdAt)}${e.attempts ? ` · ${t('đã thử', 'tried')} ${e.attempts}` : ''}`}
                  />
                </List.Item>
              )}
            />
          ) : (
            <Empty description={t('Không có bản ghi nào chờ gửi', 'Nothing waiting')} />
          )}
        </section>
      </Drawer>
    </>
  );
}

/** A banner while records are kept after a conflict or a refusal: they need the person. */
export function OutboxConflictsBanner() {
  const { t } = useI18n();
  const kept = useOutbox().filter((e) => e.state !== 'pending').length;
  if (!kept) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="outbox-conflicts"
      title={t(
        `Có ${kept} bản ghi chưa được ghi nhận (xung đột hoặc bị từ chối): mở "Chờ gửi" để xử lý.`,
        `${kept} record(s) were not recorded (conflict or refused): open "Outbox" to resolve them.`,
      )}
    />
  );
}
