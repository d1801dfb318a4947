import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { datesToIso } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { COMMITMENT_KIND_LABELS } from '../../lib/labels';
import { CommandForm } from '../../components/CommandForm';
import { DateInput, MoneyInput, OrgSelect, useOptions } from '../../components/common';
import type { Household } from '../HouseholdsPage';

/** A pledge of support by an organisation or a person, with its value and due date. */
export function CommitDialog({ h, open, close }: { h: Household; open: boolean; close: () => void }) {
  const { t } = useI18n();
  const opts = useOptions();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <CommandForm<Record<string, unknown>>
      title={t('Cam kết hỗ trợ hộ', 'Commit support')}
      open={open}
      onClose={close}
      path={`/api/households/${h.id}/commitments`}
      ifMatch={h.revision}
      offline={{
        title: `${t('Cam kết hỗ trợ hộ', 'Commit support')} — ${h.code}`,
        resource: `/api/households/${h.id}`,
      }}
      initialValues={{ sponsorType: 'organization', kind: 'livestock' }}
      toBody={(v) => {
        const d = datesToIso(v) as Record<string, unknown>;
        return {
          sponsor:
            d.sponsorType === 'organization'
              ? { organizationId: d.organizationId }
              : { individualName: d.individualName },
          kind: d.kind,
          description: d.description,
          valueVnd: d.valueVnd,
          dueOn: d.dueOn,
          ...(d.committedOn ? { committedOn: d.committedOn } : {}),
        };
      }}
      successText={t('Đã ghi nhận cam kết', 'Commitment recorded')}
    >
      {(form) => (
        <>
          <Form.Item label={t('Bên cam kết', 'Sponsor')} name="sponsorType">
            <Radio.Group
              options={[
                { value: 'organization', label: t('Tập thể (cơ quan, đơn vị)', 'Organisation') },
                { value: 'individual', label: t('Cá nhân', 'Individual') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('sponsorType') === 'organization' ? (
                <Form.Item label={t('Cơ quan, đơn vị', 'Organisation')} name="organizationId" rules={[req]}>
                  <OrgSelect />
                </Form.Item>
              ) : (
                <Form.Item label={t('Họ tên cá nhân', 'Individual name')} name="individualName" rules={[req]}>
                  <Input />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item label={t('Hình thức hỗ trợ', 'Kind')} name="kind" rules={[req]}>
            <Select options={opts(COMMITMENT_KIND_LABELS)} />
          </Form.Item>
          <Form.Item label={t('Nội dung', 'Description')} name="description" rules={[req]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item label={t('Giá trị (VND)', 'Value (VND)')} name="valueVnd" rules={[req]}>
                <MoneyInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('Ngày cam kết', 'Committed on')} name="committedOn">
                <DateInput past />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('Hạn hoàn thành', 'Due on')} name="dueOn" rules={[req]}>
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </CommandForm>
  );
}
