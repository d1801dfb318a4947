import { useState } from 'react';
import { Button, Form, Input, InputNumber, Table, Typography } from 'antd';
import { CommandForm } from '../components/CommandForm';
import { usePermissions } from '../lib/auth';
import { useApi, type Schemas } from '../lib/api';
import { fmtNumber } from '../lib/format';
import { useI18n } from '../lib/i18n';

type Count = Schemas['HouseholdCounts']['items'][number];

/** A commune's household counts per year (the poverty rate's denominator) and their entry. */
export function HouseholdCounts({ communeId }: { communeId: string }) {
  const { t } = useI18n();
  const can = usePermissions();
  const [open, setOpen] = useState(false);
  const counts = useApi<{ items: Count[] }>(`/api/admin-units/${communeId}/household-counts`);
  const req = { required: true, message: t('Bắt buộc', 'Required') };
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('Số hộ dân cư theo năm', 'Households by year')}
      </Typography.Title>
      <Table<Count>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={counts.data?.items ?? []}
        locale={{
          emptyText: t(
            'Chưa có số hộ — tỷ lệ hộ nghèo của xã chưa tính được',
            'No counts yet — no poverty rate for this commune',
          ),
        }}
        columns={[
          { title: t('Năm', 'Year'), dataIndex: 'year' },
          {
            title: t('Tổng số hộ', 'Households'),
            dataIndex: 'totalHouseholds',
            align: 'right',
            render: (v: number) => fmtNumber(v),
          },
          {
            title: t('Hộ DTTS', 'Ethnic minority'),
            dataIndex: 'ethnicMinorityHouseholds',
            align: 'right',
            render: (v: number) => fmtNumber(v),
          },
        ]}
      />
      {can.approveProject && (
        <Button style={{ marginTop: 8 }} onClick={() => setOpen(true)}>
          {t('Nhập số hộ', 'Record a count')}
        </Button>
      )}
      <CommandForm<Count & { source: string }>
        title={t('Số hộ dân cư của xã', "The commune's households")}
        open={open}
        onClose={() => setOpen(false)}
        path={`/api/admin-units/${communeId}/household-counts`}
        initialValues={{ year: new Date().getFullYear() - 1 }}
      >
        <Form.Item label={t('Năm', 'Year')} name="year" rules={[req]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('Tổng số hộ', 'Households')} name="totalHouseholds" rules={[req]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('Số hộ DTTS', 'Ethnic-minority households')} name="ethnicMinorityHouseholds" rules={[req]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('Nguồn số liệu', 'Source')} name="source" rules={[req]}>
          <Input />
        </Form.Item>
      </CommandForm>
    </>
  );
}
