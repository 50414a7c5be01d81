import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { useSession } from './auth/session.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { Loading } from './components/QueryState.tsx';
import { BACK_OFFICE_NAV, PORTAL_NAV, navItems } from './navigation.ts';
import type { NavItem } from './navigation.ts';
import { ComingSoonPage } from './pages/ComingSoonPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { PortalHomePage } from './pages/PortalHomePage.tsx';
import { NotFoundPage, RoleGate } from './pages/StatusPages.tsx';

const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const TermsPage = lazy(() => import('./pages/terms/TermsPage.tsx').then((m) => ({ default: m.TermsPage })));
const SimulatorPage = lazy(() => import('./pages/simulator/SimulatorPage.tsx').then((m) => ({ default: m.SimulatorPage })));
const RatesPage = lazy(() => import('./pages/rates/RatesPage.tsx').then((m) => ({ default: m.RatesPage })));

/** Pages already built; every other menu entry shows its "coming soon" placeholder. */
const BUILT: Record<string, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  'portal-home': () => <PortalHomePage />,
  users: () => <UsersPage />,
  terms: () => <TermsPage />,
  simulator: () => <SimulatorPage />,
  rates: () => <RatesPage />,
};

function page(item: NavItem): ReactNode {
  const content = BUILT[item.key]?.() ?? <ComingSoonPage item={item} />;
  return (
    <RoleGate roles={item.roles}>
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </RoleGate>
  );
}

function BackOfficeFrame() {
  const { user } = useSession();
  return user.role === 'client' ? <Navigate to="/portal" replace /> : <AppLayout nav={BACK_OFFICE_NAV} />;
}

function PortalFrame() {
  const { user } = useSession();
  return user.role === 'client' ? <AppLayout nav={PORTAL_NAV} portal /> : <Navigate to="/" replace />;
}

const backOfficeItems = navItems(BACK_OFFICE_NAV);
const portalItems = navItems(PORTAL_NAV);
const termsItem = backOfficeItems.find((item) => item.key === 'terms');

/** Routes: /login, the back-office (staff roles) and /portal (client users). */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route path="/portal" element={<PortalFrame />}>
          {portalItems.map((item) =>
            item.path === '/portal' ? (
              <Route key={item.key} index element={page(item)} />
            ) : (
              <Route key={item.key} path={item.path.slice('/portal/'.length)} element={page(item)} />
            ),
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route element={<BackOfficeFrame />}>
          {backOfficeItems.map((item) =>
            item.path === '/' ? (
              <Route key={item.key} index element={page(item)} />
            ) : (
              <Route key={item.key} path={item.path.slice(1)} element={page(item)} />
            ),
          )}
          {termsItem && <Route path="terms/:version" element={page(termsItem)} />}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
