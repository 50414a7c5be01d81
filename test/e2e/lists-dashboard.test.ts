/**
 * Dashboard, lists and evidence log in Chromium (issue 17): a dashboard figure opens the filtered
 * list behind it; a list's filter and sort are in the URL and survive a reload and the back
 * button; the evidence log says who did what in words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(await page.getByTestId('invoices-sort').inputValue()).toBe('number');
    expect(await page.getByTestId('invoices-dir').inputValue()).toBe('asc');
    await page.getByTestId('invoices-filter-paid').click();
    await page.waitForURL(/filter=paid/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('number');
    await page.goBack();
    await page.waitForURL(/filter=issued/);
    expect(await page.getByTestId('invoices-filter-issued').locator('input').isChecked()).toBe(true);
    expect(await page.getByTestId('invoices-sort').inputValue()).toBe('number');
    // The export links carry the same selection.
    const csv = await page.getByTestId('invoices-export-csv').getAttribute('href');
    expect(csv).toContain('/api/invoices/export?');
    expect(csv).toContain('filter=issued');
    expect(csv).toContain('format=csv');
  });

  it('tells the evidence log in words, filter kept in the URL', async () => {
    await page.goto(`${e.baseUrl}/evidence?kind=document.issued`);
    await page.getByTestId('evidence-table').waitFor();
    const what = await page.getByTestId('evidence-what').first().innerText();
    expect(what).toMatch(/émis/);
    const who = await page.getByTestId('evidence-who').first().innerText();
    expect(who).not.toMatch(/^[0-9a-f-]{36}$/);
    await page.reload();
    await page.getByTestId('evidence-table').waitFor();
    expect(await page.getByTestId('evidence-filter-kind').inputValue()).toBe('document.issued');
  });
});
