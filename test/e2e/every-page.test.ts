/**
 * Every back-office page, in French, as the administrator sees it on the demo data with its
 * activity (as `npm start` seeds it): axe-core finds no serious or critical violation, and the
 * visible text shows no raw id, no English enum value or code word, no "1 jours" plural (issue 17).
 * One browser, one login, pages in sequence; all findings are gathered and reported together.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoActivity } from '../../src/seed/seed-activity.ts';
import { BACK_OFFICE_NAV, navItems } from '../../web/src/navigation.ts';
import { axePage, axeViolations } from './axe.ts';
import { type E2E, login, startE2E } from './harness.ts';
import { schemaEnumValues, textFindings } from './page-words.ts';

/** One real object of each kind that has a page of its own, read from the seeded database. */
async function detailPaths(e: E2E): Promise<string[]> {
  const db = e.app.ctx.db;
  // The first in a stable order (a number, a code, a name), not whichever row the index gives.
  const first = async <T extends keyof import('../../src/db/schema.ts').Database>(
    table: T,
    orderBy: string,
    where?: (qb: any) => any,
  ): Promise<string> => {
    let q: any = db
      .selectFrom(table as any)
      .select('id' as any)
      .orderBy(orderBy as any);
    if (where) q = where(q);
    const row = (await q.limit(1).executeTakeFirstOrThrow()) as { id: string };
    return row.id;
  };
  // The demo story imports no bank statement: that page is visited when one exists.
  const bankImport = await db.selectFrom('bank_imports').select('id').limit(1).executeTakeFirst();
  // Nor any intervention (they are planned from tickets in the demo's future).
  const intervention = await db.selectFrom('interventions').select('id').limit(1).executeTakeFirst();
  const terms = await db.selectFrom('terms_versions').select('version').limit(1).executeTakeFirstOrThrow();
  // One client of each financial status (a client under prepayment shows its enforcement panel).
  const clients = await db.selectFrom('clients').select(['id', 'financial_status']).orderBy('legal_name').execute();
  const clientOfEachStatus = [...new Map(clients.map((c) => [c.financial_status, c.id] as const).reverse()).values()];
  // One contract of each status the demo reaches (its lifecycle shows that status's decisions).
  // Picking whichever row came first hid, in turn, an untranslated outcome of terminated contracts
  // and a contrast fault of the prepayment panel: each variant is visited instead.
  const contracts = await db.selectFrom('contracts').select(['id', 'status']).orderBy('number').execute();
  const contractOfEachStatus = [...new Map(contracts.map((c) => [c.status, c.id] as const).reverse()).values()];
  return [
    ...clientOfEachStatus.map((id) => `/clients/${id}`),
    `/catalogue/${await first('catalogue_items', 'sku')}`,
    '/quotes/new',
    `/quotes/${await first('quotes', 'created_at', (q) => q.where('status', '=', 'draft'))}/edit`,
    `/quotes/${await first('quotes', 'created_at', (q) => q.where('status', '=', 'accepted'))}`,
    ...contractOfEachStatus.map((id) => `/contracts/${id}`),
    `/invoices/${await first('invoices', 'created_at', (q) => q.where('kind', '=', 'invoice').where('status', '=', 'issued'))}`,
    `/invoices/${await first('invoices', 'created_at', (q) => q.where('kind', '=', 'credit-note'))}`,
    `/debit-notes/${await first('debit_notes', 'number')}`,
    '/payments/new',
    '/payments/bank-imports',
    ...(bankImport ? [`/payments/bank-imports/${bankImport.id}`] : []),
    '/interventions/tickets',
    '/interventions/technicians',
    ...(intervention ? [`/interventions/${intervention.id}`] : []),
    `/terms/${terms.version}`,
  ];
}

/** API requests in flight on a page (some screens poll every second, so the network is never idle). */
function trackApi(page: Page) {
  const inFlight = new Set<unknown>();
  const isApi = (r: { url(): string }) => new URL(r.url()).pathname.startsWith('/api/');
  page.on('request', (r) => isApi(r) && inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  return () => inFlight.size;
}

/** Opens a path the way the app's links do (client-side), so the app and axe-core are loaded once. */
async function openInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/** Waits until the page has loaded its data: its frame shown, no spinner, no API request pending. */
async function settle(page: Page, pending: () => number) {
  await page.locator('main').first().waitFor();
  await expect.poll(() => page.getByTestId('loading').count(), { timeout: 15_000, interval: 50 }).toBe(0);
  await expect.poll(pending, { timeout: 15_000, interval: 50 }).toBe(0);
  await expect.poll(() => page.getByTestId('loading').count(), { timeout: 15_000, interval: 50 }).toBe(0);
}

describe('every back-office page in French', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    await seedDemoActivity(e.app.ctx, e.app.handle);
    page = await axePage(e.browser);
    await login(page, e.baseUrl, 'admin@alleo.example', 'demo-admin-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }, 120_000);
  afterAll(() => e?.close());

  it('has no serious accessibility violation, raw id, English word or wrong plural', async () => {
    const enumValues = schemaEnumValues();
    const paths = [...navItems(BACK_OFFICE_NAV).map((item) => item.path), ...(await detailPaths(e))];
    const problems: string[] = [];
    const pending = trackApi(page);
    for (const path of paths) {
      const started = performance.now();
      await openInApp(page, path);
      await settle(page, pending);
      if (await page.getByTestId('error').count()) problems.push(`${path}: error shown`);
      for (const v of await axeViolations(page)) problems.push(`${path}: axe ${v}`);
      const found = await textFindings(page, enumValues);
      for (const id of found.rawIds) problems.push(`${path}: raw id ${id}`);
      for (const word of found.english) problems.push(`${path}: English ${word}`);
      for (const line of found.plurals) problems.push(`${path}: plural ${line}`);
      if (process.env.E2E_TIMINGS) console.log(path, Math.round(performance.now() - started), 'ms');
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
