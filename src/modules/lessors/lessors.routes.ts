import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { createLessor } from './create-lessor.ts';
import { getLessor, listLessors } from './read-lessors.ts';
import { updateLessor } from './update-lessor.ts';
import { CreateLessorBody, LessorIdParams, LessorOut, UpdateLessorBody } from './lessors.schemas.ts';

const READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
const WRITERS: readonly Role[] = ['admin', 'order-admin'];

/** Financing partners (lessors): staff read them; order administration maintains them. */
export function lessorsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/lessors',
    {
      config: { access: READERS },
      schema: {
        tags: ['lessors'],
        summary: 'List financing partners',
        response: { 200: z.object({ items: z.array(LessorOut) }) },
      },
    },
    async (req) => ({ items: await listLessors(ctx, actorOf(req)) }),
  );

  app.get(
    '/api/lessors/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['lessors'],
        summary: 'One financing partner',
        params: LessorIdParams,
        response: { 200: z.object({ lessor: LessorOut }) },
      },
    },
    async (req) => ({ lessor: await getLessor(ctx, actorOf(req).orgId, req.params.id) }),
  );

  app.post(
    '/api/lessors',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['lessors'],
        summary: 'Create a financing partner',
        body: CreateLessorBody,
        response: { 201: z.object({ lessor: LessorOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ lessor: await createLessor(ctx, actorOf(req), req.body) }),
  );

  app.patch(
    '/api/lessors/:id',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['lessors'],
        summary: 'Change a financing partner',
        params: LessorIdParams,
        body: UpdateLessorBody,
        response: { 200: z.object({ lessor: LessorOut }) },
      },
    },
    async (req) => ({ lessor: await updateLessor(ctx, actorOf(req), req.params.id, req.body) }),
  );
}
