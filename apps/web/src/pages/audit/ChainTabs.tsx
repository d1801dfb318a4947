import { useState } from 'react';
import { Alert, Button, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { get, useApi, type Page } from '../../lib/api';
import { fmtInstant } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ROLE_LABELS } from '../../lib/labels';
import { QueryState } from '../../components/common';

interface Verify {
  ok: boolean;
  checked: number;
  headHash: string;
  firstBroken: null | { position: number; streamId: string; revision: number };
}

export function VerifyTab() {
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
      <Typography.Paragraph>
        {t(
          'Kiểm tra từng mắt xích băm của toàn bộ nhật ký sự kiện; nếu có chỗ bị sửa, hệ thống chỉ ra mắt xích hỏng đầu tiên.',
          'Checks every hash link of the whole event log; if anything was altered, it names the first broken link.',
        )}
      </Typography.Paragraph>
      <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void run()}>
        {t('Kiểm tra chuỗi', 'Verify the chain')}
      </Button>
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon title={error} />}
      {result && (
        <Alert
          role="status"
          style={{ marginTop: 16 }}
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={
            result.ok
              ? t(
                  `Chuỗi toàn vẹn — đã kiểm tra ${result.checked} sự kiện`,
                  `Chain intact — ${result.checked} events checked`,
                )
              : t('Phát hiện chuỗi bị phá vỡ', 'The chain is broken')
          }
          description={
            result.firstBroken ? (
              `${t('Mắt xích hỏng đầu tiên', 'First broken link')}: #${result.firstBroken.position} ${result.firstBroken.streamId} r${result.firstBroken.revision}`
            ) : (
              <code style={{ wordBreak: 'break-all' }}>head: {result.headHash}</code>
            )
          }
        />
      )}
    </>
  );
}

interface Rejected {
  id: number;
  at: string;
  username: string;
  role: string;
  method: string;
  path: string;
  commandName: string | null;
  status: number;
  code: string;
  detail: string;
}

export function RejectedTab() {
  const { t, label } = useI18n();
  const [page, setPage] = useState(1);
  const q = useApi<Page<Rejected>>(`/api/audit/rejected-commands?limit=20&offset=${(page - 1) * 20}`);
  return (
    <QueryState loading={q.isLoading} error={q.error}>
      <Table<Rejected>
        rowKey="id"
        size="small"
        dataSource={q.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: q.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        locale={{ emptyText: t('Không có lệnh nào bị từ chối', 'No refused commands') }}
        columns={[
          { title: t('Thời điểm', 'At'), dataIndex: 'at', width: 170, render: fmtInstant },
          {
            title: t('Người dùng', 'User'),
            dataIndex: 'username',
            render: (v: string, r) => (
              <>
                {v} <Tag>{label(ROLE_LABELS, r.role)}</Tag>
              </>
            ),
          },
          {
            title: t('Lệnh', 'Command'),
            key: 'c',
            render: (_: unknown, r) => r.commandName ?? `${r.method} ${r.path}`,
          },
          { title: 'HTTP', dataIndex: 'status', width: 70 },
          { title: t('Mã', 'Code'), dataIndex: 'code' },
          { title: t('Chi tiết', 'Detail'), dataIndex: 'detail' },
        ]}
      />
    </QueryState>
  );
}

/** Kiểm toán: event explorer, stream history with diffs, as-of viewer, chain verification. */
