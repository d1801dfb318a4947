import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Form, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi, type Page, type Schemas } from '../lib/api';
import { get } from '../lib/api';
import { fmtDate } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS, ROLE_LABELS } from '../lib/labels';
import { CommandForm } from '../components/CommandForm';
import {
  OrgSelect,
  PageTitle,
  QueryState,
  StatusTag,
  UnitSelect,
  useNames,
  useOptions,
  useOrganizations,
  type Organization,
} from '../components/common';
import { OrgForms, type OrgDialog } from '../components/orgForms';
import { OrganizationDrawer } from '../components/OrganizationDrawer';
import { TerritoryPage } from './TerritoryPage';

type UserRow = Schemas['User'];

function UsersTab() {
  const { t, label } = useI18n();
  const opts = useOptions();
  const names = useNames();
  const users = useApi<Page<UserRow>>('/api/users');
  const [open, setOpen] = useState(false);
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('Tạo người dùng', 'Create user')}
        </Button>
      </Space>
      <QueryState loading={users.isLoading} error={users.error}>
        <Table<UserRow>
          rowKey="id"
          size="middle"
          dataSource={users.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          columns={[
            { title: t('Tên đăng nhập', 'Username'), dataIndex: 'username' },
            { title: t('Họ và tên', 'Display name'), dataIndex: 'displayName' },
            {
              title: t('Vai trò', 'Role'),
              dataIndex: 'role',
              render: (v: string) => <Tag>{label(ROLE_LABELS, v)}</Tag>,
            },
            {
              title: t('Đơn vị / xã', 'Organisation / commune'),
              key: 'scope',
              render: (_: unknown, u) =>
                u.organizationId ? names.orgName(u.organizationId) : u.communeId ? names.unitName(u.communeId) : '—',
            },
            {
              title: t('Trạng thái', 'Status'),
              dataIndex: 'disabled',
              render: (v: boolean) =>
                v ? <Tag>{t('Đã khóa', 'Disabled')}</Tag> : <Tag color="green">{t('Hoạt động', 'Active')}</Tag>,
            },
          ]}
        />
      </QueryState>
      <CommandForm<Record<string, unknown>>
        title={t('Tạo người dùng', 'Create user')}
        open={open}
        onClose={() => setOpen(false)}
        path="/api/users"
        initialValues={{ role: 'staff' }}
        successText={t('Đã tạo người dùng', 'User created')}
      >
        {(form) => (
          <>
            <Form.Item
              label={t('Tên đăng nhập', 'Username')}
              name="username"
              rules={[req]}
              extra={t('Chữ thường, số, dấu chấm, gạch ngang', 'Lowercase letters, digits, dots, dashes')}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label={t('Họ và tên', 'Display name')} name="displayName" rules={[req]}>
              <Input />
            </Form.Item>
            <Form.Item label={t('Mật khẩu', 'Password')} name="password" rules={[req]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item label={t('Vai trò', 'Role')} name="role" rules={[req]}>
              <Select options={opts(ROLE_LABELS)} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.role !== b.role}>
              {() => {
                const role = form.getFieldValue('role');
                if (role === 'staff')
                  return (
                    <Form.Item label={t('Cơ quan, đơn vị', 'Organisation')} name="organizationId" rules={[req]}>
                      <OrgSelect />
                    </Form.Item>
                  );
                if (role === 'commune_officer')
                  return (
                    <Form.Item label={t('Xã', 'Commune')} name="communeId" rules={[req]}>
                      <UnitSelect kinds={['commune']} />
                    </Form.Item>
                  );
                return null;
              }}
            </Form.Item>
          </>
        )}
      </CommandForm>
    </>
  );
}

export function OrganizationsTab({ canManage }: { canManage: boolean }) {
  const { t, label } = useI18n();
  const orgs = useOrganizations();
  const [dialog, setDialog] = useState<OrgDialog | null>(null);
  const [params, setParams] = useSearchParams();
  const opened = params.get('org');
  const open = (id: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set('org', id);
      else next.delete('org');
      return next;
    });
  const openWithRevision = async (kind: 'rename' | 'dissolve', o: Organization) => {
    const fresh = await get<Organization>(`/api/organizations/${o.id}`).catch(() => o);
    setDialog({ kind, org: fresh });
  };
  return (
    <>
      {canManage && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'register' })}>
            {t('Đăng ký đơn vị', 'Register organisation')}
          </Button>
        </Space>
      )}
      <QueryState loading={orgs.isLoading} error={orgs.error}>
        <Table<Organization>
          rowKey="id"
          size="middle"
          dataSource={orgs.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('Chưa có cơ quan, đơn vị nào', 'No organisations yet') }}
          columns={[
            {
              title: t('Tên đơn vị', 'Name'),
              dataIndex: 'name',
              render: (v: string, o) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => open(o.id)}>
                  {v}
                </Button>
              ),
            },
            { title: t('Viết tắt', 'Short'), dataIndex: 'shortName', width: 100 },
            { title: t('Loại', 'Kind'), dataIndex: 'kind', render: (v: string) => label(ORG_KIND_LABELS, v) },
            {
              title: t('Trạng thái', 'Status'),
              dataIndex: 'status',
              render: (v: string, o) => (
                <>
                  {<StatusTag value={v} table={ORG_STATUS_LABELS} />}
                  {o.dissolvedOn ? fmtDate(o.dissolvedOn) : ''}
                </>
              ),
            },
            ...(canManage
              ? [
                  {
                    title: t('Thao tác', 'Actions'),
                    key: 'actions',
                    render: (_: unknown, o: Organization) =>
                      o.status === 'active' && (
                        <Space>
                          <Button size="small" onClick={() => void openWithRevision('rename', o)}>
                            {t('Đổi tên', 'Rename')}
                          </Button>
                          <Button size="small" danger onClick={() => void openWithRevision('dissolve', o)}>
                            {t('Giải thể', 'Dissolve')}
                          </Button>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      <OrgForms dialog={dialog} onClose={() => setDialog(null)} />
      <OrganizationDrawer id={opened} onOpen={open} onClose={() => open(null)} />
    </>
  );
}

/** Quản trị: users, organisations and administrative units (admin only). */
export function AdminPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'users';
  return (
    <div>
      <PageTitle>{t('Quản trị', 'Administration')}</PageTitle>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k })}
          items={[
            { key: 'users', label: t('Người dùng', 'Users'), children: <UsersTab /> },
            {
              key: 'organizations',
              label: t('Cơ quan, đơn vị', 'Organisations'),
              children: <OrganizationsTab canManage />,
            },
            {
              key: 'units',
              label: t('Đơn vị hành chính', 'Administrative units'),
              children: <TerritoryPage embedded />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
