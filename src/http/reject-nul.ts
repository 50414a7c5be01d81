/**
 * Refuses the NUL character anywhere in a request's body, query or params: PostgreSQL cannot
 * store it in text (SQLite can), so refusing it everywhere keeps both engines alike and turns a
 * database error into a 400 naming the field.
 */
import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../kernel/errors.ts';

function findNul(value: unknown, path: string, out: FieldError[], depth = 0): void {
  if (out.length >= 20 || depth > 64) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      out.push({
        path: path || '(root)',
        message: 'The NUL character is not allowed',
        fr: 'Le caractère NUL est interdit',
        code: 'nul_character',
      });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findNul(v, path ? `${path}.${i}` : String(i), out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000'))
        out.push({
          path: path || '(root)',
          message: 'The NUL character is not allowed in a field name',
          fr: 'Le caractère NUL est interdit dans un nom de champ',
          code: 'nul_character',
        });
      findNul(v, path ? `${path}.${k}` : k, out, depth + 1);
    }
  }
}

export function registerNulGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const errors: FieldError[] = [];
    findNul(req.body, '', errors);
    findNul(req.query, 'query', errors);
    findNul(req.params, 'params', errors);
    if (errors.length > 0) throw new AppError('request.invalid', { errors });
  });
}
