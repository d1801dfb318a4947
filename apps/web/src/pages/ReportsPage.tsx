import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { downloadFile, useApi, withQuery } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { FigureCell, FigureScope, IssuedReportFigures } from '../components/FigureDrawer';
import { BoundariesSelect, PageTitle, QueryState, type Boundaries } from '../components/common';
import { fmtDate, fmtInstant, fmtNumber } from '../lib/format';
import { usePermissions } from '../lib/auth';
import { DraftReportDialog, IssueReportDialog, type Sections } from './ReportDialogs';

interface Pair {
  total: number;
  ethnicMinority: number;
}
interface Flow {
  start: Pair;
  newly: Pair;
  exited: Pair;
  relapsed: Pair;
  end: Pair;
}
interface PovertyRow {
  communeId: string;
  communeName: string;
  poor: Flow;
  nearPoor: Flow;
}
interface Report {
  title: string;
  status?: 'draft' | 'issued';
  boundaries?: Boundaries;
  header?: { issuer: string[]; abbreviation: string; number: string | null; place: string | null; date: string };
  sections?: Sections;
  issuedAt: string;
  issueNumber: number;
  pinned: { position: number; headHash: string | null; chainVerified: boolean; exact: boolean };
  narrative: { results: string[]; limitations: string[] };
  figures: { poverty: { rows: PovertyRow[]; total: Omit<PovertyRow, 'communeId' | 'communeName'> } };
  restatement: {
    previous: unknown;
    changes: { label?: string; before?: unknown; after?: unknown }[];
    reasons: { reason?: string; type?: string }[];
  };
}

/** The dashboard figure behind a poverty cell (same review year, the row's commune), when there is one. */
const CELL_FIGURES: Record<'poor' | 'nearPoor', Partial<Record<keyof Flow, { total?: string; em?: string }>>> = {
  poor: {
    end: { total: 'households.poor', em: 'households.poorEthnicMinority' },
    newly: { total: 'households.newlyPoor' },
    exited: { total: 'households.exitedPoverty' },
    relapsed: { total: 'households.relapsed' },
  },
  nearPoor: { end: { total: 'households.nearPoor', em: 'households.nearPoorEthnicMinority' } },
};

const FLOW: [keyof Flow, string, string][] = [
  ['start', 'Đầu năm', 'Start'],
  ['newly', 'Phát sinh', 'Newly'],
  ['exited', 'Thoát', 'Exited'],
  ['relapsed', 'Tái', 'Relapsed'],
  ['end', 'Cuối năm', 'End'],
];

