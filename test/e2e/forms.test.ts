/**
 * Forms that help, in Chromium (issue 17): field errors in plain French, all at once, the focus on
 * the first one; issuing and deleting a quote ask first and say what follows; a draft deleted; a
 * quote declined in the portal with a reason; a user changes its own password.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin } from './page-api.ts';
import { axePage, axeViolations } from './axe.ts';

async function text(page: Page, testId: string): Promise<string> {
  await page.getByTestId(testId).first().waitFor({ state: 'attached' });
  return ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
}

describe('forms that help, in Chromium', () => {
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

  /** A draft quote of Transports Morel made through the API, as the sales user. */
  async function draftQuote(issue = false): Promise<string> {
    const page = await e.newPage();
    const csrf = await apiLogin(page.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const items = (await (await page.request.get(`${e.baseUrl}/api/catalogue?q=FG-40F`)).json()).items;
    const res = await page.request.post(`${e.baseUrl}/api/quotes`, {
      headers: csrf,
      data: {
        clientId: morelId,
        deliveryLeadTime: '3 semaines',
        lines: [{ kind: 'sale', catalogueItemId: items[0].id, quantity: 1 }],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const id = (await res.json()).quote.id as string;
    if (issue)
      expect((await page.request.post(`${e.baseUrl}/api/quotes/${id}/issue`, { headers: csrf })).status()).toBe(200);
    await page.context().close();
    return id;
  }

  it('a new client sent empty: every error at once, in plain French, the focus on the first field', async () => {
    const page = await axePage(e.browser);
    await login(page, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${e.baseUrl}/clients`);
    await page.getByTestId('clients-new').click();
    await page.getByTestId('client-form-submit').click();
    await page.getByTestId('client-form-error').waitFor();
    const legalNameError = await text(page, 'client-form-legalName-error');
    expect(legalNameError).toBe('Ce champ est obligatoire');
    // All the errors of the form at once, none in zod's words nor in English.
    const form = (await page.getByTestId('client-form').textContent()) ?? '';
    expect(form).not.toMatch(/Trop petit|attendu|reçu|Required|expected/);
    const invalid = await page.locator('[data-testid="client-form"] [aria-invalid="true"]').count();
    expect(invalid).toBeGreaterThan(2);
    // The first field in error has the focus.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'client-form-legalName',
    );
    // A SIREN already known: a warning with a link to the existing client (another SIRET stays allowed).
    await page.getByTestId('client-form-siren').fill('552081317');
    await page.getByTestId('client-form-siren-twins').waitFor();
    expect(await text(page, 'client-form-siren-twins')).toContain('autre établissement');
    expect(await page.getByTestId('client-form-siren-twin').first().textContent()).toBe('Transports Morel SAS');
    expect(await page.getByTestId('client-form-siren-twin').first().getAttribute('href')).toMatch(/^\/clients\/.+/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('client-form-siren').fill('732829320');
    await page.getByTestId('client-form-siren-twins').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('issuing a quote asks first and states the consequence; a draft is deleted after a confirmation', async () => {
    const issueId = await draftQuote();
    const deleteId = await draftQuote();
    const page = await axePage(e.browser);
    await login(page, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`${e.baseUrl}/quotes/${issueId}`);
    await page.getByTestId('quote-issue').click();
    await page.getByTestId('quote-issue-modal-confirm').waitFor();
    expect(await text(page, 'quote-issue-modal')).toContain('art. 3.1');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('quote-issue-modal-cancel').click();
    // Cancelled: still a draft.
    await page.locator('[data-testid="quote-detail"][data-status="draft"]').waitFor();
    await page.getByTestId('quote-issue').click();
    await page.getByTestId('quote-issue-modal-confirm').click();
    await page.locator('[data-testid="quote-detail"][data-status="issued"]').waitFor();
    expect(await page.getByTestId('quote-delete').count()).toBe(0);

    await page.goto(`${e.baseUrl}/quotes/${deleteId}`);
    await page.getByTestId('quote-delete').click();
    await page.getByTestId('quote-delete-modal-confirm').waitFor();
    expect(await text(page, 'quote-delete-modal')).toContain('supprimés définitivement');
    await page.getByTestId('quote-delete-modal-confirm').click();
    await page.waitForURL(/\/quotes$/);
    const left = await e.app.ctx.db.selectFrom('quotes').select('id').where('id', '=', deleteId).execute();
    expect(left).toEqual([]);
    await page.context().close();
  });

  it('leaving the quote editor with unsaved changes asks first', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${e.baseUrl}/quotes/new`);
    await page.getByTestId('quote-subject').fill('Sécurisation du siège');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('nav a[href="/clients"]').first().click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('ne sont pas enregistrées');
    expect(new URL(page.url()).pathname).toBe('/quotes/new');
    await expect.poll(() => page.getByTestId('quote-subject').inputValue()).toBe('Sécurisation du siège');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('nav a[href="/clients"]').first().click();
    await page.waitForURL(/\/clients$/);
    await page.context().close();
  });

  it('the client declines a quote in the portal with a reason: the quote is refused, the decision cites art. 3.1', async () => {
    const id = await draftQuote(true);
    const page = await axePage(e.browser);
    await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    await page.waitForURL(/\/portal/);
    await page.goto(`${e.baseUrl}/portal/quotes/${id}`);
    await page.getByTestId('portal-refuse-open').click();
    await page.getByTestId('portal-refuse-reason').waitFor();
    expect(await text(page, 'portal-refuse')).toContain('aucun contrat n’est formé');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('portal-refuse-reason').fill('Budget reporté');
    await page.getByTestId('portal-refuse-confirm').click();
    await page.getByTestId('portal-refuse-done').waitFor();
    await page.locator('[data-testid="my-quote"][data-status="refused"]').waitFor();
    const decision = await e.app.ctx.db
      .selectFrom('decisions')
      .selectAll()
      .where('object_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(decision).toMatchObject({ rule: 'quote.acceptance', outcome: 'refused', article: '3.1' });
    expect(JSON.parse(decision.decision_json).clientReason).toBe('Budget reporté');
    await page.context().close();
  });

  it('a user changes its own password: a wrong current one is refused by field, then the new one signs in', async () => {
    const page = await axePage(e.browser);
    await login(page, e.baseUrl, 'technicien@alleo.example', 'demo-tech-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('user-menu').click();
    await page.getByTestId('password-open').click();
    await page.getByTestId('password-current').fill('pas-le-bon-mot');
    await page.getByTestId('password-new').fill('nouveau-mot-2027');
    await page.getByTestId('password-repeat').fill('nouveau-mot-2027');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-error').waitFor();
    expect(await page.getByTestId('password-modal').textContent()).toContain(
      "le mot de passe actuel saisi n'est pas le bon",
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('password-current');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('password-current').fill('demo-tech-2026');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-done').waitFor();
    const fresh = await e.newPage();
    const res = await fresh.request.post(`${e.baseUrl}/api/auth/login`, {
      data: { email: 'technicien@alleo.example', password: 'nouveau-mot-2027' },
    });
    expect(res.status()).toBe(200);
    await fresh.context().close();
    await page.context().close();
  });
});
