import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { acceptInPortal } from './accept-in-portal.ts';
import { PortalAcceptBody, PortalRefuseBody, PurchaseOrderBody, SignedQuoteBody } from './acceptance.schemas.ts';
import { recordPurchaseOrder, recordSignedQuote } from './record-acceptance.ts';
import { refuseInPortal } from './refuse-in-portal.ts';
import { QuoteIdParams, QuoteOut } from './quotes.schemas.ts';
import { DecisionBody, UPLOAD_BODY_LIMIT } from '../shared/index.ts';

const RECORDERS: readonly Role[] = ['admin', 'sales', 'order-admin'];

const Accepted = { 200: z.object({ quote: QuoteOut, decision: DecisionBody }) };
const refusals =
  'Refused (expired, reservations, no reference): 409 with `decision` and its citation in the problem body.';

/** Acceptance of a quote (art. 3.1), the three ways; every outcome is a recorded decision. */
export function acceptanceRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/portal/quotes/:id/accept',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['portal'],
        summary: 'The client user accepts the quote without reservation',
        description: refusals,
        params: QuoteIdParams,
        body: PortalAcceptBody,
        response: Accepted,
      },
    },
    async (req) => acceptInPortal(ctx, actorOf(req), req.params.id, req.body, req.ip),
  );

  app.post(
    '/api/portal/quotes/:id/refuse',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['portal'],
        summary: 'The client user declines the quote (optional reason); recorded as a decision citing art. 3.1',
        description: 'Only an issued quote can be declined: 409 quote.not_issued otherwise.',
        params: QuoteIdParams,
        body: PortalRefuseBody,
        response: Accepted,
      },
    },
    async (req) => refuseInPortal(ctx, actorOf(req), req.params.id, req.body ?? {}, req.ip),
  );

  app.post(
    '/api/quotes/:id/acceptances/signed-quote',
    {
      config: { access: RECORDERS },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['quotes'],
        summary: 'Record the quote returned signed (PDF or scan, base64)',
        description: refusals,
        params: QuoteIdParams,
        body: SignedQuoteBody,
        response: Accepted,
      },
    },
    async (req) => recordSignedQuote(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/quotes/:id/acceptances/purchase-order',
    {
      config: { access: RECORDERS },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['quotes'],
        summary: 'Record a purchase order; it accepts only if it cites the quote number',
        description: refusals,
        params: QuoteIdParams,
        body: PurchaseOrderBody,
        response: Accepted,
      },
    },
    async (req) => recordPurchaseOrder(ctx, actorOf(req), req.params.id, req.body),
  );
}
