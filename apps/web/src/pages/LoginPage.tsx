import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ApiError } from '../lib/api';
import { useAuth } from '../lib/auth';
import { useI18n, type Lang } from '../lib/i18n';
import { useHeldForSignIn } from '../lib/outbox';

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { user, login, choosePassword } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [oneTime, setOneTime] = useState<{ username: string; password: string } | null>(null);
  const held = useHeldForSignIn();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (user) return <Navigate to={from} replace />;

  const submit = async (v: { username: string; password: string }) => {
    setError(null);
    setBusy(true);
    try {
      if (await login(v.username.trim(), v.password))
        return setOneTime({ username: v.username.trim(), password: v.password });
      navigate(from, { replace: true });
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401
          ? t('Sai tên đăng nhập hoặc mật khẩu', 'Wrong username or password')
          : e instanceof ApiError && e.status === 0
            ? t('Không kết nối được máy chủ', 'Cannot reach the server')
            : t('Đăng nhập không thành công', 'Sign-in failed'),
      );
    } finally {
      setBusy(false);
    }
  };

  const change = async (v: { newPassword: string }) => {
    if (!oneTime) return;
    setError(null);
    setBusy(true);
    try {
      await choosePassword(oneTime.username, oneTime.password, v.newPassword);
      navigate(from, { replace: true });
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 400
          ? t(
              'Mật khẩu mới chưa đạt yêu cầu (ít nhất 12 ký tự)',
              'The new password does not meet the policy (12+ characters)',
            )
          : t('Không đổi được mật khẩu', 'The password could not be changed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(135deg, #b71c1c 0%, #7f0000 100%)',
        padding: 16,
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Segmented<Lang>
            size="small"
            aria-label={t('Ngôn ngữ', 'Language')}
            value={lang}
            onChange={setLang}
            options={[
              { value: 'vi', label: 'VI' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </div>
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 8, marginBottom: 4 }}>
          Kết Nghĩa
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t(
            'Theo dõi giao lưu, kết nghĩa giữa các cơ quan, đơn vị tỉnh với xã đồng bào dân tộc thiểu số',
            'Tracking the twinning of provincial organisations with ethnic-minority communes',
          )}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        {held > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="outbox-held"
            style={{ marginBottom: 16 }}
            title={t(
              `Phiên đăng nhập đã hết hạn. ${held} bản ghi chờ gửi vẫn được giữ trên máy này và sẽ được gửi khi bạn đăng nhập lại.`,
              `Your session has expired. ${held} record(s) waiting to be sent are kept on this device and will be sent when you sign in again.`,
            )}
          />
        )}
        {oneTime ? (
          <Form layout="vertical" name="choose-password" onFinish={change} requiredMark={false}>
            <Alert
              type="info"
              showIcon
              title={t(
                'Bạn đăng nhập bằng mật khẩu dùng một lần: hãy đặt mật khẩu mới.',
                'You signed in with a one-time password: choose a new one.',
              )}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              label={t('Mật khẩu mới', 'New password')}
              name="newPassword"
              rules={[{ required: true, min: 12, message: t('Ít nhất 12 ký tự', 'At least 12 characters') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="new-password" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('Nhập lại mật khẩu mới', 'Repeat the new password')}
              name="repeat"
              dependencies={['newPassword']}
              rules={[
                { required: true, message: t('Nhập lại mật khẩu mới', 'Repeat the new password') },
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    v === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('Hai mật khẩu không khớp', 'The passwords differ'))),
                }),
              ]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('Đặt mật khẩu mới', 'Set the new password')}
            </Button>
          </Form>
        ) : (
          <Form layout="vertical" name="login" onFinish={submit} requiredMark={false}>
            <Form.Item
              label={t('Tên đăng nhập', 'Username')}
              name="username"
              rules={[{ required: true, message: t('Nhập tên đăng nhập', 'Enter your username') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('Mật khẩu', 'Password')}
              name="password"
              rules={[{ required: true, message: t('Nhập mật khẩu', 'Enter your password') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('Đăng nhập', 'Sign in')}
            </Button>
          </Form>
        )}
      </Card>
    </main>
  );
}
