import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { pingDatabase } from '../db/database.ts';
import { AppError } from '../kernel/errors.ts';
import type { App } from './route-kit.ts';

/** Liveness with a database round trip: 503 when the database does not answer. */
export function healthRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Health, including the database',
        response: { 200: z.object({ status: z.literal('ok'), database: z.string() }) },
      },
    },
    async () => {
      try {
        await pingDatabase(ctx.db);
      } catch {
        throw new AppError('database.unavailable');
      }
      return { status: 'ok' as const, database: ctx.dialect };
    },
  );
}
