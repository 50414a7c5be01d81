/**
 * One error handler for the whole API: every failure becomes an RFC 9457 problem document
 * with a stable `type`, a French and an English title, and `errors[]` naming each bad field.
 * Never a stack trace; an unknown error is a plain 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  ERROR_CODES,
  type ErrorCode,
  type ErrorKind,
  type FieldError,
  fieldErrorIn,
} from '../kernel/errors.ts';
import { frenchMessage } from '../kernel/localize-issue.ts';
import { peopleWords } from '../kernel/people-words.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'uri-too-long': 414,
  'unsupported-media': 415,
  'rate-limited': 429,
  unavailable: 503,
};

export const PROBLEM_TYPE_BASE = 'https://clausier.dev/problems/';

/** French unless the client asks for English first. */
export function preferredLanguage(req: FastifyRequest): 'fr' | 'en' {
  const header = String(req.headers['accept-language'] ?? '')
    .trim()
    .toLowerCase();
  return header.startsWith('en') ? 'en' : 'fr';
}

export function problemBody(
  req: FastifyRequest,
  code: ErrorCode,
  errors: FieldError[] = [],
  extra: Record<string, unknown> = {},
  detail?: string,
) {
  const info = ERROR_CODES[code];
  const lang = preferredLanguage(req);
  return {
    type: PROBLEM_TYPE_BASE + code,
    title: info[lang],
    titles: { fr: info.fr, en: info.en },
    status: STATUS[info.kind],
    code,
    ...(detail ? { detail } : {}),
    instance: req.url.split('?')[0],
    requestId: req.id,
    // Each field error holds its English and French words; the client gets the one it asked for.
    errors: errors.map((e) => fieldErrorIn(lang, e)),
    ...extra,
  };
}

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  errors: FieldError[] = [],
  extra: Record<string, unknown> = {},
  detail?: string,
) {
  const body = problemBody(req, code, errors, extra, detail);
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/** The validation context prefixes the field path except for the body, whose fields are named bare. */
function validationErrors(err: FastifyError & { validationContext?: string }): FieldError[] {
  const context = err.validationContext && err.validationContext !== 'body' ? err.validationContext : '';
  const out: FieldError[] = [];
  for (const v of (
    err as unknown as {
      validation: Array<{ instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }>;
    }
  ).validation) {
    const base = [context, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.');
    const keys = v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys) ? (v.params.keys as string[]) : null;
    if (keys) {
      for (const k of keys)
        out.push({
          path: base ? `${base}.${k}` : k,
          message: 'Unknown field',
          fr: 'Champ inconnu',
          code: 'unrecognized_keys',
        });
    } else {
      const english = v.message ?? 'Invalid value';
      // Words for people first ("Ce champ est obligatoire"); zod's own only for an issue they do not know.
      const words = peopleWords(v.keyword, v.params, english);
      out.push({
        path: base || '(root)',
        message: words?.en ?? english,
        fr: words?.fr ?? frenchMessage(v.keyword, v.params, english),
        code: v.keyword,
      });
    }
  }
  return out;
}

/** Maps Fastify's own errors (parsing, limits) to our codes. */
function fastifyCode(err: FastifyError): ErrorCode | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'request.malformed_json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'request.too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'request.unsupported_media_type' : 'request.invalid';
    default:
      break;
  }
  if (err instanceof SyntaxError || err.name === 'SyntaxError') return 'request.malformed_json';
  if (err.statusCode === 413) return 'request.too_large';
  if (err.statusCode === 415) return 'request.unsupported_media_type';
  if (err.statusCode === 429) return 'request.rate_limited';
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return 'request.invalid';
  return undefined;
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    const extra = { ...(err.extra ?? {}) };
    if (err.code === 'request.rate_limited' && typeof extra.retryAfterSeconds === 'number')
      reply.header('retry-after', String(extra.retryAfterSeconds));
    return sendProblem(
      req,
      reply,
      err.code,
      err.errors,
      extra,
      err.message !== ERROR_CODES[err.code].en ? err.message : undefined,
    );
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    return sendProblem(req, reply, 'request.invalid', validationErrors(err));
  }
  const code = fastifyCode(err);
  if (code)
    return sendProblem(
      req,
      reply,
      code,
      [],
      {},
      code === 'request.malformed_json' ? 'The body is not valid JSON' : undefined,
    );
  req.log.error({ err }, 'unhandled error');
  return reply
    .code(500)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: 'about:blank',
      title: INTERNAL_TITLES[preferredLanguage(req)],
      titles: INTERNAL_TITLES,
      status: 500,
      requestId: req.id,
    });
}

const INTERNAL_TITLES = { fr: 'Erreur interne du serveur', en: 'Internal server error' };

/**
 * Fastify's own refusals made before any route is found (the `frameworkErrors` option): a
 * malformed %-escape in the path (400), a path parameter over the router's 100 characters (414),
 * a failed route constraint; problem documents like every other error.
 */
export function frameworkErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  // No hook runs for these requests: the headers every answer carries are set here.
  reply.headers(SECURITY_HEADERS).header('x-request-id', req.id);
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      return sendProblem(req, reply, 'request.bad_url');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return sendProblem(req, reply, 'request.uri_too_long');
    default:
      return errorHandler(err, req, reply);
  }
}
