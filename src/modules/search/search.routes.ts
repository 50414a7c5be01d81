import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { singleLineText } from '../../kernel/text-schemas.ts';
import type { Role } from '../auth/index.ts';
import { globalSearch } from './global-search.ts';

const STAFF: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];

const SearchHitOut = z.object({
  kind: z.enum(['client', 'quote', 'contract', 'invoice']),
  id: z.string(),
  label: z.string(),
  detail: z.string(),
});

/** The global search of the top bar. */
export function searchRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/search',
    {
      config: { access: STAFF },
      schema: {
        tags: ['search'],
        summary:
          'Clients by name or SIREN, quotes, contracts and invoices by number or client name; accent- and case-insensitive',
        querystring: z.strictObject({
          q: singleLineText(1, 100),
          limit: z.coerce.number().int().min(1).max(20).default(5),
        }),
        response: { 200: z.object({ items: z.array(SearchHitOut) }) },
      },
    },
    async (req) => ({ items: await globalSearch(ctx, actorOf(req), req.query.q, req.query.limit) }),
  );
}
