/**
 * Leaving a form with unsaved changes asks first, in Chromium (issue 17): the client form (a
 * modal), the organisation settings (a page), the catalogue item form, the payment screen and the
 * user form. Dirty: the way out asks, "stay" keeps the typed input; clean: nothing is asked.
 */
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, startE2E } from './harness.ts';

const QUESTION = 'Des modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?';

/** Records every confirm() the page asks and answers "stay" (dismiss). */
function stayOnEveryPrompt(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  return asked;
}

describe('unsaved changes, in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  async function signedIn(): Promise<{ page: Page; asked: string[] }> {
    const page = await e.newPage();
    const asked = stayOnEveryPrompt(page);
    await login(page, e.baseUrl, 'admin@alleo.example', 'demo-admin-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { page, asked };
  }

  it('the client form: dirty, Escape asks and staying keeps the input; clean, Cancel closes without asking', async () => {
    const { page, asked } = await signedIn();
    await page.goto(`${e.baseUrl}/clients`);
    await page.getByTestId('clients-new').click();
    await page.getByTestId('client-form-legalName').fill('Menuiserie Perrin SARL');
    await page.keyboard.press('Escape');
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe(QUESTION);
    await page.getByTestId('client-form').waitFor();
    expect(await page.getByTestId('client-form-legalName').inputValue()).toBe('Menuiserie Perrin SARL');
    // Typed back to nothing is still a change: only an untouched form closes without asking.
    await page.getByTestId('client-form-cancel').click();
    expect(asked.length).toBe(2);
    await page.context().close();

    const clean = await signedIn();
    await clean.page.goto(`${e.baseUrl}/clients`);
    await clean.page.getByTestId('clients-new').click();
    await clean.page.getByTestId('client-form-cancel').click();
    await clean.page.getByTestId('client-form').waitFor({ state: 'detached' });
    expect(clean.asked).toEqual([]);
    await clean.page.context().close();
  });

  it('the organisation settings page: dirty, a menu link asks and staying keeps the input; clean, it leaves', async () => {
    const { page, asked } = await signedIn();
    await page.goto(`${e.baseUrl}/organisation`);
    const city = page.getByTestId('organisation-form-city');
    await city.waitFor();
    await expect.poll(() => city.inputValue()).not.toBe('');
    const before = await city.inputValue();
    await city.fill(`${before} Cedex`);
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe(QUESTION);
    expect(new URL(page.url()).pathname).toBe('/organisation');
    expect(await city.inputValue()).toBe(`${before} Cedex`);

    await city.fill(before);
    await page.getByTestId('nav-clients').click();
    await page.waitForURL((url) => url.pathname === '/clients');
    expect(asked.length).toBe(1);
    await page.context().close();
  });

  it('the catalogue item form: dirty, Cancel asks and staying keeps the input; clean, it closes', async () => {
    const { page, asked } = await signedIn();
    await page.goto(`${e.baseUrl}/catalogue`);
    await page.getByTestId('catalogue-new').click();
    await page.getByTestId('item-form-cancel').click();
    await page.getByTestId('item-form-submit').waitFor({ state: 'detached' });
    expect(asked).toEqual([]);

    await page.getByTestId('catalogue-new').click();
    const sku = page.locator('[data-testid="item-form-modal"] input').first();
    await sku.fill('SRV-CABLAGE');
    await page.getByTestId('item-form-cancel').click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe(QUESTION);
    expect(await sku.inputValue()).toBe('SRV-CABLAGE');
    await page.context().close();
  });

  it('the payment screen and the user form: dirty, leaving asks and staying keeps the input; clean, they leave', async () => {
    const { page, asked } = await signedIn();
    await page.goto(`${e.baseUrl}/payments/new`);
    await page.getByTestId('payment-amount').fill('125,00');
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe(QUESTION);
    expect(new URL(page.url()).pathname).toBe('/payments/new');
    expect(await page.getByTestId('payment-amount').inputValue()).toBe('125,00');
    await page.getByTestId('payment-amount').fill('');
    await page.getByTestId('nav-clients').click();
    await page.waitForURL((url) => url.pathname === '/clients');
    expect(asked.length).toBe(1);

    await page.goto(`${e.baseUrl}/users`);
    await page.getByTestId('user-create-open').click();
    await page.getByTestId('user-form-cancel').click();
    await page.getByTestId('user-form-email').waitFor({ state: 'detached' });
    expect(asked.length).toBe(1);
    await page.getByTestId('user-create-open').click();
    await page.getByTestId('user-form-email').fill('nouveau@alleo.example');
    await page.getByTestId('user-form-cancel').click();
    await expect.poll(() => asked.length).toBe(2);
    expect(await page.getByTestId('user-form-email').inputValue()).toBe('nouveau@alleo.example');
    await page.context().close();
  });
});
