/**
 * `Idempotency-Key` on POST: the first answer is stored; a retry with the same key and body
 * gets it again (header `idempotent-replayed: true`), another body gets a 409.
 * Keys are scoped to the caller. A 5xx answer is not kept, so a retry runs again.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../kernel/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { scope: string; key: string };
  }
}

/** A pending key older than this is taken to be abandoned (its process died). */
const PENDING_TIMEOUT_MS = 60_000;

function requestHash(req: FastifyRequest): string {
  return createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

async function replayOrRefuse(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  scope: string,
  key: string,
  hash: string,
) {
  const row = await ctx.db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) throw new AppError('idempotency.in_progress');
  if (row.request_hash !== hash)
    throw new AppError('idempotency.key_reused', {
      errors: [
        {
          path: 'Idempotency-Key',
          message: 'Already used with another request',
          fr: 'Déjà utilisée pour une autre requête',
        },
      ],
    });
  if (row.state === 'done' && row.status_code !== null) {
    reply.header('idempotent-replayed', 'true');
    if (row.content_type) reply.type(row.content_type);
    return reply.code(row.status_code).send(row.response_body ?? '');
  }
  const age = ctx.now().getTime() - Date.parse(row.created_at);
  if (age < PENDING_TIMEOUT_MS) throw new AppError('idempotency.in_progress');
  const taken = await ctx.db
    .updateTable('idempotency_keys')
    .set({ created_at: ctx.now().toISOString() })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('created_at', '=', row.created_at)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw new AppError('idempotency.in_progress');
  req.idempotency = { scope, key };
  return undefined;
}

export function registerIdempotency(app: FastifyInstance, ctx: AppContext) {
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || key === undefined) return;
    if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
      throw new AppError('request.invalid', {
        errors: [
          {
            path: 'Idempotency-Key',
            message: 'Must be 1 to 255 characters',
            fr: 'Doit comporter de 1 à 255 caractères',
          },
        ],
      });
    }
    const scope = req.auth ? `user:${req.auth.actor.userId}` : `ip:${req.ip}`;
    const hash = requestHash(req);
    try {
      await ctx.db
        .insertInto('idempotency_keys')
        .values({
          scope,
          key,
          method: req.method,
          path: req.url,
          request_hash: hash,
          state: 'pending',
          status_code: null,
          content_type: null,
          response_body: null,
          created_at: ctx.now().toISOString(),
        })
        .execute();
      req.idempotency = { scope, key };
    } catch {
      return replayOrRefuse(ctx, req, reply, scope, key, hash);
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const idem = req.idempotency;
    if (!idem || reply.getHeader('idempotent-replayed')) return payload;
    req.idempotency = undefined;
    const where = (q: any) => q.where('scope', '=', idem.scope).where('key', '=', idem.key);
    if (reply.statusCode >= 500 || (payload !== null && payload !== undefined && typeof payload !== 'string')) {
      await where(ctx.db.deleteFrom('idempotency_keys')).execute();
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await where(
      ctx.db.updateTable('idempotency_keys').set({
        state: 'done',
        status_code: reply.statusCode,
        content_type: typeof contentType === 'string' ? contentType : null,
        response_body: (payload as string | null) ?? '',
      }),
    ).execute();
    return payload;
  });
}
