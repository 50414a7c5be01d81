import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES, type Role } from '../auth/index.ts';
import { cancelMessage } from './cancel-message.ts';
import { OutboxIdParams, OutboxListOut, OutboxListQuery, OutboxMessageOut, RelatedParams } from './outbox.schemas.ts';
import { getOutboxMessage, listOutbox, messagesOfObject, outboxEml } from './read-outbox.ts';
import { retryMessage } from './retry-message.ts';
import { z } from 'zod';

/** The outbox screen is the administrators'. */
export const OUTBOX_ADMINS: readonly Role[] = ['admin'];

export function outboxRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/outbox',
    {
      config: { access: OUTBOX_ADMINS },
      schema: {
        tags: ['outbox'],
        summary:
          'Outgoing e-mails, newest first: status (queued, sent, failed, cancelled), attempts, last error, related document',
        querystring: OutboxListQuery,
        response: { 200: OutboxListOut },
      },
    },
    async (req) => listOutbox(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/outbox/of/:type/:id',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['outbox'],
        summary: 'The e-mails about one quote, contract, invoice or debit note, with their true delivery status',
        params: RelatedParams,
        response: { 200: OutboxListOut },
      },
    },
    async (req) => messagesOfObject(ctx, actorOf(req), req.params.type, req.params.id),
  );

  app.get(
    '/api/outbox/:id',
    {
      config: { access: OUTBOX_ADMINS },
      schema: {
        tags: ['outbox'],
        summary: 'One outgoing e-mail with its text',
        params: OutboxIdParams,
        response: { 200: OutboxMessageOut.extend({ text: z.string() }) },
      },
    },
    async (req) => getOutboxMessage(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/api/outbox/:id/eml',
    {
      config: { access: OUTBOX_ADMINS },
      schema: {
        tags: ['outbox'],
        summary: 'The .eml of an outgoing e-mail, as the transport receives it (message/rfc822)',
        params: OutboxIdParams,
      },
    },
    async (req, reply) => {
      const { bytes, filename } = await outboxEml(ctx, actorOf(req), req.params.id);
      return reply
        .type('message/rfc822')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/outbox/:id/retry',
    {
      config: { access: OUTBOX_ADMINS },
      schema: {
        tags: ['outbox'],
        summary: 'Send a queued or failed e-mail again now (its attempts start over)',
        params: OutboxIdParams,
        response: { 200: OutboxMessageOut },
      },
    },
    async (req) => retryMessage(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/outbox/:id/cancel',
    {
      config: { access: OUTBOX_ADMINS },
      schema: {
        tags: ['outbox'],
        summary: 'Cancel a queued or failed e-mail: it will not be sent (recorded in the evidence log)',
        params: OutboxIdParams,
        response: { 200: OutboxMessageOut },
      },
    },
    async (req) => cancelMessage(ctx, actorOf(req), req.params.id),
  );
}
