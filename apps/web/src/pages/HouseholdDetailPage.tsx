import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Checkbox, Col, Descriptions, Empty, Form, Input, InputNumber, Progress, Radio, Row, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useApi } from '../lib/api';
import { usePermissions } from '../lib/auth';
import { datesToIso, fmtDate, fmtVnd } from '../lib/format';
import { useI18n } from '../lib/i18n';
import {
  AREA_LABELS, COMMITMENT_KIND_LABELS, COMMITMENT_STATUS_LABELS, DEPRIVATION_LABELS, GENDER_LABELS, HOUSEHOLD_STATUS_LABELS, TRANSITION_LABELS,
} from '../lib/labels';
import { Chart } from '../components/Chart';
import { CommandForm } from '../components/CommandForm';
import { DateInput, MoneyInput, OrgSelect, PageTitle, QueryState, StatusTag, UnitSelect, useNames, useOptions } from '../components/common';
import { useHeadName, type Commitment, type Household } from './HouseholdsPage';

interface TimelineItem { date: string; type: string; title: string; titleEn?: string; [k: string]: unknown }
interface Standard { code: string; name: string; nameEn?: string; validFrom: number; validTo: number; reviewYears: { from: number; to: number }; indicators: { code: string; labelVi: string; labelEn: string }[] }

type Dialog =
  | { kind: 'assess' } | { kind: 'commit' } | { kind: 'move' } | { kind: 'members' } | { kind: 'erase' }
  | { kind: 'deliver'; c: Commitment } | { kind: 'fulfil'; c: Commitment } | { kind: 'cancel'; c: Commitment };

const TYPE_COLORS: Record<string, string> = {
  PovertyAssessed: 'blue', PovertyStatusChanged: 'red', SupportCommitted: 'purple', SupportDelivered: 'green', SupportCommitmentFulfilled: 'green', SupportCommitmentCancelled: 'gray',
};

