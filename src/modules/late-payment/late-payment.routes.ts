import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { z } from 'zod';
import { ClientDetail, FinancialStatusBody } from '../clients/index.ts';
import { changeFinancialStatus } from './change-financial-status.ts';
import { cancelForNonPayment, clientEnforcement } from './enforcement.ts';
import {
  CancellationOut,
  CancelForNonPaymentBody,
  ClientIdParams,
  ContractIdParams,
  EnforcementOut,
} from './late-payment.schemas.ts';

/** Enforcement of late payment and the financial status (art. 10.1, 10.3, 15.2) are accounting's call (administrators too). */
export const ENFORCERS: readonly Role[] = ['admin', 'accounting'];

export function latePaymentRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/clients/:id/enforcement',
    {
      config: { access: ENFORCERS },
      schema: {
        tags: ['late-payment'],
        summary:
          'What art. 10.3 allows now against the client: interest, EUR 40, acceleration, prepayment, cancellation of orders in progress — each with its citation',
        params: ClientIdParams,
        response: { 200: EnforcementOut },
      },
    },
    async (req) => clientEnforcement(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/clients/:id/financial-status',
    {
      config: { access: ENFORCERS },
      schema: {
        tags: ['clients'],
        summary: 'Change the financial status, with the reason (art. 10.1); kept in the evidence log',
        params: ClientIdParams,
        body: FinancialStatusBody,
        response: { 200: z.object({ client: ClientDetail }) },
      },
    },
    async (req) => ({ client: await changeFinancialStatus(ctx, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/api/contracts/:id/cancel-for-non-payment',
    {
      config: { access: ENFORCERS },
      schema: {
        tags: ['late-payment'],
        summary:
          'Cancel the order in progress for non-payment (art. 10.3): a recorded decision naming who took it; 409 with the citation when nothing is overdue',
        params: ContractIdParams,
        body: CancelForNonPaymentBody,
        response: { 201: CancellationOut },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await cancelForNonPayment(ctx, actorOf(req), req.params.id, req.body.reason)),
  );
}
