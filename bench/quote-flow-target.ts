/**
 * The process under load for the quote-to-contract benchmark: Clausier on a fresh SQLite file
 * with the demo data, and signed-in sessions for sales, the client and order administration.
 * Prints one JSON line with the port, sessions and ids, then serves until killed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import { buildServer } from '../src/http/server.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-flow-'));
const app = await openApp({ databaseUrl: `sqlite:${path.join(dir, 'flow.db')}` });
await seedDemo(app.ctx);
const server = await buildServer(app.ctx, { logger: false, webDistDir: '/nonexistent' });
await server.listen({ host: '127.0.0.1', port: 0 });

async function session(email: string, password: string) {
  const res = await server.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const cookie = res.cookies.find((c) => c.name === 'clausier_session');
  return { cookie: `clausier_session=${cookie?.value}`, csrf: res.json().csrfToken as string };
}
const sales = await session('commercial@alleo.example', 'demo-sales-2026');
const client = await session('it@transports-morel.example', 'demo-client-2026');
const adv = await session('adv@alleo.example', 'demo-adv-2026!');
const clientId = (
  await app.ctx.db
    .selectFrom('clients')
    .select('id')
    .where('legal_name', '=', 'Transports Morel SAS')
    .executeTakeFirstOrThrow()
).id;
const item = async (sku: string) =>
  (await app.ctx.db.selectFrom('catalogue_items').select('id').where('sku', '=', sku).executeTakeFirstOrThrow()).id;
const items = { firewall: await item('FG-40F'), ap: await item('FAP-231F'), install: await item('SRV-INSTALL-DAY') };
const port = (server.server.address() as { port: number }).port;
process.stdout.write(JSON.stringify({ port, sales, client, adv, clientId, items }) + '\n');
process.on('SIGTERM', async () => {
  await server.close();
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
