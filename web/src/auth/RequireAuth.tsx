import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { FullPageError, FullPageLoader } from '../components/QueryState.tsx';
import { SessionContext, useSessionQuery } from './session.ts';

/** Gate of every signed-in route: loads /api/me, sends anonymous visitors to /login. */
export function RequireAuth() {
  const location = useLocation();
  const { data: session, error, isPending, refetch } = useSessionQuery();
  if (isPending) return <FullPageLoader />;
  if (error) return <FullPageError error={error} onRetry={() => void refetch()} />;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <SessionContext.Provider value={session}>
      <Outlet />
    </SessionContext.Provider>
  );
}
