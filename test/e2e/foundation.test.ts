/** In a real Chromium: the demo admin logs in, creates a user, switches language, logs out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, startE2E } from './harness.ts';

describe('web shell in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('a wrong password shows a clear message and no session', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'admin@alleo.example', 'not-the-password');
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('Adresse e-mail ou mot de passe incorrect');
    expect(page.url()).toContain('/login');
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    await page.context().close();
  });

  it('the demo admin logs in, creates a user, switches to English and logs out', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'admin@alleo.example', 'demo-admin-2026');
    await page.getByTestId('dashboard-welcome').waitFor();
    expect(await page.getByTestId('org-name').textContent()).toContain('ALLEO');
    expect(await page.getByTestId('user-menu').textContent()).toContain('Alice Admin');

    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-create-open').click();
    await page.getByTestId('user-form-email').fill('nouvelle.technicienne@alleo.example');
    await page.getByTestId('user-form-name').fill('Nina Technicienne');
    await page.getByTestId('user-form-role').selectOption('technician');
    await page.getByTestId('user-form-password').fill('court');
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('user-form-password-error').waitFor();
    await page.getByTestId('user-form-password').fill('un-mot-de-passe-solide');
    await page.getByTestId('user-form-submit').click();
    const row = page.getByTestId('user-row-nouvelle.technicienne@alleo.example');
    await row.waitFor();
    expect(await row.getByTestId('user-cell-role').getAttribute('data-role')).toBe('technician');
    const stored = await e.app.ctx.db
      .selectFrom('users')
      .select(['name', 'role'])
      .where('email', '=', 'nouvelle.technicienne@alleo.example')
      .executeTakeFirst();
    expect(stored).toEqual({ name: 'Nina Technicienne', role: 'technician' });

    expect(await page.getByTestId('page-title').textContent()).toBe('Utilisateurs');
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('page-title').textContent()).toBe('Users');
    expect(await page.getByTestId('nav-terms').textContent()).toMatch(/Terms/);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    await page.context().close();
  });

  it('a client user sees the portal, not the back-office', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    await page.getByTestId('portal-layout').waitFor();
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    await page.goto(`${e.baseUrl}/users`);
    await expect
      .poll(
        async () =>
          (await page.getByTestId('forbidden').count()) +
          (await page.getByTestId('not-found').count()) +
          (await page.getByTestId('portal-welcome').count()),
      )
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('serves the interactive API documentation, every operation of the spec reachable', async () => {
    const spec = (await (await fetch(`${e.baseUrl}/api/docs/json`)).json()) as { paths: Record<string, object> };
    const operations = Object.values(spec.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(operations).toBeGreaterThan(150);
    const page = await e.newPage();
    await page.goto(`${e.baseUrl}/api/docs`);
    await page.locator('.opblock').first().waitFor();
    // Swagger UI 5 draws a long spec as a virtual list (only the operations near the viewport are
    // in the DOM), so the page is scrolled to the end while collecting the operations it draws.
    const seen = new Set<string>();
    for (let step = 0; step < 400; step++) {
      for (const id of await page.locator('.opblock').evaluateAll((els) => els.map((el) => el.id))) seen.add(id);
      const atEnd = await page.evaluate(() => {
        const before = window.scrollY;
        window.scrollBy(0, window.innerHeight / 2);
        return window.scrollY === before;
      });
      if (atEnd && seen.size >= operations) break;
      await page.waitForTimeout(atEnd ? 200 : 30);
    }
    expect(seen.size).toBe(operations);
    await page.context().close();
  });
});
