import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { AppError } from '../../kernel/errors.ts';
import { type Authentication, authenticateSession } from './authenticate.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import {
  ChangePasswordBody,
  CreatedToken,
  CreateTokenBody,
  IdParams,
  LoginBody,
  MeResponse,
  TokenOut,
} from './auth.schemas.ts';
import { changeOwnPassword } from './change-password.ts';
import { login, logout } from './login.ts';
import { STAFF_ROLES } from './roles.ts';

export const SESSION_COOKIE = 'clausier_session';

function meBody(auth: Authentication, csrfToken: string | null) {
  const { actor } = auth;
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      role: actor.role,
      clientId: actor.clientId,
      disabled: false,
    },
    organisation: { id: actor.orgId, name: auth.organisationName },
    csrfToken,
  };
}

function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires });
}

/** Login, logout, the current user, and API tokens. */
export function authRoutes(app: App, ctx: AppContext, opts: { secureCookies: boolean }) {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Open a session (cookie)', body: LoginBody, response: { 200: MeResponse } },
    },
    async (req, reply) => {
      const result = await login(ctx, { email: req.body.email, password: req.body.password, ip: req.ip });
      setSessionCookie(reply, result.sessionToken, result.expiresAt, opts.secureCookies);
      const auth = await authenticateSession(ctx, result.sessionToken);
      if (!auth) throw new Error('Session just created is not found');
      return meBody(auth, result.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Close the session', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(ctx, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: MeResponse } },
    },
    async (req) => {
      if (!req.auth) throw new AppError('auth.required');
      return meBody(req.auth, req.auth.csrfToken ?? null);
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Change my own password (the current one is required); my other sessions end',
        body: ChangePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await changeOwnPassword(ctx, actorOf(req), req.cookies[SESSION_COOKIE], req.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/tokens',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['auth'],
        summary: 'API tokens (an admin sees all)',
        response: { 200: z.object({ items: z.array(TokenOut) }) },
      },
    },
    async (req) => ({ items: await listApiTokens(ctx, actorOf(req)) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['auth'],
        summary: 'Create a bearer token (shown once)',
        body: CreateTokenBody,
        response: { 201: CreatedToken },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createApiToken(ctx, actorOf(req), req.body.name, req.body.expiresInDays)),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: STAFF_ROLES },
      schema: { tags: ['auth'], summary: 'Revoke a token', params: IdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await revokeApiToken(ctx, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
