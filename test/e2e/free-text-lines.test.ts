/**
 * A free-text service line typed in the quote editor, in Chromium (issue 17, art. 6.8): its
 * missing label is named in plain French, it prices live, and the saved quote shows it as a line
 * not in the catalogue with the same figures.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, startE2E } from './harness.ts';

async function text(page: Page, testId: string): Promise<string> {
  await page.getByTestId(testId).first().waitFor({ state: 'attached' });
  // Amounts are formatted with (narrow) no-break spaces: compared as plain spaces.
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s/g, ' ').trim();
}

describe('free-text quote lines, in Chromium', () => {
  let e: E2E;
  let morelId: string;
  beforeAll(async () => {
    e = await startE2E();
    morelId = (
      await e.app.ctx.db
        .selectFrom('clients')
        .select('id')
        .where('legal_name', '=', 'Transports Morel SAS')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => e?.close());

  it('types a service not in the catalogue, prices it live and saves it as shown', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${e.baseUrl}/quotes/new?clientId=${morelId}`);
    await page.getByTestId('quote-editor').waitFor();
    await expect.poll(() => page.getByTestId('quote-client').inputValue()).toContain('Transports Morel SAS');
    await page.getByTestId('quote-lead-time').fill('2 semaines');

    await page.getByTestId('line-0-kind').selectOption('service');
    await page.getByTestId('line-0-free').check();
    await expect.poll(() => page.getByTestId('line-0-vatRate').inputValue()).toBe('20');
    await page.getByTestId('line-0-quantity').fill('2');
    await page.getByTestId('line-0-unitPrice').fill('450');
    await expect.poll(() => text(page, 'line-0-net')).toBe('900,00 €');
    expect(await text(page, 'total-gross')).toBe('1 080,00 €');

    // Sent without its label: the server names the field in plain French.
    await page.getByTestId('quote-save').click();
    await page.getByTestId('line-0-label-error').waitFor();
    expect(await text(page, 'line-0-label-error')).toBe('Ce champ est obligatoire');

    await page.getByTestId('line-0-label').fill('Câblage du local technique');
    await page.getByTestId('quote-save').click();
    await page.locator('[data-testid="quote-detail"][data-status="draft"]').waitFor();
    const row = page.getByTestId('line-row-1');
    expect(await row.textContent()).toContain('Câblage du local technique');
    expect(await row.textContent()).toContain('Hors catalogue');
    expect(await text(page, 'total-net')).toBe('900,00 €');
    expect(await text(page, 'total-gross')).toBe('1 080,00 €');
    await page.context().close();
  });
});
