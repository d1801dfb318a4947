import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { MoneyInput, useOptions } from './common';
import { useI18n } from '../lib/i18n';
import {
  EXCHANGE_KIND_LABELS,
  FUND_SOURCE_LABELS,
  OUTREACH_TOPIC_LABELS,
  RECIPIENT_LABELS,
  RESOURCE_TYPE_LABELS,
} from '../lib/labels';

/** The fields only one kind of activity has (gift items, exchange kind, topics, nights, …). */
export function ActivityKindFields({
  kind,
  hhOptions,
}: {
  kind: string | undefined;
  hhOptions: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const opts = useOptions();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  switch (kind) {
    case 'gift':
      return (
        <>
          <Form.Item label={t('Nơi nhận', 'Recipient')} name="recipient" rules={[req]}>
            <Select options={opts(RECIPIENT_LABELS)} />
          </Form.Item>
          <Typography.Text strong>{t('Danh sách quà tặng', 'Gift items')}</Typography.Text>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="top">
                    <Col xs={24} md={8}>
                      <Form.Item label={t('Tên quà', 'Item')} name={[f.name, 'name']} rules={[req]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item label={t('Số lượng', 'Quantity')} name={[f.name, 'quantity']} rules={[req]}>
                        <InputNumber min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item label={t('Đơn vị tính', 'Unit')} name={[f.name, 'unit']} rules={[req]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={6}>
                      <Form.Item label={t('Trị giá (VND)', 'Value (VND)')} name={[f.name, 'valueVnd']} rules={[req]}>
                        <MoneyInput />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                      <Button
                        type="text"
                        aria-label={t('Xóa mục quà', 'Remove item')}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(f.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                  {t('Thêm mục quà', 'Add an item')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      );
    case 'exchange':
      return (
        <Form.Item label={t('Hình thức giao lưu', 'Exchange kind')} name="exchangeKind" rules={[req]}>
          <Radio.Group options={opts(EXCHANGE_KIND_LABELS)} />
        </Form.Item>
      );
    case 'outreach':
      return (
        <Form.Item label={t('Chủ đề tuyên truyền', 'Topics')} name="topics" rules={[req]}>
          <Select mode="multiple" options={opts(OUTREACH_TOPIC_LABELS)} />
        </Form.Item>
      );
    case 'immersion_stay':
      return (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('Số đêm ở lại', 'Nights stayed')} name="nights" rules={[req]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('Hộ gia đình đón tiếp', 'Host households')} name="hostHouseholdIds">
              <Select
                mode="multiple"
                options={hhOptions}
                showSearch={{ optionFilterProp: 'label' }}
                notFoundContent={t('Chưa có hộ trong xã', 'No households in the commune')}
              />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'study_tour':
      return (
        <>
          <Form.Item label={t('Nơi đến học tập', 'Destination')} name="destination" rules={[req]}>
            <Input />
          </Form.Item>
          <Form.Item
            label={t('Mô hình học tập (nhập rồi nhấn Enter)', 'Models studied (type, then Enter)')}
            name="modelsStudied"
          >
            <Select mode="tags" open={false} />
          </Form.Item>
        </>
      );
    case 'volunteer_work':
      return (
        <Form.Item label={t('Số ngày công lao động', 'Labour days')} name="labourDays" rules={[req]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      );
    default:
      return null;
  }
}

/** The resources an activity mobilised: type, source and value, as many as needed. */
export function ResourceFields() {
  const { t } = useI18n();
  const opts = useOptions();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <>
      <Typography.Text strong>{t('Nguồn lực huy động', 'Resources')}</Typography.Text>
      <Form.List name="resources">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} align="top">
                <Col xs={24} md={7}>
                  <Form.Item label={t('Hình thức', 'Type')} name={[f.name, 'type']} rules={[req]}>
                    <Select options={opts(RESOURCE_TYPE_LABELS)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item label={t('Nguồn', 'Source')} name={[f.name, 'source']} rules={[req]}>
                    <Select options={opts(FUND_SOURCE_LABELS)} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item label={t('Trị giá (VND)', 'Value (VND)')} name={[f.name, 'valueVnd']} rules={[req]}>
                    <MoneyInput />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                  <Button
                    type="text"
                    aria-label={t('Xóa nguồn lực', 'Remove resource')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ type: 'cash', source: 'organization_fund' })}
              style={{ marginBottom: 16 }}
            >
              {t('Thêm nguồn lực', 'Add a resource')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
