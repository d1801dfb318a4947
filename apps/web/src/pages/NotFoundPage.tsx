import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../lib/i18n';

export function NotFoundPage({ forbidden }: { forbidden?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status={forbidden ? '403' : '404'}
      title={forbidden ? t('Không có quyền truy cập', 'Access denied') : t('Không tìm thấy trang', 'Page not found')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('Về trang tổng quan', 'Back to overview')}
        </Button>
      }
    />
  );
}
