import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { accountsOf, updateAccounts } from './accounting-settings.ts';
import { AccountsIn, AccountsOut, FecQuery } from './accounting.schemas.ts';
import { exportFec } from './export-fec.ts';

/** Accounting exports are for accounting (and admins). */
const ACCOUNTING: Role[] = ['admin', 'accounting'];

/** The FEC export (LPF A47 A-1) and its chart of accounts. */
export function accountingRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/exports/fec',
    {
      config: { access: ACCOUNTING },
      schema: {
        tags: ['accounting'],
        summary:
          'The FEC (Fichier des écritures comptables) of a period: sales and bank journals, 18 columns, tab-separated, ISO-8859-15; named <SIREN>FEC<YYYYMMDD>.txt',
        querystring: FecQuery,
      },
    },
    async (req, reply) => {
      const fec = await exportFec(ctx, actorOf(req), req.query.from, req.query.to);
      return reply
        .type('text/plain; charset=iso-8859-15')
        .header('content-disposition', `attachment; filename="${fec.filename}"`)
        .header('x-fec-entries', `VE=${fec.entries.VE}; BQ=${fec.entries.BQ}`)
        .send(Buffer.from(fec.bytes));
    },
  );

  app.get(
    '/api/accounting/settings',
    {
      config: { access: ACCOUNTING },
      schema: {
        tags: ['accounting'],
        summary: 'The chart of accounts of the FEC export (PCG defaults for what was not set)',
        response: { 200: AccountsOut },
      },
    },
    async (req) => accountsOf(ctx, actorOf(req).orgId),
  );

  app.put(
    '/api/accounting/settings',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['accounting'],
        summary: 'Change accounts of the FEC export (the others keep their value)',
        body: AccountsIn,
        response: { 200: AccountsOut },
      },
    },
    async (req) => updateAccounts(ctx, actorOf(req), req.body),
  );
}
