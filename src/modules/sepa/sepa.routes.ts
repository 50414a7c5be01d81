import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { collectionFile } from './collection-file.ts';

const CollectionFileBody = z.strictObject({ collectionDate: civilDateSchema });
const CollectionFileOut = z.object({
  filename: z.string(),
  xml: z.string(),
  collectionDate: z.string(),
  scheme: z.literal('CORE'),
  count: z.number(),
  totalCents: z.number(),
  sequences: z.object({ FRST: z.number(), RCUR: z.number() }),
  skipped: z.array(
    z.object({ invoiceId: z.string(), number: z.string().nullable(), clientName: z.string(), reason: z.string() }),
  ),
});

/** SEPA direct debit: the collection file (pain.008.001.02) of the invoices due. */
export function sepaRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/sepa/collection-files',
    {
      config: { access: ['admin', 'accounting'] },
      schema: {
        tags: ['sepa'],
        summary:
          'Build the pain.008.001.02 file collecting the open direct-debit invoices due by the collection date (FRST/RCUR, CORE); clients without a usable mandate are skipped and listed; writes nothing',
        body: CollectionFileBody,
        response: { 200: CollectionFileOut },
      },
    },
    async (req) => collectionFile(ctx, actorOf(req), req.body.collectionDate),
  );
}
