/**
 * Dashboard, lists and evidence log in Chromium (issue 17): a dashboard figure opens the filtered
 * list behind it; a list's filter and sort are in the URL and survive a reload and the back
 * button; the evidence log says who did what in words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvidence } from '../../src/evidence/index.ts';
import { type E2E, login, startE2E } from './harness.ts';

describe('dashboard and lists in Chromium', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    const context = await e.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await login(page, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });
  afterAll(() => e?.close());

  it('opens the overdue invoices from the dashboard figure', async () => {
    await page.goto(`${e.baseUrl}/`);
    await page.getByTestId('dashboard-overdue').waitFor();
    await page.getByTestId('dashboard-chart-monthly').waitFor();
    await page.getByTestId('dashboard-overdue').click();
    await page.waitForURL(/\/invoices\?filter=overdue$/);
    await page.getByTestId('invoices-filters').waitFor();
    expect(await page.getByTestId('invoices-filter-overdue').locator('input').isChecked()).toBe(true);
  });

  it('keeps a list filter and sort in the URL across a reload and the back button', async () => {
    await page.goto(`${e.baseUrl}/invoices?filter=issued&sort=number&dir=asc`);
    await page.getByTestId('invoices-filters').waitFor();
    await page.reload();
    await page.getByTestId('invoices-filters').waitFor();
    expect(await page.getByTestId('invoices-filter-issued').locator('input').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('invoices-sort').inputValue()).toBe('number');
    await expect.poll(() => page.getByTestId('invoices-dir').inputValue()).toBe('asc');
    await page.getByTestId('invoices-filter-paid').click();
    await page.waitForURL(/filter=paid/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('number');
    await page.goBack();
    await page.waitForURL(/filter=issued/);
    expect(await page.getByTestId('invoices-filter-issued').locator('input').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('invoices-sort').inputValue()).toBe('number');
    // The export links carry the same selection.
    const csv = await page.getByTestId('invoices-export-csv').getAttribute('href');
    expect(csv).toContain('/api/invoices/export?');
    expect(csv).toContain('filter=issued');
    expect(csv).toContain('format=csv');
  });

  it('tells the evidence log in words, the sweep credited to the system, filter kept in the URL', async () => {
    // An automatic change: a client record changed by the sweep of 6 December (Paris).
    const db = e.app.ctx.db;
    const org = await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
    const client = await db
      .selectFrom('clients')
      .select(['id', 'legal_name'])
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      appendEvidence(trx, e.app.ctx.dialect, {
        orgId: org.id,
        kind: 'client.changed',
        objectType: 'client',
        objectId: client.id,
        actor: 'system:sweep',
        at: '2026-12-06T05:00:00.000Z',
      }),
    );
    await page.goto(`${e.baseUrl}/evidence?kind=client.changed`);
    await page.getByTestId('evidence-table').waitFor();
    expect(await page.getByTestId('evidence-who').first().innerText()).toBe('Système — balayage du 06/12');
    expect(await page.getByTestId('evidence-what').first().innerText()).toContain(
      `Fiche Client ${client.legal_name} modifiée`,
    );
    await page.reload();
    await page.getByTestId('evidence-table').waitFor();
    await expect.poll(() => page.getByTestId('evidence-filter-kind').inputValue()).toBe('client.changed');
    expect(await page.getByTestId('evidence-export-csv').getAttribute('href')).toContain(
      '/api/evidence/entries/export?kind=client.changed',
    );
  });
});
