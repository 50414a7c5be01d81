import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { SESSION_COOKIE } from '../auth/index.ts';
import { changeOwnPassword } from './change-own-password.ts';
import { createUser } from './create-user.ts';
import { allUsers, listUsers, userExportColumns } from './list-users.ts';
import { sendTable } from '../../http/table-export.ts';
import { updateUser } from './update-user.ts';
import {
  ChangePasswordBody,
  CreateUserBody,
  UpdateUserBody,
  UserExportQuery,
  UserIdParams,
  UserListQuery,
  UserOut,
} from './users.schemas.ts';

/** User administration (admins only), and each user's own password. */
export function usersRoutes(app: App, ctx: AppContext) {
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
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'List users (filters: role, state, q; sort by name, e-mail or role; keyset paged)',
        querystring: UserListQuery,
        response: { 200: z.object({ items: z.array(UserOut), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listUsers(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/users/export',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'The filtered users list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order',
        querystring: UserExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      return sendTable(reply, {
        format,
        basename: lang === 'fr' ? 'utilisateurs' : 'users',
        sheet: lang === 'fr' ? 'Utilisateurs' : 'Users',
        columns: userExportColumns(lang),
        rows: await allUsers(ctx, actorOf(req), filters),
      });
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Create a user',
        body: CreateUserBody,
        response: { 201: z.object({ user: UserOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ user: await createUser(ctx, actorOf(req).orgId, req.body) }),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Change name, role, client or disabled',
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: z.object({ user: UserOut }) },
      },
    },
    async (req) => ({ user: await updateUser(ctx, actorOf(req), req.params.id, req.body) }),
  );
}
