import { useEffect, useState } from 'react';
import { Alert, Button, Card, Progress, Radio, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, downloadFile, request, tokens, withQuery, type Schemas } from '../lib/api';
import { useAuth } from '../lib/auth';
import { useI18n } from '../lib/i18n';
import { PageTitle, UnitSelect } from '../components/common';

type Kind = 'households' | 'review';
type CellError = Schemas['ImportCellError'];
type Progress = Schemas['ImportProgress'];
interface DryRun {
  rows: number;
  valid: number;
  alreadyImported: number;
  errors: CellError[];
}
interface Started {
  importId: string;
  commands: number;
  status: 'running' | 'completed';
}

/** Sends the file as multipart (the API's one upload); problems come back as ApiError like every request. */
async function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.get()}`, accept: 'application/json, application/problem+json' },
    body: form,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, { status: res.status, ...(data as object) });
  return data as T;
}

/** "Nhập từ Excel": a commune's household list or review results, checked row by row, then imported. */
export function ImportPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const [kind, setKind] = useState<Kind>('households');
  const [communeId, setCommune] = useState<string | undefined>(
    user?.role === 'commune_officer' ? (user.communeId ?? undefined) : undefined,
  );
  const [file, setFile] = useState<File | null>(null);
  const [dry, setDry] = useState<DryRun | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setDry(null);
    setStarted(null);
    setProgress(null);
    setError(null);
  };
  const path = (dryRun: boolean) => withQuery(`/api/imports/${kind}`, { communeId, dryRun });

  const check = async (f: File) => {
    reset();
    setFile(f);
    setBusy(true);
    try {
      setDry(await upload<DryRun>(path(true), f));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const s = await upload<Started>(path(false), file);
      setStarted(s);
      setProgress(await request<Progress>(`/api/imports/${s.importId}`));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  // Poll the import's progress until it completes.
  useEffect(() => {
    if (!started || progress?.status === 'completed') return;
    const timer = setTimeout(() => {
      void request<Progress>(`/api/imports/${started.importId}`)
        .then(setProgress)
        .catch((e: Error) => setError(e.message));
    }, 400);
    return () => clearTimeout(timer);
  }, [started, progress]);

  const percent = progress ? (progress.total ? Math.round((progress.done / progress.total) * 100) : 100) : 0;

  return (
    <>
      <PageTitle>{t('Nhập từ Excel', 'Import from Excel')}</PageTitle>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Radio.Group
              aria-label={t('Loại danh sách', 'Kind of list')}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as Kind);
                setFile(null);
                reset();
              }}
              options={[
                { value: 'households', label: t('Danh sách hộ gia đình', 'Household list') },
                { value: 'review', label: t('Kết quả rà soát', 'Review results') },
              ]}
              optionType="button"
            />
            <UnitSelect
              kinds={['commune']}
              placeholder={t('Xã', 'Commune')}
              aria-label={t('Xã', 'Commune')}
              value={communeId}
              disabled={user?.role === 'commune_officer'}
              onChange={(v) => {
                setCommune(v);
                setFile(null);
                reset();
              }}
              style={{ width: 240 }}
            />
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void downloadFile(
                  `/api/imports/templates/${kind}`,
                  kind === 'households' ? 'mau-danh-sach-ho.xlsx' : 'mau-ket-qua-ra-soat.xlsx',
                )
              }
            >
              {t('Tải mẫu', 'Download the template')}
            </Button>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              disabled={!communeId || busy}
              beforeUpload={(f) => {
                void check(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} type="primary" disabled={!communeId || busy}>
                {t('Chọn tệp Excel', 'Choose an Excel file')}
              </Button>
            </Upload>
          </Space>
          {!communeId && (
            <Typography.Text type="secondary">{t('Chọn xã trước.', 'Choose the commune first.')}</Typography.Text>
          )}
          {error && <Alert type="error" showIcon title={error} />}
          {dry && (
            <div data-testid="dry-run">
              <Typography.Paragraph>
                {file?.name}:{' '}
                {t(
                  `${dry.rows} dòng, ${dry.valid} dòng hợp lệ, ${dry.rows - dry.valid} dòng có lỗi`,
                  `${dry.rows} rows, ${dry.valid} valid, ${dry.rows - dry.valid} with errors`,
                )}
                {dry.alreadyImported > 0 &&
                  t(` (${dry.alreadyImported} dòng đã nhập trước đây)`, ` (${dry.alreadyImported} imported before)`)}
              </Typography.Paragraph>
              {dry.errors.length > 0 && (
                <Table<CellError>
                  size="small"
                  pagination={false}
                  rowKey={(e) => `${e.row}-${e.column}`}
                  dataSource={dry.errors}
                  aria-label={t('Lỗi theo dòng và cột', 'Errors by row and column')}
                  columns={[
                    { title: t('Dòng', 'Row'), dataIndex: 'row', width: 70 },
                    { title: t('Cột', 'Column'), dataIndex: 'column', width: 60 },
                    { title: t('Tiêu đề', 'Header'), dataIndex: 'header', width: 200 },
                    { title: t('Lỗi', 'Error'), dataIndex: 'message' },
                  ]}
                />
              )}
              {!started && (
                <Button
                  type="primary"
                  style={{ marginTop: 12 }}
                  disabled={busy || dry.valid === 0}
                  onClick={() => void run()}
                >
                  {t(`Nhập ${dry.valid} dòng hợp lệ`, `Import ${dry.valid} valid rows`)}
                </Button>
              )}
            </div>
          )}
          {started && (
            <div data-testid="import-result">
              <Progress percent={percent} status={progress?.status === 'completed' ? 'success' : 'active'} />
              {progress?.status === 'completed' && (
                <Alert
                  type={progress.errors.length ? 'warning' : 'success'}
                  showIcon
                  title={
                    started.commands === 0
                      ? t(
                          'Tệp này đã được nhập trước đây: không có gì thay đổi.',
                          'This file was imported before: nothing changed.',
                        )
                      : t(
                          `Đã nhập ${progress.applied} dòng, ${progress.errors.length} dòng bị từ chối.`,
                          `Imported ${progress.applied} rows, ${progress.errors.length} refused.`,
                        )
                  }
                  description={progress.errors.map((e) => `${t('Dòng', 'Row')} ${e.row}: ${e.message}`).join('; ')}
                />
              )}
            </div>
          )}
        </Space>
      </Card>
    </>
  );
}
