/**
 * In a real Chromium (issue #16, ADR 0015): the Tokens page creates a token with the expiry the
 * user picks, lists when each expires and revokes; a client's bank details are shown masked to a
 * role that does not collect payments, and stay as stored when that role edits the client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, startE2E } from './harness.ts';

const DURAND_SIREN = '792539108';
const DURAND_IBAN = 'FR7630004000031234567890143';

describe('least privilege in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('creates a token with the chosen expiry, lists its expiry and revokes it', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'adv@alleo.example', 'demo-adv-2026!');
    await page.getByTestId('nav-tokens').click();
    await page.getByTestId('token-name').fill('Export ERP');
    await page.getByTestId('token-expiry').selectOption('30');
    await page.getByTestId('token-create').click();
    const secret = (await page.getByTestId('token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^clsr_/);
    const stored = await e.app.ctx.db
      .selectFrom('api_tokens')
      .select(['created_at', 'expires_at'])
      .where('name', '=', 'Export ERP')
      .executeTakeFirstOrThrow();
    expect(Date.parse(stored.expires_at!) - Date.parse(stored.created_at)).toBe(30 * 86_400_000);
    const row = page.getByTestId('token-row-Export ERP');
    const expected = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(stored.expires_at!));
    await expect.poll(() => row.getByTestId('token-expires').textContent()).toBe(expected);
    expect(await row.getByTestId('token-status').getAttribute('data-status')).toBe('active');
    const ok = await page.evaluate(
      async (token) => (await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } })).status,
      secret,
    );
    expect(ok).toBe(200);
    await row.getByTestId('token-revoke').click();
    await expect.poll(() => row.getByTestId('token-status').getAttribute('data-status')).toBe('revoked');
    const refused = await page.evaluate(
      async (token) => (await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } })).status,
      secret,
    );
    expect(refused).toBe(401);
    await page.context().close();
  });

  it('shows the IBAN masked to sales, who can edit the client without erasing it; accounting reads it in full', async () => {
    const sales = await e.newPage();
    await login(sales, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await sales.getByTestId('nav-clients').click();
    await sales.getByTestId(`client-row-${DURAND_SIREN}`).getByTestId('client-link').click();
    await expect.poll(() => sales.getByTestId('client-iban').textContent()).toBe('FR76 ******************* 0143');
    await sales.getByTestId('client-edit').click();
    await expect.poll(() => sales.getByTestId('client-form-iban').inputValue()).toBe('');
    await sales.getByTestId('client-form-phone').fill('+33 1 40 00 00 99');
    await sales.getByTestId('client-form-submit').click();
    await sales.getByTestId('client-form-modal').waitFor({ state: 'hidden' });
    const row = await e.app.ctx.db
      .selectFrom('clients')
      .select(['iban', 'phone'])
      .where('siren', '=', DURAND_SIREN)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ iban: DURAND_IBAN, phone: '+33 1 40 00 00 99' });
    await sales.context().close();

    const accounting = await e.newPage();
    await login(accounting, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await accounting.getByTestId('nav-clients').click();
    await accounting.getByTestId(`client-row-${DURAND_SIREN}`).getByTestId('client-link').click();
    await expect.poll(() => accounting.getByTestId('client-iban').textContent()).toBe(DURAND_IBAN);
    await accounting.context().close();
  });
});
