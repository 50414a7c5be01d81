import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { App } from '../../http/route-kit.ts';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { STAFF_ROLES } from '../auth/index.ts';
import { listVatRates } from './vat-rate-in-force.ts';

export const VatRateOut = z.object({
  country: z.string(),
  ratePercent: z.string(),
  label: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});

/** The dated VAT rate table (art. 9.2). Staff read it (quote editor, catalogue); no portal use. */
export function vatRatesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/vat-rates',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['rates'],
        summary: 'VAT rates: those in force on `date`, or the whole history without it',
        querystring: z.strictObject({ date: civilDateSchema.optional() }),
        response: { 200: z.object({ date: z.string().nullable(), items: z.array(VatRateOut) }) },
      },
    },
    async (req) => ({ date: req.query.date ?? null, items: await listVatRates(ctx, req.query.date) }),
  );
}
