import { useState } from 'react';
import { Alert, App, Button, Card, InputNumber, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { tokens, useApi } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { Json, PageTitle, QueryState } from '../components/common';

/** Báo cáo: the annual report preview and downloads (once the report endpoint exists). */
export function ReportsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const report = useApi<unknown>(`/api/reports/annual?year=${year}&format=json`);
  const download = async (format: 'xlsx' | 'pdf') => {
    const res = await fetch(`/api/reports/annual?year=${year}&format=${format}`, { headers: { authorization: `Bearer ${tokens.get()}` } });
    if (!res.ok) {
      message.error(t('Không tải được báo cáo', 'Could not download the report'));
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `bao-cao-ket-nghia-${year}.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div>
      <PageTitle extra={
        <Space>
          <label htmlFor="report-year">{t('Năm', 'Year')}</label>
          <InputNumber id="report-year" min={2013} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} />
          <Button icon={<DownloadOutlined />} disabled={!report.data} onClick={() => void download('xlsx')}>Excel</Button>
          <Button icon={<DownloadOutlined />} disabled={!report.data} onClick={() => void download('pdf')}>PDF</Button>
        </Space>
      }>{t('Báo cáo', 'Reports')}</PageTitle>
      <Card>
        <QueryState loading={report.isLoading} error={report.error} what={t('Báo cáo năm sẽ có khi máy chủ cung cấp chức năng báo cáo.', 'The annual report appears once the server provides it.')}>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(`Báo cáo tổng hợp năm ${year}`, `Annual report ${year}`)} />
          <Json value={report.data} />
        </QueryState>
      </Card>
    </div>
  );
}
