/**
 * Payments list and catalogue picker in Chromium (issue 17): the list's sort is in the URL and
 * survives a reload, its export links carry the selection; the quote editor's catalogue picker
 * finds item 510 of 528 by typing (server search, accents folded); no serious axe violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/ids.ts';
import { searchKey } from '../../src/kernel/search-key.ts';
import { axePage, axeViolations } from './axe.ts';
import { type E2E, login, startE2E } from './harness.ts';

const AT = '2026-01-01T00:00:00.000Z';

describe('payments list and catalogue picker in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E();
    const db = e.app.ctx.db;
    const org = await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
    await db
      .insertInto('catalogue_items')
      .values(
        Array.from({ length: 528 }, (_, k) => {
          const name = `Équipement réseau n° ${k + 1}`;
          return {
            id: newId(),
            org_id: org.id,
            kind: 'product' as const,
            category: 'network',
            offer_line: 'cybersecurity',
            manufacturer: null,
            sku: `E2E-${String(k + 1).padStart(4, '0')}`,
            name,
            search_name: searchKey(name),
            description: null,
            indicative_price_cents: 12_50,
            vat_rate: '20',
            rentable: 0 as const,
            monthly_rent_cents: null,
            maintenance_fee_cents: null,
            warranty_months: null,
            late_cancellation_indemnity_cents: null,
            off_hours_surcharge_percent: null,
            active: 1 as const,
            created_at: AT,
            updated_at: AT,
            solution_kind: 'hardware' as const,
            licence_users: null,
          };
        }),
      )
      .execute();
  });
  afterAll(() => e?.close());

  async function signedIn(email: string, password: string): Promise<Page> {
    const page = await axePage(e.browser);
    page.setDefaultTimeout(30_000);
    await login(page, e.baseUrl, email, password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  it('keeps the payments sort in the URL over a reload; the export links carry it', async () => {
    const page = await signedIn('compta@alleo.example', 'demo-compta-2026');
    await page.goto(`${e.baseUrl}/payments?sort=amount&dir=asc`);
    await page.getByTestId('payments-sort').waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('payments-sort').inputValue()).toBe('amount');
    await expect.poll(() => page.getByTestId('payments-dir').inputValue()).toBe('asc');
    await page.getByTestId('payments-sort').selectOption('client');
    await page.waitForURL(/sort=client/);
    const href = () => page.getByTestId('payments-export-csv').getAttribute('href');
    await expect.poll(href).toContain('sort=client');
    const csv = await href();
    expect(csv).toContain('/api/payments/export?');
    expect(csv).toContain('format=csv');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('picks catalogue item 510 of 528 by typing in the quote editor', async () => {
    const page = await signedIn('commercial@alleo.example', 'demo-sales-2026');
    await page.goto(`${e.baseUrl}/quotes/new`);
    await page.getByTestId('quote-editor').waitFor();
    await page.getByTestId('line-0-item').fill('EQUIPEMENT RESEAU N° 510');
    await page.getByRole('option', { name: 'Équipement réseau n° 510 — E2E-0510' }).click();
    await expect.poll(() => page.getByTestId('line-0-item').inputValue()).toBe('Équipement réseau n° 510 — E2E-0510');
    // The line is priced with the picked item (not one of those loaded with the page).
    await expect.poll(() => page.getByTestId('line-0-unitPrice').inputValue()).toBe('12,50');
    expect(await axeViolations(page)).toEqual([]);
  });
});
