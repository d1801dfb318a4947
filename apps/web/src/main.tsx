import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { BrowserRouter } from 'react-router-dom';
import { registerSW } from 'virtual:pwa-register';
import { clearApiCache, readYourWrites, tokens } from './lib/api';
import { I18nProvider, useI18n } from './lib/i18n';
import { onOutboxSent, startOutbox } from './lib/outbox';
import { AuthProvider } from './lib/auth';
import { AppRoutes } from './routes';
import './styles.css';

// Reads go out even when the browser says it is offline: the service worker answers from what this
// session has seen (ADR 0017). Commands go out too, and fail fast into the outbox.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, staleTime: 5_000, networkMode: 'offlineFirst' },
    mutations: { networkMode: 'always' },
  },
});

// A new session (no token in this tab) starts without any earlier session's cached reads.
if (!tokens.get()) void clearApiCache();
registerSW({ immediate: true });
startOutbox();
onOutboxSent((r) => {
  readYourWrites.saw(r.position);
  void queryClient.invalidateQueries({ queryKey: ['api'] });
});

function Localized() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enUS}
      theme={{
        token: {
          colorPrimary: '#b71c1c',
          borderRadius: 6,
          fontFamily:
            "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
        },
      }}
    >
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localized />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
