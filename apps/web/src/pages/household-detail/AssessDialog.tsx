import { Checkbox, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import { DEPRIVATION_LABELS } from '../../lib/labels';
import { CommandForm } from '../../components/CommandForm';
import { DateInput, MoneyInput } from '../../components/common';
import type { Household } from '../HouseholdsPage';
import type { Standard } from './types';

/** The yearly review: income and deprivations; the classification is the standard's, never typed. */
export function AssessDialog({
  h,
  open,
  close,
  standards,
}: {
  h: Household;
  open: boolean;
  close: () => void;
  standards: Standard[];
}) {
  const { t, lang, label } = useI18n();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  const standardForYear = (y: number | undefined) =>
    standards.find((s) => y !== undefined && y >= s.reviewYears.from && y <= s.reviewYears.to);
  return (
    <CommandForm<Record<string, unknown>>
      title={t('Rà soát hộ nghèo', 'Poverty assessment')}
      open={open}
      onClose={close}
      path={`/api/households/${h.id}/assessments`}
      ifMatch={h.revision}
      offline={{
        title: `${t('Rà soát hộ nghèo', 'Poverty assessment')} — ${h.code}`,
        resource: `/api/households/${h.id}`,
      }}
      initialValues={{ reviewYear: new Date().getFullYear() - (new Date().getMonth() < 10 ? 1 : 0), deprivations: [] }}
      successText={t('Đã ghi nhận kết quả rà soát', 'Assessment recorded')}
    >
      {(form) => (
        <>
          <Row gutter={12}>
            <Col xs={12}>
              <Form.Item label={t('Năm rà soát', 'Review year')} name="reviewYear" rules={[req]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item label={t('Ngày rà soát', 'Assessed on')} name="assessedOn" rules={[req]}>
                <DateInput past />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={t('Thu nhập bình quân đầu người/tháng (VND)', 'Monthly income per capita (VND)')}
            name="incomePerCapitaVnd"
            rules={[req]}
          >
            <MoneyInput />
          </Form.Item>
          <Form.Item
            label={t('Chuẩn nghèo áp dụng (để trống: theo ngày rà soát)', 'Standard (blank: by the assessment date)')}
            name="standard"
          >
            <Select
              allowClear
              options={standards.map((s) => ({
                value: s.code,
                label: `${s.code} — ${lang === 'vi' ? s.name : (s.nameEn ?? s.name)}`,
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const code = form.getFieldValue('standard') as string | undefined;
              const s = standards.find((x) => x.code === code) ?? standardForYear(form.getFieldValue('reviewYear'));
              const indicators =
                s?.indicators.map((i) => ({ value: i.code, label: lang === 'vi' ? i.labelVi : i.labelEn })) ??
                Object.keys(DEPRIVATION_LABELS).map((c) => ({ value: c, label: label(DEPRIVATION_LABELS, c) }));
              return (
                <Form.Item
                  label={`${t('Chỉ số thiếu hụt', 'Deprivations')}${s ? ` (${s.code})` : ''}`}
                  name="deprivations"
                >
                  <Checkbox.Group
                    options={indicators}
                    style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 4 }}
                  />
                </Form.Item>
              );
            }}
          </Form.Item>
          <Typography.Text type="secondary">
            {t(
              'Phân loại hộ do chuẩn nghèo tính, không nhập tay.',
              'The classification is computed by the standard, never typed in.',
            )}
          </Typography.Text>
        </>
      )}
    </CommandForm>
  );
}
