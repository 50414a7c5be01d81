export { ROLES, STAFF_ROLES, type Actor, type Role } from './roles.ts';
export { login, logout, SESSION_HOURS } from './login.ts';
export { authenticateSession, authenticateToken, type Authentication } from './authenticate.ts';
export {
  createApiToken,
  DEFAULT_TOKEN_DAYS,
  MAX_TOKEN_DAYS,
  listApiTokens,
  revokeApiToken,
  TOKEN_PREFIX,
} from './api-tokens.ts';
export { hashPassword, safeEqual, verifyPassword } from './secrets.ts';
export { authRoutes, SESSION_COOKIE } from './auth.routes.ts';
export { endOtherSessionsOfUser, endSessionsOfUser, removeAllAccessOfUser } from './sessions.ts';
export { forgetEverywhere, listenForAuthInvalidations, type Invalidation } from './auth-invalidation.ts';
export { eraseLoginFailuresOf, loginFailuresOf, purgeLoginFailuresBefore } from './auth.repo.ts';
