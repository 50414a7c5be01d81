/**
 * Daily use in Chromium (issue 17): truthful days late on the portal statement (0 for an invoice
 * paid before its due date), the debit-note dialog stating what it claims before confirming, a
 * client among 528 picked by typing without accents, the global search (Ctrl+K), the portal at
 * 390 px without sideways scrolling, and axe-core with no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/kernel/dates.ts';
import { newId } from '../../src/kernel/ids.ts';
import { searchKey } from '../../src/kernel/search-key.ts';
import { axePage, axeViolations } from './axe.ts';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin } from './page-api.ts';

const CLIENT_510 = 'Électricité Lefèvre Numéro 510';

describe('daily use in Chromium', () => {
  let e: E2E;
  const newPage = (width = 1280, height = 860) => axePage(e.browser, width, height);
  let morelId: string;
  const numbers = { paid: '', late: '' };
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    e = await startE2E();
    const db = e.app.ctx.db;
    const org = await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
    morelId = (await db.selectFrom('clients').select('id').where('siren', '=', '552081317').executeTakeFirstOrThrow())
      .id;
    // 522 more clients: 528 in all, the 510th named with accents.
    const now = new Date().toISOString();
    const rows = Array.from({ length: 522 }, (_, i) => {
      const n = i + 7;
      const legalName = n === 510 ? CLIENT_510 : `Entreprise Numéro ${String(n).padStart(3, '0')}`;
      return {
        id: newId(),
        org_id: org.id,
        legal_name: legalName,
        search_name: searchKey(legalName),
        siren: '552081317',
        siret: null,
        vat_number: null,
        address_line: '1 rue du Test',
        postal_code: '69001',
        city: 'Lyon',
        country: 'FR',
        email: null,
        phone: null,
        relationship_ended_on: null,
        anonymised_at: null,
        created_at: now,
        updated_at: now,
      };
    });
    for (let i = 0; i < rows.length; i += 100)
      await db
        .insertInto('clients')
        .values(rows.slice(i, i + 100))
        .execute();

    // Two invoices of Transports Morel issued in the past: one paid 3 days before its due date, one unpaid.
    const page = await e.newPage();
    const realNow = e.app.ctx.now;
    const invoiceOn = async (daysAgo: number) => {
      // Signed in now (the cookie must not expire in the browser), then the server's clock goes back.
      e.app.ctx.now = realNow;
      const csrf = await apiLogin(page.request, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
      e.app.ctx.now = () => new Date(Date.now() - daysAgo * 86_400_000);
      const draft = await page.request.post(`${e.baseUrl}/api/invoices`, {
        headers: csrf,
        data: {
          clientId: morelId,
          lines: [
            { label: 'Prestation', nature: 'services', quantity: 1, unitPriceCents: 10000, vatRatePercent: '20' },
          ],
        },
      });
      expect(draft.status(), await draft.text()).toBe(201);
      const issued = await page.request.post(`${e.baseUrl}/api/invoices/${(await draft.json()).invoice.id}/issue`, {
        headers: csrf,
      });
      expect(issued.status(), await issued.text()).toBe(200);
      return (await issued.json()).invoice as { id: string; number: string; dueDate: string };
    };
    const paid = await invoiceOn(150);
    const late = await invoiceOn(80);
    e.app.ctx.now = realNow;
    numbers.paid = paid.number;
    numbers.late = late.number;
    const csrf = await apiLogin(page.request, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    const payment = await page.request.post(`${e.baseUrl}/api/payments`, {
      headers: csrf,
      data: {
        clientId: morelId,
        means: 'bank-transfer',
        receivedOn: addDays(paid.dueDate, -3),
        amountCents: 12000,
        allocations: [{ invoiceId: paid.id, amountCents: 12000 }],
      },
    });
    expect(payment.status(), await payment.text()).toBe(201);
    expect(late.dueDate < today).toBe(true);
    await page.context().close();
  });
  afterAll(() => e?.close());

  it('portal at 390 px: the statement says 0 days late for an invoice paid on time; no page scrolls sideways; axe passes', async () => {
    const page = await newPage(390, 844);
    await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    await page.waitForURL(/\/portal/);
    await page.goto(`${e.baseUrl}/portal/statement`);
    const paidRow = page.getByTestId(`statement-invoice-${numbers.paid}`);
    await expect.poll(() => paidRow.getAttribute('data-state')).toBe('paid');
    expect(await paidRow.getByTestId('statement-invoice-days-late').textContent()).toBe('—');
    const lateRow = page.getByTestId(`statement-invoice-${numbers.late}`);
    const lateDays = Number(await lateRow.getByTestId('statement-invoice-days-late').textContent());
    expect(lateDays).toBeGreaterThanOrEqual(49);
    expect(lateDays).toBeLessThanOrEqual(51);
    await page.context().close();
  });

  it('portal at 390 px: every portal page fits the width (tables become cards), buttons in reach; axe passes', async () => {
    // A quote to decline, a quote accepted then acknowledged (a contract), for the detail pages.
    const setup = await e.newPage();
    const sales = await apiLogin(setup.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const item = (await (await setup.request.get(`${e.baseUrl}/api/catalogue?q=FG-40F`)).json()).items.find(
      (i: { sku: string }) => i.sku === 'FG-40F',
    );
    const issuedQuote = async () => {
      const draft = await setup.request.post(`${e.baseUrl}/api/quotes`, {
        headers: sales,
        data: {
          clientId: morelId,
          deliveryLeadTime: '4 semaines',
          lines: [{ kind: 'sale', catalogueItemId: item.id, quantity: 2 }],
        },
      });
      expect(draft.status(), await draft.text()).toBe(201);
      const issued = await setup.request.post(`${e.baseUrl}/api/quotes/${(await draft.json()).quote.id}/issue`, {
        headers: sales,
      });
      expect(issued.status(), await issued.text()).toBe(200);
      return (await issued.json()).quote.id as string;
    };
    const openQuote = await issuedQuote();
    const acceptedQuote = await issuedQuote();
    const client = await apiLogin(setup.request, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    const accepted = await setup.request.post(`${e.baseUrl}/api/portal/quotes/${acceptedQuote}/accept`, {
      headers: client,
      data: { acceptedWithoutReservation: true, signatoryName: 'Marc Morel', signatoryTitle: 'Gérant' },
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    const adv = await apiLogin(setup.request, e.baseUrl, 'adv@alleo.example', 'demo-adv-2026!');
    const contract = await setup.request.post(`${e.baseUrl}/api/contracts`, {
      headers: adv,
      data: { quoteId: acceptedQuote },
    });
    expect(contract.status(), await contract.text()).toBe(201);
    const contractId = (await contract.json()).contract.id as string;
    const invoiceId = (
      await e.app.ctx.db
        .selectFrom('invoices')
        .select('id')
        .where('number', '=', numbers.late)
        .executeTakeFirstOrThrow()
    ).id;
    await setup.context().close();

    const page = await newPage(390, 844);
    await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    await page.waitForURL(/\/portal/);
    const pages: Array<[string, string]> = [
      ['/portal', 'portal-welcome'],
      ['/portal/quotes', 'my-quotes-table'],
      [`/portal/quotes/${openQuote}`, 'page-title'],
      ['/portal/contracts', 'page-title'],
      [`/portal/contracts/${contractId}`, 'page-title'],
      ['/portal/invoices', 'my-invoices-table'],
      [`/portal/invoices/${invoiceId}`, 'page-title'],
      ['/portal/statement', 'statement-invoices'],
      ['/portal/dues', 'dues-table'],
      ['/portal/interventions', 'page-title'],
      ['/portal/privacy', 'page-title'],
    ];
    for (const [route, ready] of pages) {
      await page.goto(`${e.baseUrl}${route}`);
      const selector = ready.includes(' ') ? ready : `[data-testid="${ready}"]`;
      await page
        .locator(selector)
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {
          throw new Error(`${route}: ${selector} never showed`);
        });
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, route).toBeLessThanOrEqual(390);
      // Every button and link on the page is within the screen's width (reachable without scrolling sideways).
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('main a, main button')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > 390.5 || r.left < -0.5);
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(outside, route).toEqual([]);
      expect(await axeViolations(page), route).toEqual([]);
    }
    // The statement and the dues read as cards: number, dates, amounts, state, each with its label.
    await page.goto(`${e.baseUrl}/portal/statement`);
    const statement = page.getByTestId('statement-invoices');
    expect(await statement.getAttribute('data-layout')).toBe('cards');
    const card = page.getByTestId(`statement-invoice-${numbers.late}`);
    const text = await card.textContent();
    for (const label of ['Numéro', 'Date d’échéance', 'Restant dû', 'État']) expect(text).toContain(label);
    await page.goto(`${e.baseUrl}/portal/dues`);
    expect(await page.getByTestId('dues-table').getAttribute('data-layout')).toBe('cards');
    await page.context().close();
  });

  it('the debit-note dialog states the invoices and amounts it will claim before confirming', async () => {
    const page = await newPage();
    await login(page, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${e.baseUrl}/debit-notes`);
    await page.getByTestId('debit-notes-create').click();
    await page.getByTestId('debit-note-client').fill('transports morel');
    await page.getByRole('option', { name: /Transports Morel SAS/ }).click();
    const preview = page.getByTestId('debit-note-preview');
    await preview.waitFor();
    const row = page.getByTestId(`debit-note-preview-${numbers.late}`);
    await row.waitFor();
    expect(await page.getByTestId(`debit-note-preview-${numbers.paid}`).count()).toBe(0);
    expect(await row.textContent()).toContain('40,00');
    expect(await preview.textContent()).toMatch(/1 facture concernée/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('debit-note-create-submit').click();
    await page.waitForURL(/\/debit-notes\/[^/]+$/);
    const note = await e.app.ctx.db
      .selectFrom('debit_note_rows')
      .innerJoin('invoices', 'invoices.id', 'debit_note_rows.invoice_id')
      .select(['invoices.number', 'debit_note_rows.indemnity_cents'])
      .execute();
    expect(note).toEqual([{ number: numbers.late, indemnity_cents: 4000 }]);
    await page.context().close();
  });

  it('picks client 510 of 528 by typing without accents, and finds it with the global search (Ctrl+K)', async () => {
    const page = await newPage();
    await login(page, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${e.baseUrl}/quotes/new`);
    await page.getByTestId('quote-client').fill('electricite lefevre');
    await page.getByRole('option', { name: new RegExp(CLIENT_510) }).click();
    await expect.poll(() => page.getByTestId('quote-client').inputValue()).toContain(CLIENT_510);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${e.baseUrl}/`);
    await page.getByTestId('global-search-open').waitFor();
    await page.keyboard.press('Control+k');
    await page.getByTestId('global-search-input').fill('ELECTRICITE 510');
    await page.getByTestId('global-search-hit-client').first().waitFor();
    expect(await page.getByTestId('global-search-hit-client').first().textContent()).toContain(CLIENT_510);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/[^/]+$/);
    await page.getByText(CLIENT_510).first().waitFor();
    await page.context().close();
  });
});
