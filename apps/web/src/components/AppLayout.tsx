import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Alert, App, Button, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  HomeOutlined,
  ImportOutlined,
  LogoutOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useAuth, usePermissions } from '../lib/auth';
import { useI18n, type Lang } from '../lib/i18n';
import { ROLE_LABELS } from '../lib/labels';
import { useApi } from '../lib/api';
import { outboxEntries } from '../lib/outbox';
import { OutboxButton, OutboxConflictsBanner } from './OutboxPanel';

export function AppLayout() {
  const { t, lang, setLang, label } = useI18n();
  const { user, logout } = useAuth();
  const can = usePermissions();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const demo = useApi<{ demo: boolean }>('/api/demo', { staleTime: Infinity });
  const { modal } = App.useApp();
  const signOut = () => void logout().then(() => navigate('/login'));
  // Records not yet sent stay on this device for the same user's next session (ADR 0017).
  const confirmSignOut = () => {
    const kept = outboxEntries().length;
    if (!kept) return signOut();
    modal.confirm({
      title: t(`Còn ${kept} bản ghi chưa gửi`, `${kept} record(s) not sent yet`),
      content: t(
        'Chúng được giữ trên máy này và chỉ được gửi khi bạn đăng nhập lại.',
        'They stay on this device and are sent only when you sign in again.',
      ),
      okText: t('Đăng xuất', 'Sign out'),
      cancelText: t('Ở lại', 'Stay'),
      onOk: signOut,
    });
  };

  const items = [
    { key: '/', icon: <DashboardOutlined />, label: t('Tổng quan', 'Overview') },
    { key: '/dia-ban', icon: <EnvironmentOutlined />, label: t('Địa bàn', 'Territory') },
    { key: '/ket-nghia', icon: <TeamOutlined />, label: t('Kết nghĩa', 'Pairings') },
    { key: '/cong-trinh', icon: <BankOutlined />, label: t('Công trình', 'Projects') },
    { key: '/ho-ngheo', icon: <HomeOutlined />, label: t('Hộ nghèo', 'Households') },
    ...(can.registerHousehold
      ? [{ key: '/nhap-excel', icon: <ImportOutlined />, label: t('Nhập từ Excel', 'Import from Excel') }]
      : []),
    ...(can.readAudit ? [{ key: '/kiem-toan', icon: <AuditOutlined />, label: t('Kiểm toán', 'Audit') }] : []),
    { key: '/bao-cao', icon: <FileTextOutlined />, label: t('Báo cáo', 'Reports') },
    ...(can.manageReference
      ? [{ key: '/quan-tri', icon: <SettingOutlined />, label: t('Quản trị', 'Administration') }]
      : []),
  ];
  const selected = items
    .map((i) => i.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="kn-skip" href="#main">
        {t('Bỏ qua đến nội dung chính', 'Skip to main content')}
      </a>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        theme="dark"
      >
        <div
          style={{
            color: '#fff',
            fontWeight: 700,
            fontSize: collapsed ? 14 : 18,
            padding: '16px 16px 12px',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          {collapsed ? 'KN' : 'Kết Nghĩa'}
        </div>
        <nav aria-label={t('Điều hướng chính', 'Main navigation')}>
          <Menu theme="dark" mode="inline" selectedKeys={selected} items={items} onClick={(e) => navigate(e.key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text
            strong
            className="kn-header-title"
            style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {t('Giao lưu, kết nghĩa với xã đồng bào dân tộc thiểu số', 'Twinning with ethnic-minority communes')}
          </Typography.Text>
          <Space size="middle">
            <Segmented<Lang>
              aria-label={t('Ngôn ngữ', 'Language')}
              size="small"
              value={lang}
              onChange={setLang}
              options={[
                { value: 'vi', label: 'VI' },
                { value: 'en', label: 'EN' },
              ]}
            />
            <OutboxButton />
            <span data-testid="current-user" style={{ whiteSpace: 'nowrap' }}>
              <Typography.Text>{user?.displayName ?? user?.username}</Typography.Text>{' '}
              <Tag>{label(ROLE_LABELS, user?.role)}</Tag>
            </span>
            <Button icon={<LogoutOutlined />} onClick={confirmSignOut}>
              {t('Đăng xuất', 'Sign out')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 20, minWidth: 0 }}>
          {demo.data?.demo && (
            <Alert
              data-testid="demo-banner"
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t(
                'Dữ liệu minh họa: tỉnh Bình Thuận (từ 01/7/2025 là tỉnh Lâm Đồng) do hệ thống tạo ra, không phải số liệu thật.',
                'Demo data: the province of Bình Thuận (Lâm Đồng from 1 July 2025), generated by the system, not real figures.',
              )}
            />
          )}
          <OutboxConflictsBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
