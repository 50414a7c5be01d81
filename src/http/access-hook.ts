/**
 * Authentication and authorization, decided before the body is even parsed: every route
 * declares `config.access`; no session → 401, a role not allowed → 403, a cookie session
 * that mutates without echoing its CSRF token → 403.
 */
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AppContext } from '../context.ts';
import { authenticateSession, authenticateToken, safeEqual, SESSION_COOKIE } from '../modules/auth/index.ts';
import { sendProblem } from './problem.ts';
import type { Access } from './route-kit.ts';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes added by plugins (API docs, static files) are public; any other /api route must declare its access. */
export function requireAccessDeclaration(route: RouteOptions) {
  const config = (route.config ?? {}) as { access?: Access };
  if (config.access !== undefined) return;
  const url = route.url;
  if (url.startsWith('/api/docs') || url === '/api/openapi.json' || !url.startsWith('/api')) {
    route.config = { ...config, access: 'public' } as RouteOptions['config'];
    return;
  }
  throw new Error(`Route ${String(route.method)} ${url} declares no access (config.access)`);
}

export function accessHook(ctx: AppContext) {
  return async function checkAccess(req: FastifyRequest, reply: FastifyReply) {
    const access = (req.routeOptions.config as { access?: Access } | undefined)?.access;
    if (access === undefined || access === 'public') return;
    const header = req.headers.authorization;
    if (header?.toLowerCase().startsWith('bearer ')) {
      req.auth = await authenticateToken(ctx, header.slice(7).trim());
    } else {
      const token = req.cookies[SESSION_COOKIE];
      if (token) req.auth = await authenticateSession(ctx, token);
    }
    if (!req.auth) return sendProblem(req, reply, 'auth.required');
    if (access !== 'authenticated' && !access.includes(req.auth.actor.role))
      return sendProblem(req, reply, 'auth.forbidden');
    if (req.auth.via === 'session' && MUTATING.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !req.auth.csrfToken || !safeEqual(sent, req.auth.csrfToken))
        return sendProblem(req, reply, 'auth.csrf');
    }
  };
}
