import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { listClients } from './list-clients.ts';

const ClientSummary = z.object({ id: z.string(), legalName: z.string(), siren: z.string(), city: z.string() });

/** Client accounts. A client user is filtered to its own account. */
export function clientsRoutes(app: App, ctx: AppContext) {
  app.get('/api/clients', {
    config: { access: 'authenticated' },
    schema: { tags: ['clients'], summary: 'List clients (a client user sees its own)', response: { 200: z.object({ items: z.array(ClientSummary) }) } },
  }, async (req) => ({ items: await listClients(ctx, actorOf(req)) }));
}
