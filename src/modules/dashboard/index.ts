/** The back-office home page: what to do today per role, from aggregate queries (reads only). */
export { dashboardRoutes } from './dashboard.routes.ts';
