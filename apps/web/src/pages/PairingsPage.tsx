import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi, withQuery, type Page, type Schemas } from '../lib/api';
import { useAuth, usePermissions } from '../lib/auth';
import { fmtDate } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { PAIRING_STATUS_LABELS } from '../lib/labels';
import { CommandForm } from '../components/CommandForm';
import {
  DateInput,
  OrgSelect,
  PageTitle,
  QueryState,
  StatusTag,
  UnitSelect,
  useNames,
  useOptions,
} from '../components/common';

export type Pairing = Schemas['Pairing'];

export const totalActivities = (p: Pairing) => Object.values(p.activityCounts ?? {}).reduce((a, b) => a + b, 0);

/** Kết nghĩa: organisations twinned with communes and villages. */
export function PairingsPage() {
  const { t } = useI18n();
  const opts = useOptions();
  const can = usePermissions();
  const { user } = useAuth();
  const names = useNames();
  const navigate = useNavigate();
  const [organizationId, setOrg] = useState<string | undefined>();
  const [adminUnitId, setUnit] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const pageSize = 20;
  const pairings = useApi<Page<Pairing>>(
    withQuery('/api/pairings', { organizationId, adminUnitId, status, limit: pageSize, offset: (page - 1) * pageSize }),
  );
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };

  return (
    <div>
      <PageTitle
        extra={
          can.managePairings && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('Thiết lập kết nghĩa', 'Establish a pairing')}
            </Button>
          )
        }
      >
        {t('Kết nghĩa', 'Pairings')}
      </PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <OrgSelect
            activeOnly={false}
            placeholder={t('Cơ quan, đơn vị', 'Organisation')}
            aria-label={t('Lọc theo đơn vị', 'Filter by organisation')}
            value={organizationId}
            onChange={(v) => {
              setOrg(v);
              setPage(1);
            }}
            style={{ width: 260 }}
          />
          <UnitSelect
            activeOnly={false}
            kinds={['commune', 'village']}
            placeholder={t('Xã / thôn', 'Commune / village')}
            aria-label={t('Lọc theo địa bàn', 'Filter by unit')}
            value={adminUnitId}
            onChange={(v) => {
              setUnit(v);
              setPage(1);
            }}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('Trạng thái', 'Status')}
            aria-label={t('Lọc theo trạng thái', 'Filter by status')}
            options={opts(PAIRING_STATUS_LABELS)}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            style={{ width: 170 }}
          />
          {user?.role === 'staff' && user.organizationId && (
            <Button
              onClick={() => {
                setOrg(user.organizationId!);
                setPage(1);
              }}
            >
              {t('Đơn vị của tôi', 'My organisation')}
            </Button>
          )}
        </Space>
        <QueryState
          loading={pairings.isLoading}
          error={pairings.error}
          what={t('Máy chủ chưa có chức năng kết nghĩa.', 'The server has no pairings yet.')}
        >
          <Table<Pairing>
            rowKey="id"
            size="middle"
            dataSource={pairings.data?.items ?? []}
            scroll={{ x: 900 }}
            pagination={{
              current: page,
              pageSize,
              total: pairings.data?.total ?? 0,
              onChange: setPage,
              hideOnSinglePage: true,
            }}
            locale={{ emptyText: t('Chưa có cặp kết nghĩa nào', 'No pairings yet') }}
            onRow={(p) => ({ onClick: () => navigate(`/ket-nghia/${p.id}`) })}
            columns={[
              {
                title: t('Cơ quan, đơn vị', 'Organisation'),
                dataIndex: 'organizationId',
                render: (v: string, p) => (
                  <Button
                    type="link"
                    style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                    onClick={(e) => {
                      e.stopPropagation();
                      navigate(`/ket-nghia/${p.id}`);
                    }}
                  >
                    {names.orgName(v)}
                  </Button>
                ),
              },
              {
                title: t('Xã / thôn kết nghĩa', 'Commune / village'),
                dataIndex: 'adminUnitId',
                render: (v: string) => names.unitName(v),
              },
              { title: t('Ngày kết nghĩa', 'Established'), dataIndex: 'establishedOn', width: 130, render: fmtDate },
              { title: t('Quyết định', 'Decision'), dataIndex: 'decisionRef', width: 140 },
              {
                title: t('Số hoạt động', 'Activities'),
                key: 'n',
                width: 110,
                align: 'right',
                render: (_: unknown, p) => totalActivities(p),
              },
              {
                title: t('Hoạt động gần nhất', 'Last activity'),
                dataIndex: 'lastActivityOn',
                width: 150,
                render: fmtDate,
              },
              {
                title: t('Trạng thái', 'Status'),
                dataIndex: 'status',
                width: 140,
                render: (v: string) => <StatusTag value={v} table={PAIRING_STATUS_LABELS} />,
              },
            ]}
          />
        </QueryState>
      </Card>
      <CommandForm<Record<string, unknown>>
        title={t('Thiết lập kết nghĩa', 'Establish a pairing')}
        open={open}
        onClose={() => setOpen(false)}
        path="/api/pairings"
        successText={t('Đã thiết lập kết nghĩa', 'Pairing established')}
        onDone={(r) => navigate(`/ket-nghia/${r.id}`)}
      >
        <Form.Item label={t('Cơ quan, đơn vị', 'Organisation')} name="organizationId" rules={[req]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label={t('Xã / thôn kết nghĩa', 'Commune or village')} name="adminUnitId" rules={[req]}>
          <UnitSelect kinds={['commune', 'village']} />
        </Form.Item>
        <Form.Item label={t('Ngày kết nghĩa', 'Established on')} name="establishedOn" rules={[req]}>
          <DateInput past />
        </Form.Item>
        <Form.Item label={t('Số quyết định / thông báo', 'Decision reference')} name="decisionRef" rules={[req]}>
          <Input placeholder="197-TB/VPTU" />
        </Form.Item>
      </CommandForm>
    </div>
  );
}
