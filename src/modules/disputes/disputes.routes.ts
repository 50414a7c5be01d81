import { z } from 'zod';
import { recordDispute } from './record-dispute.ts';
import { recordHiring } from './record-hiring.ts';
import { recordConfidentialItem } from './record-confidential-item.ts';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { DecisionBody } from '../shared/index.ts';
import {
  ClientParams,
  ConfidentialBody,
  ConfidentialOut,
  DisputeBody,
  DisputeOut,
  HiringBody,
  HiringOut,
  ObligationsOut,
} from './disputes.schemas.ts';
import { clientObligations, confidentialItemsOfContract } from './obligations.ts';

const READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
const WRITERS: readonly Role[] = ['admin', 'order-admin', 'accounting'];

/** Disputes (art. 21), non-solicitation (18) and confidentiality (13) on the client record. */
export function disputesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/clients/:id/obligations',
    {
      config: { access: READERS },
      schema: {
        tags: ['disputes'],
        summary: 'Disputes and their amicable period, non-solicitation, confidential information of a client',
        params: ClientParams,
        response: { 200: ObligationsOut },
      },
    },
    async (req) => clientObligations(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/clients/:id/disputes',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['disputes'],
        summary: 'Record a dispute: the Tribunal de commerce de Mâcon may be seized after 30 days (art. 21)',
        params: ClientParams,
        body: DisputeBody,
        response: { 201: DisputeOut },
      },
    },
    async (req, reply) => reply.code(201).send(await recordDispute(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/clients/:id/solicitation-hirings',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['disputes'],
        summary: 'Record the hiring of a client’s employee: inside the period, the indemnity of art. 18',
        params: ClientParams,
        body: HiringBody,
        response: { 201: z.object({ hiring: HiringOut, decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await recordHiring(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/clients/:id/confidential-items',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['disputes'],
        summary: 'Register confidential information exchanged: protected 5 years from its disclosure (art. 13)',
        params: ClientParams,
        body: ConfidentialBody,
        response: { 201: ConfidentialOut },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await recordConfidentialItem(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/contracts/:id/confidential-items',
    {
      config: { access: READERS },
      schema: {
        tags: ['disputes'],
        summary: 'The confidential information registered for a contract (art. 13)',
        params: ClientParams,
        response: { 200: z.object({ items: z.array(ConfidentialOut) }) },
      },
    },
    async (req) => ({ items: await confidentialItemsOfContract(ctx, actorOf(req), req.params.id) }),
  );
}