/** A household's route out of poverty: income against the line, transitions, deprivations, commitments. */
export function HouseholdDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, lang, label } = useI18n();
  const opts = useOptions();
  const navigate = useNavigate();
  const can = usePermissions();
  const names = useNames();
  const headName = useHeadName();
  const hh = useApi<Household>(`/api/households/${id}`);
  const timeline = useApi<{ items: TimelineItem[] }>(`/api/households/${id}/timeline`);
  const standards = useApi<Standard[]>('/api/poverty-standards', { staleTime: 600_000 });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };

  const h = hh.data;
  const items = timeline.data?.items ?? [];
  const assessments = items.filter((i) => i.type === 'PovertyAssessed').sort((a, b) => Number(a.reviewYear) - Number(b.reviewYear));
  const transitions = items.filter((i) => i.type === 'PovertyStatusChanged');
  const deliveries = (cid: string) => items.filter((i) => i.type === 'SupportDelivered' && i.commitmentId === cid);
  const indicatorLabel = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of standards.data ?? []) for (const i of s.indicators) m.set(i.code, lang === 'vi' ? i.labelVi : i.labelEn);
    return (code: string) => m.get(code) ?? label(DEPRIVATION_LABELS, code);
  }, [standards.data, lang, label]);

  const chartOption = {
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => fmtVnd(Number(v)) },
    legend: { bottom: 0 },
    grid: { left: 90, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category' as const, data: assessments.map((a) => String(a.reviewYear)) },
    yAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => new Intl.NumberFormat('vi-VN').format(v) } },
    series: [
      { name: t('Thu nhập BQ/người/tháng', 'Income per capita / month'), type: 'bar' as const, data: assessments.map((a) => Number(a.incomePerCapitaVnd)), itemStyle: { color: '#1677ff' } },
      { name: t('Chuẩn nghèo', 'Poverty line'), type: 'line' as const, step: 'middle' as const, data: assessments.map((a) => Number(a.povertyLineVnd ?? 0) || null), itemStyle: { color: '#cf1322' } },
      { name: t('Chuẩn cận nghèo', 'Near-poor line'), type: 'line' as const, step: 'middle' as const, data: assessments.map((a) => Number(a.nearPoorLineVnd ?? 0) || null), itemStyle: { color: '#fa8c16' }, lineStyle: { type: 'dashed' as const } },
    ],
  };

  const mayAssess = !!h && can.assessHousehold(h.communeId);
  const mayCommit = !!h && can.commitSupport(h.communeId);
  const standardForYear = (y: number | undefined) => (standards.data ?? []).find((s) => y !== undefined && y >= s.reviewYears.from && y <= s.reviewYears.to);

  return (
    <div>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/ho-ngheo')} style={{ paddingLeft: 0 }}>{t('Sổ hộ', 'Register')}</Button>
      <QueryState loading={hh.isLoading} error={hh.error}>
        {h && (
          <>
            <PageTitle extra={
              <>
                {mayAssess && <Button type="primary" onClick={() => setDialog({ kind: 'assess' })}>{t('Rà soát hộ nghèo', 'Assess poverty')}</Button>}
                {mayCommit && <Button onClick={() => setDialog({ kind: 'commit' })}>{t('Cam kết hỗ trợ', 'Commit support')}</Button>}
                {mayAssess && <Button onClick={() => setDialog({ kind: 'members' })}>{t('Thay đổi nhân khẩu', 'Change members')}</Button>}
                {mayAssess && <Button onClick={() => setDialog({ kind: 'move' })}>{t('Chuyển nơi ở', 'Move')}</Button>}
                {can.erasePersonalData && h.head !== 'erased' && <Button danger onClick={() => setDialog({ kind: 'erase' })}>{t('Xóa dữ liệu cá nhân', 'Erase personal data')}</Button>}
              </>
            }>
              {t('Hộ', 'Household')} {h.code} — {headName(h.head)}
            </PageTitle>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={9}>
                <Card size="small" title={t('Thông tin hộ', 'Household')}>
                  <Descriptions column={1} size="small" items={[
                    { key: 's', label: t('Phân loại hiện tại', 'Current status'), children: <><StatusTag value={h.status} table={HOUSEHOLD_STATUS_LABELS} />{h.latestAssessment?.transition && <Tag>{label(TRANSITION_LABELS, h.latestAssessment.transition)}</Tag>}</> },
                    { key: 'c', label: t('Xã / thôn', 'Commune / village'), children: `${names.unitName(h.communeId)}${h.villageId ? ` / ${names.unitName(h.villageId)}` : ''}` },
                    { key: 'e', label: t('Dân tộc', 'Ethnicity'), children: h.ethnicity },
                    { key: 'm', label: t('Nhân khẩu', 'Members'), children: h.memberCount },
                    { key: 'a', label: t('Khu vực', 'Area'), children: label(AREA_LABELS, h.area) },
                    { key: 'r', label: t('Ngày đăng ký', 'Registered'), children: fmtDate(h.registeredOn) },
                    ...(typeof h.head === 'object' ? [
                      { key: 'hb', label: t('Năm sinh chủ hộ', 'Head born'), children: h.head.birthYear ?? '—' },
                      { key: 'hg', label: t('Giới tính', 'Gender'), children: label(GENDER_LABELS, h.head.gender ?? '') || '—' },
                    ] : []),
                  ]} />
                </Card>
                <Card size="small" title={t('Thiếu hụt dịch vụ xã hội cơ bản', 'Deprivations')} style={{ marginTop: 16 }}>
                  {h.latestAssessment ? (
                    <>
                      <Typography.Text type="secondary">{t('Theo rà soát năm', 'From the review of')} {h.latestAssessment.reviewYear} · {h.latestAssessment.standard}</Typography.Text>
                      {h.latestAssessment.deprivations.length ? (
                        <ul style={{ marginTop: 8, paddingLeft: 18 }}>{h.latestAssessment.deprivations.map((d) => <li key={d}>{indicatorLabel(d)}</li>)}</ul>
                      ) : <div style={{ marginTop: 8 }}>{t('Không thiếu hụt chỉ số nào', 'No deprivations')}</div>}
                    </>
                  ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Chưa rà soát', 'Not assessed yet')} />}
                </Card>
                <Card size="small" title={t('Biến động phân loại', 'Status transitions')} style={{ marginTop: 16 }}>
                  {transitions.length ? (
                    <Timeline items={transitions.map((x, i) => ({ key: i, content: <><Typography.Text type="secondary" style={{ marginRight: 8 }}>{fmtDate(x.date)}</Typography.Text><Tag color={x.transition === 'exited_poverty' ? 'green' : x.transition === 'relapsed' || x.transition === 'newly_poor' ? 'red' : 'orange'}>{label(TRANSITION_LABELS, String(x.transition))}</Tag></> }))} />
                  ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Chưa có biến động', 'No transitions yet')} />}
                </Card>
              </Col>
              <Col xs={24} lg={15}>
                <Card size="small" title={t('Thu nhập so với chuẩn nghèo qua các năm', 'Income against the poverty line by year')}>
                  {assessments.length ? (
                    <Chart option={chartOption} height={280} label={t('Biểu đồ thu nhập bình quân đầu người so với chuẩn nghèo', 'Income per capita against the poverty line')} />
                  ) : <Empty description={t('Chưa có kết quả rà soát', 'No assessments yet')} />}
                </Card>
                <Card size="small" title={t('Cam kết hỗ trợ', 'Support commitments')} style={{ marginTop: 16 }}>
                  <Table<Commitment>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={h.commitments}
                    scroll={{ x: 700 }}
                    locale={{ emptyText: h.status === 'poor' ? t('Hộ nghèo chưa có cam kết hỗ trợ', 'This poor household has no commitment yet') : t('Chưa có cam kết', 'No commitments') }}
                    expandable={{
                      rowExpandable: (c) => deliveries(c.id).length > 0,
                      expandedRowRender: (c) => <ul style={{ margin: 0 }}>{deliveries(c.id).map((d, i) => <li key={i}>{fmtDate(d.date)}: {String(d.description ?? '')} — {fmtVnd(Number(d.valueVnd))}</li>)}</ul>,
                    }}
                    columns={[
                      { title: t('Hình thức', 'Kind'), dataIndex: 'kind', render: (v: string) => label(COMMITMENT_KIND_LABELS, v) },
                      { title: t('Nhà tài trợ', 'Sponsor'), dataIndex: 'sponsor', render: (s: Commitment['sponsor']) => ('organizationId' in s ? names.orgName(s.organizationId) : s.individualName) },
                      { title: t('Đã trao / cam kết', 'Delivered / committed'), key: 'v', render: (_: unknown, c) => (
                        <div style={{ minWidth: 150 }}>
                          <div style={{ fontSize: 12 }}>{fmtVnd(c.deliveredVnd)} / {fmtVnd(c.valueVnd)}</div>
                          <Progress size="small" percent={c.valueVnd ? Math.min(100, Math.round((c.deliveredVnd / c.valueVnd) * 100)) : 0} showInfo={false} />
                        </div>
                      ) },
                      { title: t('Hạn', 'Due'), dataIndex: 'dueOn', render: fmtDate },
                      { title: t('Trạng thái', 'Status'), dataIndex: 'status', render: (v: string) => <StatusTag value={v} table={COMMITMENT_STATUS_LABELS} /> },
                      { title: t('Thao tác', 'Actions'), key: 'a', render: (_: unknown, c) => (c.status === 'open' || c.status === 'overdue') && can.manageCommitment(c, h.communeId) && (
                        <Space size={4} wrap>
                          <Button size="small" onClick={() => setDialog({ kind: 'deliver', c })}>{t('Trao hỗ trợ', 'Deliver')}</Button>
                          <Button size="small" onClick={() => setDialog({ kind: 'fulfil', c })}>{t('Hoàn thành', 'Fulfil')}</Button>
                          <Button size="small" danger onClick={() => setDialog({ kind: 'cancel', c })}>{t('Hủy', 'Cancel')}</Button>
                        </Space>
                      ) },
                    ]}
                  />
                </Card>
                <Card size="small" title={t('Hành trình thoát nghèo', 'Route out of poverty')} style={{ marginTop: 16 }}>
                  <QueryState loading={timeline.isLoading} error={timeline.error}>
                    {items.length ? (
                      <Timeline items={items.map((x, i) => ({
                        key: i,
                        color: TYPE_COLORS[x.type] ?? 'blue',
                        content: (
                          <div data-testid="timeline-item">
                            <Typography.Text type="secondary" style={{ marginRight: 8 }}>{fmtDate(x.date)}</Typography.Text>
                            <strong>{lang === 'vi' ? x.title : x.titleEn ?? x.title}</strong>
                            {x.type === 'PovertyAssessed' && <div style={{ fontSize: 12, color: '#666' }}>{t('Thu nhập', 'Income')}: {fmtVnd(Number(x.incomePerCapitaVnd))} · {label(HOUSEHOLD_STATUS_LABELS, String(x.classification))}</div>}
                            {(x.type === 'SupportCommitted' || x.type === 'SupportDelivered') && <div style={{ fontSize: 12, color: '#666' }}>{String(x.description ?? '')} — {fmtVnd(Number(x.valueVnd))}</div>}
                          </div>
                        ),
                      }))} />
                    ) : <Empty description={t('Chưa có sự kiện', 'Nothing yet')} />}
                  </QueryState>
                </Card>
              </Col>
            </Row>

            <CommandForm<Record<string, unknown>>
              title={t('Rà soát hộ nghèo', 'Poverty assessment')}
              open={dialog?.kind === 'assess'}
              onClose={() => setDialog(null)}
              path={`/api/households/${h.id}/assessments`}
              ifMatch={h.revision}
              initialValues={{ reviewYear: new Date().getFullYear() - (new Date().getMonth() < 10 ? 1 : 0), deprivations: [] }}
              successText={t('Đã ghi nhận kết quả rà soát', 'Assessment recorded')}
            >
              {(form) => (
                <>
                  <Row gutter={12}>
                    <Col xs={12}><Form.Item label={t('Năm rà soát', 'Review year')} name="reviewYear" rules={[req]}><InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
                    <Col xs={12}><Form.Item label={t('Ngày rà soát', 'Assessed on')} name="assessedOn" rules={[req]}><DateInput past /></Form.Item></Col>
                  </Row>
                  <Form.Item label={t('Thu nhập bình quân đầu người/tháng (VND)', 'Monthly income per capita (VND)')} name="incomePerCapitaVnd" rules={[req]}><MoneyInput /></Form.Item>
                  <Form.Item label={t('Chuẩn nghèo áp dụng (để trống: theo ngày rà soát)', 'Standard (blank: by the assessment date)')} name="standard">
                    <Select allowClear options={(standards.data ?? []).map((s) => ({ value: s.code, label: `${s.code} — ${lang === 'vi' ? s.name : s.nameEn ?? s.name}` }))} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const code = form.getFieldValue('standard') as string | undefined;
                      const s = (standards.data ?? []).find((x) => x.code === code) ?? standardForYear(form.getFieldValue('reviewYear'));
                      const indicators = s?.indicators.map((i) => ({ value: i.code, label: lang === 'vi' ? i.labelVi : i.labelEn }))
                        ?? Object.keys(DEPRIVATION_LABELS).map((c) => ({ value: c, label: label(DEPRIVATION_LABELS, c) }));
                      return (
                        <Form.Item label={`${t('Chỉ số thiếu hụt', 'Deprivations')}${s ? ` (${s.code})` : ''}`} name="deprivations">
                          <Checkbox.Group options={indicators} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 4 }} />
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                  <Typography.Text type="secondary">{t('Phân loại hộ do chuẩn nghèo tính, không nhập tay.', 'The classification is computed by the standard, never typed in.')}</Typography.Text>
                </>
              )}
            </CommandForm>

            <CommandForm<Record<string, unknown>>
              title={t('Cam kết hỗ trợ hộ', 'Commit support')}
              open={dialog?.kind === 'commit'}
              onClose={() => setDialog(null)}
              path={`/api/households/${h.id}/commitments`}
              ifMatch={h.revision}
              initialValues={{ sponsorType: 'organization', kind: 'livestock' }}
              toBody={(v) => {
                const d = datesToIso(v) as Record<string, unknown>;
                return {
                  sponsor: d.sponsorType === 'organization' ? { organizationId: d.organizationId } : { individualName: d.individualName },
                  kind: d.kind, description: d.description, valueVnd: d.valueVnd, dueOn: d.dueOn,
                  ...(d.committedOn ? { committedOn: d.committedOn } : {}),
                };
              }}
              successText={t('Đã ghi nhận cam kết', 'Commitment recorded')}
            >
              {(form) => (
                <>
                  <Form.Item label={t('Bên cam kết', 'Sponsor')} name="sponsorType"><Radio.Group options={[{ value: 'organization', label: t('Tập thể (cơ quan, đơn vị)', 'Organisation') }, { value: 'individual', label: t('Cá nhân', 'Individual') }]} /></Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => form.getFieldValue('sponsorType') === 'organization'
                      ? <Form.Item label={t('Cơ quan, đơn vị', 'Organisation')} name="organizationId" rules={[req]}><OrgSelect /></Form.Item>
                      : <Form.Item label={t('Họ tên cá nhân', 'Individual name')} name="individualName" rules={[req]}><Input /></Form.Item>}
                  </Form.Item>
                  <Form.Item label={t('Hình thức hỗ trợ', 'Kind')} name="kind" rules={[req]}><Select options={opts(COMMITMENT_KIND_LABELS)} /></Form.Item>
                  <Form.Item label={t('Nội dung', 'Description')} name="description" rules={[req]}><Input.TextArea rows={2} /></Form.Item>
                  <Row gutter={12}>
                    <Col xs={24} md={12}><Form.Item label={t('Giá trị (VND)', 'Value (VND)')} name="valueVnd" rules={[req]}><MoneyInput /></Form.Item></Col>
                    <Col xs={12} md={6}><Form.Item label={t('Ngày cam kết', 'Committed on')} name="committedOn"><DateInput past /></Form.Item></Col>
                    <Col xs={12} md={6}><Form.Item label={t('Hạn hoàn thành', 'Due on')} name="dueOn" rules={[req]}><DateInput /></Form.Item></Col>
                  </Row>
                </>
              )}
            </CommandForm>

            {dialog?.kind === 'deliver' && (
              <CommandForm<Record<string, unknown>> title={`${t('Trao hỗ trợ', 'Deliver support')}: ${label(COMMITMENT_KIND_LABELS, dialog.c.kind)}`} open onClose={() => setDialog(null)}
                path={`/api/households/${h.id}/commitments/${dialog.c.id}/deliveries`} ifMatch={h.revision}
                initialValues={{ valueVnd: Math.max(0, dialog.c.valueVnd - dialog.c.deliveredVnd), deliveredOn: dayjs() }} successText={t('Đã ghi nhận việc trao hỗ trợ', 'Delivery recorded')}>
                <Form.Item label={t('Ngày trao', 'Delivered on')} name="deliveredOn" rules={[req]}><DateInput past /></Form.Item>
                <Form.Item label={t('Nội dung', 'Description')} name="description" rules={[req]}><Input.TextArea rows={2} /></Form.Item>
                <Form.Item label={t('Giá trị (VND)', 'Value (VND)')} name="valueVnd" rules={[req]}><MoneyInput /></Form.Item>
              </CommandForm>
            )}
            {dialog?.kind === 'fulfil' && (
              <CommandForm<Record<string, unknown>> title={t('Xác nhận hoàn thành cam kết', 'Mark the commitment fulfilled')} open onClose={() => setDialog(null)}
                path={`/api/households/${h.id}/commitments/${dialog.c.id}/fulfil`} ifMatch={h.revision} initialValues={{ fulfilledOn: dayjs() }}>
                <Form.Item label={t('Ngày hoàn thành', 'Fulfilled on')} name="fulfilledOn" rules={[req]}><DateInput past /></Form.Item>
              </CommandForm>
            )}
            {dialog?.kind === 'cancel' && (
              <CommandForm<Record<string, unknown>> title={t('Hủy cam kết', 'Cancel the commitment')} open onClose={() => setDialog(null)}
                path={`/api/households/${h.id}/commitments/${dialog.c.id}/cancel`} ifMatch={h.revision} submitText={t('Hủy cam kết', 'Cancel it')}>
                <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}><Input.TextArea rows={3} /></Form.Item>
              </CommandForm>
            )}
            <CommandForm<Record<string, unknown>> title={t('Thay đổi nhân khẩu', 'Change members')} open={dialog?.kind === 'members'} onClose={() => setDialog(null)}
              path={`/api/households/${h.id}/members`} ifMatch={h.revision} initialValues={{ memberCount: h.memberCount }}>
              <Form.Item label={t('Số nhân khẩu', 'Members')} name="memberCount" rules={[req]}><InputNumber min={1} max={100} precision={0} /></Form.Item>
              <Form.Item label={t('Ngày hiệu lực', 'Effective on')} name="effectiveOn" rules={[req]}><DateInput past /></Form.Item>
            </CommandForm>
            <CommandForm<Record<string, unknown>> title={t('Chuyển nơi ở', 'Move the household')} open={dialog?.kind === 'move'} onClose={() => setDialog(null)}
              path={`/api/households/${h.id}/move`} ifMatch={h.revision} toBody={(v) => ({ ...(datesToIso(v) as object), toVillageId: v.toVillageId ?? null })}>
              <Form.Item label={t('Đến xã', 'To commune')} name="toCommuneId" rules={[req]}><UnitSelect kinds={['commune']} /></Form.Item>
              <Form.Item label={t('Đến thôn', 'To village')} name="toVillageId"><UnitSelect kinds={['village']} /></Form.Item>
              <Form.Item label={t('Ngày chuyển', 'Moved on')} name="movedOn" rules={[req]}><DateInput past /></Form.Item>
            </CommandForm>
            <CommandForm<Record<string, unknown>> title={t('Xóa dữ liệu cá nhân của chủ hộ', 'Erase the head\'s personal data')} open={dialog?.kind === 'erase'} onClose={() => setDialog(null)}
              path={`/api/households/${h.id}/erase-personal-data`} ifMatch={h.revision} submitText={t('Xóa vĩnh viễn', 'Erase for good')}>
              <Typography.Paragraph type="warning">{t('Họ tên, năm sinh, số CCCD sẽ không thể khôi phục. Lịch sử vẫn được giữ.', 'Name, birth year and ID number become unrecoverable. History stays.')}</Typography.Paragraph>
              <Form.Item label={t('Căn cứ / lý do', 'Legal ground / reason')} name="reason" rules={[req]}><Input.TextArea rows={3} /></Form.Item>
            </CommandForm>
          </>
        )}
      </QueryState>
    </div>
  );
}
