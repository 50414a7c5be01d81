/**
 * End-to-end harness: the real server (built web app, demo data, SQLite file) on a loopback port,
 * and Debian's Chromium driven by playwright-core. No browser download: CHROMIUM_PATH or
 * /usr/bin/chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openApp, type OpenedApp } from '../../src/app.ts';
import { fileTransport, type MailTransport } from '../../src/mail/index.ts';
import { buildServer } from '../../src/http/server.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = path.resolve('web/dist');

export interface E2E {
  baseUrl: string;
  browser: Browser;
  app: OpenedApp;
  server: FastifyInstance;
  /** The data directory: e-mails are written to `<dataDir>/outbox/<id>.eml` (no SMTP_URL). */
  dataDir: string;
  /** Holds the delivery of e-mails (they stay queued) until the returned function is called. */
  holdMail(): () => void;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build:web` first (npm test does it)');
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (scripts/ensure-test-env.sh)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-e2e-'));
  const app = await openApp({ databaseUrl: `sqlite:${path.join(dir, 'e2e.db')}` });
  await seedDemo(app.ctx);
  // The embedded default transport (.eml files under <data dir>/outbox/), behind a gate the test can hold.
  const files = fileTransport(path.join(dir, 'outbox'));
  let gate: Promise<void> = Promise.resolve();
  const transport: MailTransport = {
    name: 'file',
    close: () => files.close(),
    send: async (m) => {
      await gate;
      await files.send(m);
    },
  };
  const server = await buildServer(app.ctx, { logger: false, webDistDir: WEB_DIST, mail: { transport, pollMs: 200 } });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const port = (server.server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    app,
    server,
    dataDir: dir,
    holdMail() {
      let release = () => {};
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        release();
        gate = Promise.resolve();
      };
    },
    async newPage() {
      const context = await browser.newContext({
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
        viewport: { width: 1280, height: 860 },
      });
      const page = await context.newPage();
      // Generous: a loaded 2-core machine can take seconds to render; a real failure still fails.
      page.setDefaultTimeout(30_000);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form. */
export async function login(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
