import { Col, Form, Input, Row } from 'antd';
import { CommandForm } from '../components/CommandForm';
import { DateInput } from '../components/common';
import { useI18n } from '../lib/i18n';

export interface Sections {
  limitations: string;
  causes: string;
  directions: string;
  recommendations: string;
}

const SECTION_LABELS: [keyof Sections, string, string][] = [
  ['limitations', 'II.1. Hạn chế (bổ sung ngoài số liệu)', 'II.1. Limitations (beyond the figures)'],
  ['causes', 'II.2. Nguyên nhân', 'II.2. Causes'],
  ['directions', 'III. Phương hướng, nhiệm vụ', 'III. Directions and tasks'],
  ['recommendations', 'IV. Đề xuất, kiến nghị', 'IV. Proposals and recommendations'],
];

/** Soạn thảo: the sections the figures cannot write (only the changed ones are recorded). */
export function DraftReportDialog({
  year,
  open,
  onClose,
  sections,
}: {
  year: number;
  open: boolean;
  onClose(): void;
  sections?: Partial<Sections>;
}) {
  const { t } = useI18n();
  return (
    <CommandForm<Sections>
      title={t(`Soạn thảo báo cáo năm ${year}`, `Draft the ${year} report`)}
      open={open}
      onClose={onClose}
      width={760}
      path={`/api/reports/annual/${year}/draft`}
      initialValues={sections}
      toBody={(v) => ({ sections: v })}
      successText={t('Đã lưu dự thảo', 'Draft saved')}
    >
      {SECTION_LABELS.map(([key, vi, en]) => (
        <Form.Item key={key} label={t(vi, en)} name={key}>
          <Input.TextArea rows={4} maxLength={20_000} />
        </Form.Item>
      ))}
    </CommandForm>
  );
}

interface IssueValues {
  number: string;
  issuedOn: string;
  place: string;
  signerName: string;
  signerTitle: string;
  recipients: string;
}

/** Ban hành: number, date, place, signer and "Nơi nhận"; the report is then frozen as issued. */
export function IssueReportDialog({
  year,
  open,
  onClose,
  abbreviation,
}: {
  year: number;
  open: boolean;
  onClose(): void;
  abbreviation: string;
}) {
  const { t } = useI18n();
  const req = { required: true, message: t('Bắt buộc', 'Required') };
  return (
    <CommandForm<IssueValues>
      title={t(`Ban hành báo cáo năm ${year}`, `Issue the ${year} report`)}
      open={open}
      onClose={onClose}
      width={640}
      path={`/api/reports/annual/${year}/issue`}
      submitText={t('Ban hành', 'Issue')}
      successText={t('Đã ban hành báo cáo', 'Report issued')}
      initialValues={{
        number: `-BC/${abbreviation}`,
        signerTitle: 'Phó Trưởng ban',
        recipients: 'Thường trực Tỉnh ủy\nỦy ban Mặt trận Tổ quốc tỉnh\nCác đoàn thể chính trị - xã hội tỉnh',
      }}
      toBody={(v) => ({
        number: v.number,
        issuedOn:
          typeof v.issuedOn === 'string'
            ? v.issuedOn
            : (v.issuedOn as unknown as { format(f: string): string }).format('YYYY-MM-DD'),
        place: v.place,
        signer: { name: v.signerName, title: v.signerTitle },
        recipients: v.recipients
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean),
      })}
    >
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item label={t('Số', 'Number')} name="number" rules={[req]}>
            <Input placeholder={`25-BC/${abbreviation}`} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item label={t('Ngày ban hành', 'Issued on')} name="issuedOn" rules={[req]}>
            <DateInput past />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('Địa danh', 'Place')} name="place" rules={[req]}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item label={t('Người ký', 'Signer')} name="signerName" rules={[req]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item label={t('Chức vụ', 'Title')} name="signerTitle" rules={[req]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('Nơi nhận (mỗi dòng một nơi)', 'Recipients (one per line)')} name="recipients" rules={[req]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </CommandForm>
  );
}
