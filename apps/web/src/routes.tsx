import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth, usePermissions } from './lib/auth';
import { AppLayout } from './components/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';

// Each page is its own chunk, loaded on first visit.
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const TerritoryPage = lazy(() => import('./pages/TerritoryPage').then((m) => ({ default: m.TerritoryPage })));
const PairingsPage = lazy(() => import('./pages/PairingsPage').then((m) => ({ default: m.PairingsPage })));
const PairingDetailPage = lazy(() =>
  import('./pages/PairingDetailPage').then((m) => ({ default: m.PairingDetailPage })),
);
const ProjectsPage = lazy(() => import('./pages/ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
const HouseholdsPage = lazy(() => import('./pages/HouseholdsPage').then((m) => ({ default: m.HouseholdsPage })));
const HouseholdDetailPage = lazy(() =>
  import('./pages/HouseholdDetailPage').then((m) => ({ default: m.HouseholdDetailPage })),
);
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const AdminPage = lazy(() => import('./pages/AdminPage').then((m) => ({ default: m.AdminPage })));

function RequireAuth({ children }: { children: ReactNode }) {
  const { user, checking } = useAuth();
  const location = useLocation();
  if (checking && !user) return <Spin fullscreen />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{children}</Suspense>;
}

function Allowed({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <>{children}</> : <NotFoundPage forbidden />;
}

export function AppRoutes() {
  const can = usePermissions();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="dia-ban" element={<TerritoryPage />} />
        <Route path="ket-nghia" element={<PairingsPage />} />
        <Route path="ket-nghia/:id" element={<PairingDetailPage />} />
        <Route path="cong-trinh" element={<ProjectsPage />} />
        <Route path="ho-ngheo" element={<HouseholdsPage />} />
        <Route path="ho-ngheo/:id" element={<HouseholdDetailPage />} />
        <Route
          path="nhap-excel"
          element={
            <Allowed when={can.registerHousehold}>
              <ImportPage />
            </Allowed>
          }
        />
        <Route
          path="kiem-toan"
          element={
            <Allowed when={can.readAudit}>
              <AuditPage />
            </Allowed>
          }
        />
        <Route path="bao-cao" element={<ReportsPage />} />
        <Route
          path="quan-tri"
          element={
            <Allowed when={can.manageReference}>
              <AdminPage />
            </Allowed>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
