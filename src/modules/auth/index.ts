export { ROLES, STAFF_ROLES, type Actor, type Role } from './roles.ts';
export { login, logout, SESSION_HOURS } from './login.ts';
export { authenticateSession, authenticateToken, type Authentication } from './authenticate.ts';
export { createApiToken, listApiTokens, revokeApiToken, TOKEN_PREFIX } from './api-tokens.ts';
export { hashPassword, safeEqual } from './secrets.ts';
export { authRoutes, SESSION_COOKIE } from './auth.routes.ts';
export { endSessionsOfUser, removeAllAccessOfUser } from './sessions.ts';
/** Forgets every cached session and token lookup (they carry the organisation's name, ADR 0008). */
export { forgetAll as forgetCachedAuthentications } from './auth-cache.ts';