/** Báo cáo: the annual report as the document reads (results, limitations, the poverty table), and its downloads. */
export function ReportsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [boundaries, setBoundaries] = useState<Boundaries>('then');
  const query = (format: string) =>
    withQuery('/api/reports/annual', { year, format, boundaries: boundaries === 'today' ? boundaries : undefined });
  const report = useApi<Report>(query('json'));
  // An issued report reads only as issued (409 report.issued_as_issued): back to the year's own units.
  useEffect(() => {
    if (report.error?.problem.code === 'report.issued_as_issued') setBoundaries('then');
  }, [report.error]);
  const download = async (format: 'xlsx' | 'pdf') => {
    if (!(await downloadFile(query(format), `bao-cao-ket-nghia-${year}.${format}`))) {
      message.error(t('Không tải được báo cáo', 'Could not download the report'));
    }
  };
  const r = report.data;
  const can = usePermissions();
  const [dialog, setDialog] = useState<'draft' | 'issue' | null>(null);
  const mayEdit = can.approveProject && r?.status === 'draft';
  const cell = (kind: 'poor' | 'nearPoor', key: keyof Flow, part: 'total' | 'em', row: PovertyRow, text: string) => {
    const path = CELL_FIGURES[kind][key]?.[part];
    if (!path) return text;
    const [, vi, en] = FLOW.find(([k]) => k === key) ?? [key, '', ''];
    const what = `${t(vi, en)} — ${kind === 'poor' ? t('hộ nghèo', 'poor') : t('hộ cận nghèo', 'near-poor')}${part === 'em' ? ' DTTS' : ''} — ${row.communeName}`;
    return (
      <FigureCell path={path} label={what} query={row.communeId === 'total' ? {} : { communeId: row.communeId }}>
        {text}
      </FigureCell>
    );
  };
  const group = (kind: 'poor' | 'nearPoor', title: string) => ({
    title,
    children: FLOW.map(([key, vi, en]) => ({
      title: t(vi, en),
      children: [
        {
          title: t('Tổng', 'Total'),
          key: `${kind}-${key}-t`,
          align: 'right' as const,
          render: (_: unknown, row: PovertyRow) => cell(kind, key, 'total', row, fmtNumber(row[kind][key].total)),
        },
        {
          title: 'DTTS',
          key: `${kind}-${key}-e`,
          align: 'right' as const,
          render: (_: unknown, row: PovertyRow) => cell(kind, key, 'em', row, fmtNumber(row[kind][key].ethnicMinority)),
        },
      ],
    })),
  });
  const rows = r
    ? [
        ...r.figures.poverty.rows,
        { communeId: 'total', communeName: t('Toàn tỉnh', 'Province'), ...r.figures.poverty.total },
      ]
    : [];
  return (
    <div>
      <PageTitle
        extra={
          <Space>
            <label htmlFor="report-year">{t('Năm', 'Year')}</label>
            <InputNumber
              id="report-year"
              min={2013}
              max={2100}
              precision={0}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            <BoundariesSelect
              value={boundaries}
              onChange={setBoundaries}
              disabled={r?.status === 'issued'}
              title={
                r?.status === 'issued'
                  ? t(
                      'Báo cáo đã ban hành giữ nguyên địa giới của năm báo cáo',
                      'An issued report keeps the units of its year',
                    )
                  : undefined
              }
            />
            <Button icon={<DownloadOutlined />} disabled={!r} onClick={() => void download('xlsx')}>
              Excel
            </Button>
            <Button icon={<DownloadOutlined />} disabled={!r} onClick={() => void download('pdf')}>
              PDF
            </Button>
            {mayEdit && <Button onClick={() => setDialog('draft')}>{t('Soạn thảo', 'Draft')}</Button>}
            {mayEdit && (
              <Button type="primary" onClick={() => setDialog('issue')}>
                {t('Ban hành', 'Issue')}
              </Button>
            )}
          </Space>
        }
      >
        {t('Báo cáo', 'Reports')}
      </PageTitle>
      <QueryState loading={report.isLoading} error={report.error} what={t('Chưa có báo cáo.', 'No report yet.')}>
        {r && (
          <Card>
            {r.status && (
              <Typography.Paragraph style={{ textAlign: 'center' }}>
                {r.status === 'issued' ? (
                  <Tag color="green">{t('Đã ban hành', 'Issued')}</Tag>
                ) : (
                  <Tag color="orange">{t('Dự thảo', 'Draft')}</Tag>
                )}
                {r.header &&
                  `${r.header.issuer.join(' — ')} · ${r.header.number ? `Số ${r.header.number}, ` : ''}${r.header.place ? `${r.header.place}, ` : ''}${fmtDate(r.header.date)}`}
              </Typography.Paragraph>
            )}
            <Typography.Title level={4} style={{ textAlign: 'center' }}>
              {r.title}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
              {t(
                `Bản số ${r.issueNumber}, lập lúc ${fmtInstant(r.issuedAt)}; số liệu tính đến vị trí ${r.pinned.position} của nhật ký sự kiện`,
                `Issue ${r.issueNumber}, ${fmtInstant(r.issuedAt)}; figures as of log position ${r.pinned.position}`,
              )}
              {r.pinned.chainVerified ? t(' — chuỗi kiểm toán đã xác minh', ' — audit chain verified') : ''}
              {r.pinned.headHash ? ` (${r.pinned.headHash.slice(0, 12)}…)` : ''}
            </Typography.Paragraph>
            {r.restatement.changes.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('Số liệu đã được điều chỉnh so với bản trước', 'Figures restated since the previous issue')}
                description={
                  <ul>
                    {r.restatement.reasons.map((x, i) => (
                      <li key={i}>{x.reason ?? x.type}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {r.status === 'issued' && (
              <Card
                size="small"
                style={{ marginBottom: 16 }}
                title={t('Truy vết số liệu của bản đã ban hành', 'Trace the issued figures')}
              >
                <IssuedReportFigures
                  year={year}
                  figures={[
                    ['coverage.pairedCommunes', t('Xã DTTS đã kết nghĩa', 'Target communes paired')],
                    ['activities.total', t('Hoạt động', 'Activities')],
                    ['households.poor', t('Hộ nghèo', 'Poor households')],
                    ['households.supported', t('Hộ nghèo có cam kết', 'Poor with a commitment')],
                    ['commitments.fulfilled', t('Cam kết hoàn thành', 'Commitments fulfilled')],
                  ]}
                />
              </Card>
            )}
            <Typography.Title level={5}>{t('I. Những kết quả đạt được', 'I. Results achieved')}</Typography.Title>
            {r.narrative.results.map((line, i) => (
              <Typography.Paragraph key={i}>{line}</Typography.Paragraph>
            ))}
            <Typography.Title level={5}>{t('II. Hạn chế', 'II. Limitations')}</Typography.Title>
            {r.narrative.limitations.map((line, i) => (
              <Typography.Paragraph key={i}>{line}</Typography.Paragraph>
            ))}
            <Typography.Title level={5}>
              {t(
                'III. Diễn biến hộ nghèo, hộ cận nghèo trong năm',
                'III. Poor and near-poor households during the year',
              )}
            </Typography.Title>
            {/* Each figure cell opens its list: an issued report's at its pin, a draft's as the dashboard reads it now. */}
            <FigureScope
              query={r.status === 'issued' ? {} : { year, boundaries: boundaries === 'today' ? boundaries : undefined }}
              base={r.status === 'issued' ? `/api/reports/annual/${year}/figures` : undefined}
            >
              <Table<PovertyRow>
                size="small"
                bordered
                pagination={false}
                scroll={{ x: 1300 }}
                rowKey="communeId"
                dataSource={rows}
                columns={[
                  { title: t('Xã', 'Commune'), dataIndex: 'communeName', fixed: 'left', width: 140 },
                  group('poor', t('Hộ nghèo', 'Poor')),
                  group('nearPoor', t('Hộ cận nghèo', 'Near-poor')),
                ]}
              />
            </FigureScope>
          </Card>
        )}
      </QueryState>
      <DraftReportDialog year={year} open={dialog === 'draft'} onClose={() => setDialog(null)} sections={r?.sections} />
      <IssueReportDialog
        year={year}
        open={dialog === 'issue'}
        onClose={() => setDialog(null)}
        abbreviation={r?.header?.abbreviation ?? 'BDVTU'}
      />
    </div>
  );
}
