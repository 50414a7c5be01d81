/**
 * What a module's routes file needs from the HTTP layer: the typed Fastify instance, the
 * access declaration every route must carry, and the authenticated actor of a request.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../kernel/errors.ts';
import type { Authentication } from '../modules/auth/index.ts';
import type { Actor, Role } from '../modules/auth/index.ts';
import type { AppContext } from '../context.ts';

/** Who may call a route: anyone, any signed-in user, or the listed roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth?: Authentication;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module's route plugin: registers its routes on the app with the shared context. */
export type RoutesPlugin = (app: App, ctx: AppContext) => void;

/** The signed-in actor; routes reach this only after the access hook, so absence is a bug. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.auth) throw new AppError('auth.required');
  return req.auth.actor;
}

/**
 * RFC 7240 `Prefer: return=minimal`: the caller only needs what the write fixed (an id, a
 * number), not the whole resource read back. A route that honours it answers with its short
 * form and says so in `Preference-Applied`; without the header it answers in full, as always.
 */
export function prefersMinimal(req: FastifyRequest): boolean {
  const prefer = req.headers.prefer;
  return typeof prefer === 'string' && /(^|[\s,;])return\s*=\s*"?minimal"?\s*($|[,;])/i.test(prefer);
}
