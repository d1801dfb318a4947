import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Card, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../lib/i18n';
import { PageTitle } from '../components/common';
import { EventsTab } from './audit/EventsTab';
import { StreamTab } from './audit/StreamTab';
import { RejectedTab, VerifyTab } from './audit/ChainTabs';

export function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'events';
  const streamId = params.get('stream') ?? '';
  const at = /^\d+$/.test(params.get('at') ?? '') ? Number(params.get('at')) : null;
  const openStream = useCallback((id: string) => setParams({ tab: 'stream', stream: id }), [setParams]);
  const items = useMemo(
    () => [
      { key: 'events', label: t('Sự kiện', 'Events'), children: <EventsTab openStream={openStream} /> },
      {
        key: 'stream',
        label: t('Lịch sử luồng & theo thời điểm', 'Stream history & as-of'),
        children: <StreamTab streamId={streamId} at={at} setStreamId={openStream} />,
      },
      { key: 'verify', label: t('Kiểm tra chuỗi', 'Chain verification'), children: <VerifyTab /> },
      { key: 'rejected', label: t('Lệnh bị từ chối', 'Refused commands'), children: <RejectedTab /> },
    ],
    [t, streamId, at, openStream],
  );
  return (
    <div>
      <PageTitle>{t('Kiểm toán', 'Audit')}</PageTitle>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'stream' && streamId ? { tab: k, stream: streamId } : { tab: k })}
          items={items}
        />
      </Card>
    </div>
  );
}

export { dayjs };
