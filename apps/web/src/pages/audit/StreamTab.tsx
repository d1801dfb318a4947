import { useEffect, useState } from 'react';
import {
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Row,
  Slider,
  Space,
  Tag,
  Typography,
} from 'antd';
import { type Dayjs } from 'dayjs';
import { useApi, withQuery } from '../../lib/api';
import { fmtInstant } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ENTITY_PATHS } from '../../lib/labels';
import { QueryState } from '../../components/common';
import { STREAM_RE } from './EventsTab';
import { StreamEventDetail, show, type StreamEvent } from './StreamEventDetail';

export function StreamTab({
  streamId,
  at,
  setStreamId,
}: {
  streamId: string;
  at: number | null;
  setStreamId(id: string): void;
}) {
  const { t } = useI18n();
  const [input, setInput] = useState(streamId);
  useEffect(() => setInput(streamId), [streamId]);
  const valid = STREAM_RE.test(streamId);
  const stream = useApi<{ streamId: string; events: StreamEvent[] }>(valid ? `/api/audit/streams/${streamId}` : null);
  const events = stream.data?.events ?? [];
  const [asOfIndex, setAsOfIndex] = useState<number | null>(null);
  const [customAsOf, setCustomAsOf] = useState<Dayjs | null>(null);
  useEffect(() => {
    setAsOfIndex(null);
    setCustomAsOf(null);
  }, [streamId]);
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
        <Form.Item
          label={t('Mã luồng', 'Stream id')}
          validateStatus={input && !STREAM_RE.test(input.trim()) ? 'error' : undefined}
          help={
            input && !STREAM_RE.test(input.trim()) ? t('Dạng <loại>-<uuid>', 'Looks like <category>-<uuid>') : undefined
          }
        >
          <Input
            value={input}
            onChange={(e) => setInput(e.target.value)}
            style={{ width: 420 }}
            placeholder="adminunit-9b1deb4d-…"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('Xem lịch sử', 'Show history')}
        </Button>
      </Form>
      {!valid ? (
        <Empty
          description={t(
            'Nhập mã luồng hoặc chọn một sự kiện ở tab Sự kiện',
            'Enter a stream id, or pick an event in the Events tab',
          )}
        />
      ) : (
        <QueryState loading={stream.isLoading} error={stream.error}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {t('Lịch sử luồng', 'Stream history')} ({events.length} {t('sự kiện', 'events')})
              </Typography.Title>
              <Collapse
                defaultActiveKey={
                  events.length ? [String(events[index]?.revision ?? events[events.length - 1].revision)] : []
                }
                items={events.map((e) => ({
                  key: String(e.revision),
                  label: (
                    <span>
                      <Tag>r{e.revision}</Tag>
                      <strong>{e.type}</strong> · {fmtInstant(e.recordedAt)} · {e.metadata.actor?.username}
                    </span>
                  ),
                  children: <StreamEventDetail e={e} />,
                }))}
              />
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('Xem theo thời điểm', 'As-of viewer')}>
                {!base ? (
                  <Empty
                    description={t('Không có bản đọc cho loại luồng này', 'No entity view for this stream kind')}
                  />
                ) : (
                  <>
                    <Typography.Text id="asof-label">
                      {t('Trạng thái sau sự kiện', 'State after event')}: r{index} ({events[index]?.type})
                    </Typography.Text>
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
                      <DatePicker
                        showTime
                        format="DD/MM/YYYY HH:mm:ss"
                        value={customAsOf}
                        onChange={setCustomAsOf}
                        aria-label={t('Thời điểm xem', 'As of')}
                      />
                    </Space>
                    <div style={{ marginBottom: 8 }}>
                      <Tag color="blue" data-testid="asof-instant">
                        asOf = {fmtInstant(asOf)}
                      </Tag>
                    </div>
                    <QueryState loading={entity.isLoading} error={entity.error}>
                      {entity.data && (
                        <Descriptions
                          size="small"
                          column={1}
                          bordered
                          items={Object.entries(entity.data)
                            .filter(([k]) => k !== 'history')
                            .map(([k, v]) => ({
                              key: k,
                              label: k,
                              children: <span data-testid={`asof-${k}`}>{show(v)}</span>,
                            }))}
                        />
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
