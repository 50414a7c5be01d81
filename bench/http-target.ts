/**
 * The process under load for the HTTP benchmarks: Clausier on a fresh SQLite file with one
 * signed-in user, plus a bare Fastify app on another port. Prints one JSON line with the ports
 * and the session cookie, then serves until killed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { openApp } from '../src/app.ts';
import { buildServer } from '../src/http/server.ts';
import { createUser } from '../src/modules/users/index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-bench-'));
const app = await openApp({ databaseUrl: `sqlite:${path.join(dir, 'bench.db')}` });
const org = await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
await createUser(app.ctx, org.id, {
  email: 'bench@test.example',
  name: 'Bench',
  role: 'sales',
  password: 'bench-password-1',
});
const server = await buildServer(app.ctx, { logger: false, webDistDir: '/nonexistent' });
await server.listen({ host: '127.0.0.1', port: 0 });
const login = await server.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: 'bench@test.example', password: 'bench-password-1' },
});
const cookie = login.cookies.find((c) => c.name === 'clausier_session');

const bare = Fastify({ logger: false });
bare.get('/bare', async () => ({ user: { id: 'x', email: 'bench@test.example', role: 'sales' } }));
await bare.listen({ host: '127.0.0.1', port: 0 });

const port = (s: { server: { address(): unknown } }) => (s.server.address() as { port: number }).port;
process.stdout.write(
  JSON.stringify({ clausierPort: port(server), barePort: port(bare), cookie: `clausier_session=${cookie?.value}` }) +
    '\n',
);
process.on('SIGTERM', async () => {
  await server.close();
  await bare.close();
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
