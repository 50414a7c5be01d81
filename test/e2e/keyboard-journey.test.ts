/**
 * A day's work with the keyboard only (issue 17): Tab, Shift+Tab, Enter, Space, Escape and the
 * arrow keys — no click. Sign in, open the clients through the menu, open a client, write a quote
 * with a line, issue it through its confirmation dialog, record a payment on an invoice. Every
 * control reached shows its focus ring, and the focus lands where the next step is once a dialog
 * closes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoActivity } from '../../src/seed/seed-activity.ts';
import { type E2E, startE2E } from './harness.ts';

/** The test id of the focused element (or of its closest ancestor that has one). */
function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);
}

/** Whether the focused element shows a focus ring: an outline, a shadow, or an input's border in the primary colour. */
function focusRingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
    if (style.boxShadow !== 'none') return true;
    if (!el.matches('input, select, textarea')) return false;
    const probe = document.createElement('span');
    probe.style.color = 'var(--mantine-primary-color-filled)';
    document.body.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    // A field's border (or its wrapper's, for a password field) turns to the primary colour.
    for (let box: Element | null = el, depth = 0; box && depth < 3; box = box.parentElement, depth++)
      if (getComputedStyle(box).borderColor === primary) return true;
    return false;
  });
}

/** Presses Tab (or Shift+Tab) until the element with this test id has the focus; its focus ring must show. */
async function tabTo(page: Page, testId: string | RegExp, { back = false, max = 200 } = {}) {
  const matches = (id: string | null) => (typeof testId === 'string' ? id === testId : id !== null && testId.test(id));
  for (let i = 0; i < max; i++) {
    if (matches(await focusedTestId(page))) {
      // Polled: a field's border colour fades in (CSS transition).
      await expect.poll(() => focusRingShown(page), { message: `focus ring on ${String(testId)}` }).toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(testId)} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

describe('keyboard-only journey', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    await seedDemoActivity(e.app.ctx, e.app.handle);
    page = await e.newPage();
  }, 120_000);
  afterAll(() => e?.close());

  it('signs in, writes and issues a quote, records a payment, without a mouse', async () => {
    await page.goto(`${e.baseUrl}/login`);
    await tabTo(page, 'login-email');
    await page.keyboard.type('admin@alleo.example');
    await tabTo(page, 'login-password');
    await page.keyboard.type('demo-admin-2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('dashboard-welcome').waitFor();

    // The clients, through the menu; a client through the link its row carries.
    await tabTo(page, 'nav-clients');
    await page.keyboard.press('Enter');
    await page.getByTestId('clients-table').waitFor();
    await tabTo(page, 'clients-search');
    await page.keyboard.type('Morel');
    await expect.poll(() => page.getByTestId('clients-table').locator('tbody tr').count()).toBe(1);
    await tabTo(page, 'client-link');
    await page.keyboard.press('Enter');
    await page.getByTestId('client-detail').waitFor();

    // A quote with one line, the catalogue item chosen with the arrow keys.
    await tabTo(page, 'client-new-quote');
    await page.keyboard.press('Enter');
    await page.getByTestId('quote-editor').waitFor();
    await expect.poll(() => page.getByTestId('quote-client').inputValue()).toContain('Transports Morel SAS');
    await tabTo(page, 'quote-subject');
    await page.keyboard.type('Pare-feu de l’agence');
    await tabTo(page, 'quote-lead-time');
    await page.keyboard.type('2 semaines');
    await tabTo(page, 'line-0-item');
    // The picker searches the server: the arrow opens its list once the answer is in, Enter picks.
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-combobox-option]:visible').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('line-0-item').inputValue()).not.toBe('');
    await tabTo(page, 'quote-save');
    await page.keyboard.press('Enter');
    await page.getByTestId('quote-issue').waitFor();

    // Issued through its dialog: the focus is in the dialog, Shift+Tab stays in it, Escape closes it.
    await tabTo(page, 'quote-issue');
    await page.keyboard.press('Enter');
    await page.getByTestId('quote-issue-modal-confirm').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('quote-issue-modal-confirm').waitFor({ state: 'detached' });
    await expect.poll(() => focusedTestId(page)).toBe('quote-issue');
    await page.keyboard.press('Space');
    await page.getByTestId('quote-issue-modal-confirm').waitFor();
    await tabTo(page, 'quote-issue-modal-confirm', { back: true, max: 10 });
    await page.keyboard.press('Enter');
    await page.getByTestId('quote-issue-modal-confirm').waitFor({ state: 'detached' });
    // The issue button is gone: the focus moves to the next step, sending the quote.
    await expect.poll(() => focusedTestId(page)).toBe('quote-send');
    await expect.poll(() => focusRingShown(page)).toBe(true);

    // A payment on an open invoice, from the invoices list.
    await tabTo(page, 'nav-invoices', { back: true });
    await page.keyboard.press('Enter');
    await page.getByTestId('invoices-filters').waitFor();
    await tabTo(page, 'invoices-filter-overdue');
    await page.keyboard.press('Space');
    await page.waitForURL(/filter=overdue/);
    await tabTo(page, 'invoice-link');
    const number = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.keyboard.press('Enter');
    await page.getByTestId('invoice-detail').waitFor();
    expect(await page.getByTestId('invoice-detail').innerText()).toContain(number);
    const paymentsBefore = await page.getByTestId('invoice-payment-row').count();
    await tabTo(page, 'invoice-record-payment');
    await page.keyboard.press('Enter');
    await page.getByTestId('payment-entry').waitFor();
    await tabTo(page, 'payment-amount');
    await page.keyboard.type('10,00');
    await tabTo(page, 'payment-reference');
    await page.keyboard.type('VIR CLAVIER');
    await tabTo(page, 'payment-submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('invoice-detail').waitFor();
    await expect.poll(() => page.getByTestId('invoice-payment-row').count()).toBe(paymentsBefore + 1);
  }, 180_000);
});
