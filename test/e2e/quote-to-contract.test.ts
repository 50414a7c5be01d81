/**
 * In Chromium, the contract formation of art. 3 end to end, one browser context per user: sales
 * builds a quote for Transports Morel (a rental line and a sale line, totals computed live) and
 * issues it; the client accepts it without reservation in the portal; order administration
 * approves the rental file and issues the order acknowledgement; the contract shows in the
 * back-office and in the client's portal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type E2E, login, startE2E } from './harness.ts';

const MOREL_SIREN = '552081317';

/** The visible text of an element, spaces of any kind (narrow no-break in amounts) as plain spaces. */
async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Fetches a document link of the page with the page's session: it must be a PDF. */
async function expectPdf(page: Page, testId: string) {
  const href = await page.getByTestId(testId).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('quote to contract in Chromium', () => {
  let e: E2E;
  let quoteNumber = '';
  let contractNumber = '';

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('sales builds the quote with live totals and issues it', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    await page.getByTestId('dashboard-welcome').waitFor();

    // The client, found by search; its correspondent (art. 7) is marked.
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('clients-table').waitFor();
    await page.getByTestId('clients-search').fill('Morel');
    await expect.poll(() => page.getByTestId('clients-table').locator('tbody tr').count()).toBe(1);
    await page.getByTestId(`client-row-${MOREL_SIREN}`).getByTestId('client-link').click();
    await page.getByTestId('client-detail').waitFor();
    expect(await text(page, 'page-title')).toBe('Transports Morel SAS');
    expect(await page.locator('[data-testid^="contact-row-"][data-correspondent="true"]').textContent()).toContain(
      'Marc Morel',
    );

    // The editor, opened from the client: a rental line and a discounted sale line.
    await page.getByTestId('client-new-quote').click();
    await page.getByTestId('quote-editor').waitFor();
    await expect.poll(() => page.getByTestId('quote-client').inputValue()).toContain('Transports Morel SAS');
    await page.getByTestId('quote-subject').fill('Sécurisation du réseau du siège');
    await page.getByTestId('quote-lead-time').fill('3 semaines');

    await page.getByTestId('line-0-kind').selectOption('rental');
    // The item is searched on the server as it is typed (the catalogue picker).
    await page.getByTestId('line-0-item').fill('fortigate 40f');
    await page.getByRole('option', { name: 'Pare-feu FortiGate 40F — FG-40F' }).click();
    await expect.poll(() => page.getByTestId('line-0-item').inputValue()).toBe('Pare-feu FortiGate 40F — FG-40F');
    await expect.poll(() => page.getByTestId('line-0-rent').inputValue()).toBe('29,00');
    await expect.poll(() => page.getByTestId('line-0-maintenanceFee').inputValue()).toBe('9,00');
    await page.getByTestId('line-0-quantity').fill('2');
    await page.getByTestId('line-0-months').fill('36');
    await expect.poll(() => text(page, 'line-0-net')).toBe('2 736,00 €');

    await page.getByTestId('quote-add-line').click();
    await page.getByTestId('line-1-item').fill('FS-124F');
    await page.getByRole('option', { name: 'Switch FortiSwitch 124F PoE — FS-124F-POE' }).click();
    await expect
      .poll(() => page.getByTestId('line-1-item').inputValue())
      .toBe('Switch FortiSwitch 124F PoE — FS-124F-POE');
    await expect.poll(() => page.getByTestId('line-1-unitPrice').inputValue()).toBe('1150,00');
    await page.getByTestId('line-1-discount').fill('10');
    await expect.poll(() => text(page, 'line-1-net')).toBe('1 035,00 €');

    // Live totals: VAT once per rate on the sum of the line nets (EN 16931), monthly rent apart.
    expect(await text(page, 'total-net')).toBe('3 771,00 €');
    expect(await text(page, 'total-vat-20')).toBe('754,20 €');
    expect(await text(page, 'total-gross')).toBe('4 525,20 €');
    expect(await text(page, 'total-monthly-rent')).toBe('76,00 €');

    await page.getByTestId('quote-save').click();
    const draft = page.locator('[data-testid="quote-detail"][data-status="draft"]');
    await draft.waitFor();
    // The server stored exactly what the editor showed.
    expect(await text(page, 'total-net')).toBe('3 771,00 €');
    expect(await text(page, 'total-gross')).toBe('4 525,20 €');
    expect(await text(page, 'total-monthly-rent')).toBe('76,00 €');

    // Issuing asks first and says what follows (number, terms, validity, sealed PDF).
    await page.getByTestId('quote-issue').click();
    await page.getByTestId('quote-issue-modal-confirm').waitFor();
    expect(await text(page, 'quote-issue-modal')).toContain('ne pourra plus être modifié');
    await page.getByTestId('quote-issue-modal-confirm').click();
    const issued = page.locator('[data-testid="quote-detail"][data-status="issued"]');
    await issued.waitFor();
    quoteNumber = (await issued.getAttribute('data-number')) ?? '';
    expect(quoteNumber).toMatch(/^D-\d{4}-\d{5}$/);
    expect(await text(page, 'quote-terms-version')).toBe('ALLEO-1');
    expect(await text(page, 'quote-expires-on')).toContain('30 jours');
    await expectPdf(page, 'quote-pdf');

    // Sent by e-mail to the designated contact (pre-filled): queued first, "sent" only once the
    // transport took it — here the embedded default, an .eml file in <data dir>/outbox/.
    const release = e.holdMail();
    await page.getByTestId('quote-send').click();
    await expect.poll(() => page.getByTestId('quote-send-to').inputValue()).toBe('it@transports-morel.example');
    await page.getByTestId('quote-send-submit').click();
    expect(await text(page, 'quote-send-result')).toContain('it@transports-morel.example');
    const queued = page.locator('[data-testid="quote-send-result"] [data-testid="mail-status"][data-status="queued"]');
    await queued.waitFor();
    expect((await queued.textContent())?.trim()).toBe('En file d’attente');
    release();
    const sent = page.locator('[data-testid="quote-send-result"] [data-testid="mail-status"][data-status="sent"]');
    await sent.waitFor();
    expect((await sent.textContent())?.trim()).toMatch(/^Envoyé le /);
    await page.getByTestId('quote-send-close').click();
    const message = page.locator('[data-testid="document-messages"] [data-testid="mail-status"][data-status="sent"]');
    await message.waitFor();
    const messageId = (
      (await page.locator('[data-testid^="document-message-"]').first().getAttribute('data-testid')) ?? ''
    ).replace('document-message-', '');
    const eml = fs.readFileSync(path.join(e.dataDir, 'outbox', `${messageId}.eml`)).toString('latin1');
    expect(eml).toContain('To: it@transports-morel.example');
    expect(eml).toMatch(/filename\*?=.*CGV-ALLEO-1\.pdf/);
    await page.locator('[data-testid="timeline-evidence"][data-kind="mail.queued"]').waitFor();
    await page.context().close();
  });

  it('the client accepts it without reservation in the portal and sees the decision', async () => {
    expect(quoteNumber).not.toBe('');
    const page = await e.newPage();
    await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    await page.getByTestId('portal-welcome').waitFor();
    await page.getByTestId('nav-my-quotes').click();
    await page.getByTestId(`quote-row-${quoteNumber}`).getByTestId('quote-link').click();
    await page.locator('[data-testid="my-quote"][data-status="issued"]').waitFor();
    expect(await text(page, 'total-gross')).toBe('4 525,20 €');
    await expectPdf(page, 'my-quote-pdf');

    expect(await page.getByTestId('portal-accept-submit').isDisabled()).toBe(true);
    await page.getByTestId('portal-accept-check').check();
    await expect.poll(() => page.getByTestId('portal-accept-name').inputValue()).toBe('Marc Morel');
    await page.getByTestId('portal-accept-title').fill('Directeur informatique');
    await page.getByTestId('portal-accept-submit').click();

    const decision = page.getByTestId('portal-accept-decision');
    await decision.waitFor();
    expect(await decision.getAttribute('data-outcome')).toBe('accepted');
    expect(await text(page, 'portal-accept-decision-citation')).toBe('art. 3.1 — CGV version ALLEO-1');
    await page.locator('[data-testid="my-quote"][data-status="accepted"]').waitFor();
    expect(await text(page, 'quote-acceptance-channel')).toBe('Devis signé dans le portail client');
    await page.context().close();
  });

  it('order administration approves the rental file and issues the acknowledgement: the contract is formed', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'adv@alleo.example', 'demo-adv-2026!');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-quotes').click();
    await page.getByTestId('quotes-status-filter').selectOption('accepted');
    await page.getByTestId(`quote-row-${quoteNumber}`).getByTestId('quote-link').click();
    await page.locator('[data-testid="quote-detail"][data-status="accepted"]').waitFor();

    // Blocked until ALLEO approves the rental file (art. 3.2).
    await page.locator('[data-testid="rental-file-alleo-status"][data-status="pending"]').waitFor();
    expect(await page.getByTestId('rental-file-lessor-status').getAttribute('data-status')).toBe('not-required');
    expect(await text(page, 'ack-blocked')).toContain('ALLEO');
    expect(await page.getByTestId('ack-issue').isDisabled()).toBe(true);

    await page.getByTestId('rental-file-approve-alleo').click();
    await page.getByTestId('rental-review-note').fill('Dossier complet, client connu');
    await page.getByTestId('rental-review-submit').click();
    await page.locator('[data-testid="rental-file-alleo-status"][data-status="approved"]').waitFor();
    await expect.poll(() => page.getByTestId('ack-blocked').count()).toBe(0);

    await page.getByTestId('ack-issue').click();
    const contract = page.getByTestId('contract-detail');
    await contract.waitFor();
    contractNumber = (await contract.getAttribute('data-number')) ?? '';
    expect(contractNumber).toMatch(/^C-\d{4}-\d{5}$/);
    expect(await text(page, 'contract-number')).toBe(contractNumber);
    expect(await text(page, 'contract-terms-version')).toBe('ALLEO-1');
    expect(await text(page, 'contract-effective-date')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await text(page, 'contract-ack-number')).toMatch(/^AR-\d{4}-\d{5}$/);
    expect(await page.getByTestId('line-row-1').getAttribute('data-kind')).toBe('rental');
    expect(await text(page, 'line-rental-end')).toContain('36 mois');
    expect(await text(page, 'total-gross')).toBe('4 525,20 €');
    await expectPdf(page, 'contract-ack-pdf');
    await page.locator('[data-testid="timeline-evidence"][data-kind="document.issued"]').waitFor();

    // The contract is listed in the back-office.
    await page.getByTestId('nav-contracts').click();
    await page.getByTestId(`contract-row-${contractNumber}`).waitFor();
    await page.context().close();
  });

  it('the contract shows in the client portal', async () => {
    expect(contractNumber).not.toBe('');
    const page = await e.newPage();
    await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    await page.getByTestId('portal-welcome').waitFor();
    await page.getByTestId('nav-my-contracts').click();
    await page.getByTestId(`contract-row-${contractNumber}`).getByTestId('contract-link').click();
    await page.getByTestId('contract-detail').waitFor();
    expect(await text(page, 'contract-number')).toBe(contractNumber);
    expect(await text(page, 'contract-firm-commitment')).toContain('art. 3.3');
    await expectPdf(page, 'contract-ack-pdf');
    await page.context().close();
  });

  it('an acceptance after the validity is refused, and the portal shows the decision and its citation', async () => {
    // Sales issues a one-line quote through the API (same session cookie as the screens).
    const sales = await e.newPage();
    const session = await sales.request.post(`${e.baseUrl}/api/auth/login`, {
      data: { email: 'commercial@alleo.example', password: 'demo-sales-2026' },
    });
    const headers = { 'x-csrf-token': (await session.json()).csrfToken as string };
    const client = (await (await sales.request.get(`${e.baseUrl}/api/clients?q=Morel`)).json()).items[0];
    const item = (await (await sales.request.get(`${e.baseUrl}/api/catalogue?q=SRV-DIAG`)).json()).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId: client.id,
        deliveryLeadTime: '1 semaine',
        validityDays: 10,
        lines: [{ kind: 'service', catalogueItemId: item.id, quantity: 1 }],
      },
    });
    const quoteId = (await created.json()).quote.id as string;
    expect((await sales.request.post(`${e.baseUrl}/api/quotes/${quoteId}/issue`, { headers })).status()).toBe(200);
    await sales.context().close();

    // Eleven days later, before the daily sweep has expired it, the client tries to accept.
    const now = e.app.ctx.now;
    e.app.ctx.now = () => new Date(now().getTime() + 11 * 86_400_000);
    try {
      const page = await e.newPage();
      await login(page, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
      await page.getByTestId('portal-welcome').waitFor();
      await page.goto(`${e.baseUrl}/portal/quotes/${quoteId}`);
      await page.getByTestId('portal-accept-check').check();
      await page.getByTestId('portal-accept-title').fill('Directeur informatique');
      await page.getByTestId('portal-accept-submit').click();
      const decision = page.getByTestId('portal-accept-decision');
      await decision.waitFor();
      expect(await decision.getAttribute('data-outcome')).toBe('refused');
      expect(await text(page, 'portal-accept-decision-citation')).toBe('art. 3.1 — CGV version ALLEO-1');
      expect(await text(page, 'portal-accept-decision-explanation')).toContain('expiré');
      await page.locator('[data-testid="my-quote"][data-status="expired"]').waitFor();
      expect(await page.getByTestId('portal-accept-submit').count()).toBe(0);
      await page.context().close();
    } finally {
      e.app.ctx.now = now;
    }
  });

  it('the administrator follows the outbox (status, .eml preview) and is notified of the acceptance in the portal', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'admin@alleo.example', 'demo-admin-2026');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-outbox').click();
    const sentRow = page.locator('[data-testid="outbox-table"] tr[data-status="sent"]').first();
    await sentRow.waitFor();
    expect((await sentRow.getByTestId('mail-status').textContent())?.trim()).toMatch(/^Envoyé le /);
    const href = await sentRow.getByTestId('outbox-preview').getAttribute('href');
    const eml = await page.request.get(new URL(href!, page.url()).toString());
    expect(eml.headers()['content-type']).toContain('message/rfc822');
    expect(await eml.text()).toMatch(/^Message-ID: </m);

    // The menu counts the unread notifications.
    await page.getByTestId('nav-notifications-unread').waitFor();
    await page.getByTestId('nav-notifications').click();
    const accepted = page.getByTestId('notification-quote.accepted').first();
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain(quoteNumber);
    await accepted.getByTestId('notification-read').click();
    await page.locator('[data-testid="notification-quote.accepted"][data-read="true"]').first().waitFor();
    await page.getByTestId('notifications-email-opt-in').check();
    await expect
      .poll(async () => (await (await page.request.get(`${e.baseUrl}/api/notifications/settings`)).json()).emailOptIn)
      .toBe(true);
    await page.context().close();
  });
});
