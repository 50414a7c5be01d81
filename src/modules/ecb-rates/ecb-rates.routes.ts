import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES } from '../auth/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { parisDate } from '../../context.ts';
import { listEcbRates } from './ecb-rates.ts';

/** The ECB main refinancing rate table (art. 10.3) and the rule in force for choosing a rate. */
export function ecbRatesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/rates/ecb',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['rates'],
        summary: 'ECB main refinancing operations rate history',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                effectiveFrom: z.string(),
                ratePercent: z.string(),
                source: z.string(),
                importedAt: z.string(),
              }),
            ),
            rule: z.enum(['semester', 'latest']),
          }),
        },
      },
    },
    async (req) => {
      const terms = await termsInForce(ctx, actorOf(req).orgId, parisDate(ctx.now()));
      return { items: await listEcbRates(ctx), rule: terms.parameters.ecbRateRule };
    },
  );
}
