import { Form, Input, Select, Space } from 'antd';
import { useI18n } from '../../lib/i18n';
import { PROJECT_CATEGORY_LABELS } from '../../lib/labels';
import { CommandForm } from '../../components/CommandForm';
import { DateInput, MoneyInput, UnitSelect, useNames, useOptions } from '../../components/common';
import type { Pairing } from '../PairingsPage';

/** A new project on a unit, optionally under a pairing. */
export function ProposeProjectForm({
  open,
  close,
  pairings,
}: {
  open: boolean;
  close: () => void;
  pairings: Pairing[];
}) {
  const { t } = useI18n();
  const opts = useOptions();
  const names = useNames();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <CommandForm<Record<string, unknown>>
      title={t('Đề xuất công trình', 'Propose a project')}
      open={open}
      onClose={close}
      path="/api/projects"
      initialValues={{ category: 'security_lighting' }}
      toBody={(v) => {
        const b = Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined && x !== '')
            .map(([k, x]) => [
              k,
              x && typeof x === 'object' && 'format' in x
                ? (x as { format(f: string): string }).format('YYYY-MM-DD')
                : x,
            ]),
        );
        return { ...b, pairingId: b.pairingId ?? null };
      }}
      successText={t('Đã đề xuất công trình', 'Project proposed')}
    >
      <Form.Item label={t('Tên công trình', 'Title')} name="title" rules={[req]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('Loại công trình', 'Category')} name="category" rules={[req]}>
        <Select options={opts(PROJECT_CATEGORY_LABELS)} />
      </Form.Item>
      <Form.Item label={t('Địa bàn', 'Unit')} name="adminUnitId" rules={[req]}>
        <UnitSelect kinds={['commune', 'village']} />
      </Form.Item>
      <Form.Item label={t('Thuộc cặp kết nghĩa', 'Pairing')} name="pairingId">
        <Select
          allowClear
          options={pairings
            .filter((x) => x.status === 'active')
            .map((x) => ({
              value: x.id,
              label: `${names.orgName(x.organizationId)} ↔ ${names.unitName(x.adminUnitId)}`,
            }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label={t('Kinh phí dự kiến (VND)', 'Planned budget (VND)')} name="plannedBudgetVnd" rules={[req]}>
        <MoneyInput />
      </Form.Item>
      <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
        <Form.Item label={t('Dự kiến khởi công', 'Planned start')} name="plannedStartOn" rules={[req]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={t('Dự kiến hoàn thành', 'Planned end')} name="plannedEndOn" rules={[req]}>
          <DateInput />
        </Form.Item>
      </Space>
    </CommandForm>
  );
}
