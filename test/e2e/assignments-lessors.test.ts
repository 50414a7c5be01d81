/**
 * In Chromium, order administration's two screens around contracts: the financing partners
 * (lessors, art. 3.2 and 4.2.4) created, edited, deactivated and reactivated; and the assignments
 * of a contract (art. 3.4, 19.1) recorded from its page: one by ALLEO, whose notice letter to the
 * client is issued as a PDF, one by the client with ALLEO's written consent uploaded. A bad SIREN
 * is named under its field and records nothing. Setup through the API: a one-line sale quote for
 * Transports Morel, accepted in the portal, and the contract formed by its acknowledgement.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type E2E, login, startE2E } from './harness.ts';
import { apiLogin, json } from './page-api.ts';

const ADV = { email: 'adv@alleo.example', password: 'demo-adv-2026!' };
const DAY = 86_400_000;
const parisDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
const addDays = (civil: string, days: number) =>
  new Date(Date.parse(`${civil}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const frDate = (civil: string) => `${civil.slice(8, 10)}/${civil.slice(5, 7)}/${civil.slice(0, 4)}`;
/** ALLEO's written consent, as a scanned PDF would arrive. */
const CONSENT_PDF = Buffer.from(
  '%PDF-1.4\n% accord ecrit ALLEO\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** The visible text of an element, spaces of any kind as plain spaces. */
async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Fetches a document link of the page with the page's session. */
async function download(page: Page, testId: string) {
  const href = await page.getByTestId(testId).first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  return { type: response.headers()['content-type'] ?? '', body: await response.body() };
}

describe('financing partners and contract assignments in Chromium', () => {
  let e: E2E;
  let contractId = '';
  let contractNumber = '';

  beforeAll(async () => {
    e = await startE2E();
    const sales = await e.newPage();
    let headers = await apiLogin(sales.request, e.baseUrl, 'commercial@alleo.example', 'demo-sales-2026');
    const client = (await json(sales.request, `${e.baseUrl}/api/clients?q=Morel`)).items[0];
    const item = (await json(sales.request, `${e.baseUrl}/api/catalogue?q=FS-124F-POE`)).items[0];
    const created = await sales.request.post(`${e.baseUrl}/api/quotes`, {
      headers,
      data: {
        clientId: client.id,
        subject: 'Switch du dépôt',
        deliveryLeadTime: '2 semaines',
        lines: [{ kind: 'sale', catalogueItemId: item.id, quantity: 1 }],
      },
    });
    expect(created.status()).toBe(201);
    const quoteId = (await created.json()).quote.id as string;
    expect((await sales.request.post(`${e.baseUrl}/api/quotes/${quoteId}/issue`, { headers })).status()).toBe(200);
    await sales.context().close();

    const portal = await e.newPage();
    headers = await apiLogin(portal.request, e.baseUrl, 'it@transports-morel.example', 'demo-client-2026');
    const accepted = await portal.request.post(`${e.baseUrl}/api/portal/quotes/${quoteId}/accept`, {
      headers,
      data: { acceptedWithoutReservation: true, signatoryName: 'Marc Morel', signatoryTitle: 'Directeur informatique' },
    });
    expect(accepted.status()).toBe(200);
    await portal.context().close();

    const adv = await e.newPage();
    headers = await apiLogin(adv.request, e.baseUrl, ADV.email, ADV.password);
    const formed = await adv.request.post(`${e.baseUrl}/api/contracts`, { headers, data: { quoteId } });
    expect(formed.status()).toBe(201);
    const contract = (await formed.json()).contract;
    contractId = contract.id;
    contractNumber = contract.number;
    await adv.context().close();
  });

  afterAll(() => e?.close());

  /** What the assignment command writes for the contract. */
  async function assignmentWrites() {
    const db = e.app.ctx.db;
    const n = (row: { n: number | string }) => Number(row.n);
    return {
      assignments: n(
        await db
          .selectFrom('contract_assignments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('contract_id', '=', contractId)
          .executeTakeFirstOrThrow(),
      ),
      decisions: n(
        await db
          .selectFrom('decisions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('object_type', '=', 'contract')
          .where('object_id', '=', contractId)
          .executeTakeFirstOrThrow(),
      ),
      evidence: n(
        await db
          .selectFrom('evidence_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('contract_id', '=', contractId)
          .executeTakeFirstOrThrow(),
      ),
    };
  }

  async function openContract(page: Page) {
    await login(page, e.baseUrl, ADV.email, ADV.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-contracts').click();
    await page.getByTestId(`contract-row-${contractNumber}`).getByTestId('contract-link').click();
    await page.locator(`[data-testid="contract-detail"][data-contract-id="${contractId}"]`).waitFor();
  }

  it('order administration creates a financing partner, edits it, deactivates and reactivates it', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, ADV.email, ADV.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-lessors').click();
    await expect.poll(() => text(page, 'page-title')).toBe('Organismes de financement');

    // Created, with a bad SIREN first: named under its field, nothing created.
    await page.getByTestId('lessors-new').click();
    await page.getByTestId('lessor-form-name').fill('Grenke Location SAS');
    await page.getByTestId('lessor-form-siren').fill('12345');
    await page.getByTestId('lessor-form-addressLine').fill('11 rue de Lisbonne');
    await page.getByTestId('lessor-form-postalCode').fill('75008');
    await page.getByTestId('lessor-form-city').fill('Paris');
    await page.getByTestId('lessor-form-email').fill('dossiers@grenke.example');
    await page.getByTestId('lessor-form-submit').click();
    await page.getByTestId('lessor-form-siren-error').waitFor();
    expect(await page.getByTestId('lessor-form-name-error').count()).toBe(0);
    expect(
      await e.app.ctx.db.selectFrom('lessors').select('id').where('name', '=', 'Grenke Location SAS').execute(),
    ).toEqual([]);

    await page.getByTestId('lessor-form-siren').fill('428616735');
    await page.getByTestId('lessor-form-submit').click();
    const row = page.locator('[data-testid="lessor-row"][data-name="Grenke Location SAS"]');
    await row.waitFor();
    await page.getByTestId('lessor-form-modal').getByRole('dialog').waitFor({ state: 'detached' });
    expect(await row.getByTestId('lessor-cell-siren').textContent()).toBe('428616735');
    expect(await row.getByTestId('lessor-cell-status').getAttribute('data-status')).toBe('active');
    const stored = await e.app.ctx.db
      .selectFrom('lessors')
      .select(['id', 'siren', 'address_line', 'postal_code', 'city', 'country', 'email', 'active'])
      .where('name', '=', 'Grenke Location SAS')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      siren: '428616735',
      address_line: '11 rue de Lisbonne',
      postal_code: '75008',
      city: 'Paris',
      country: 'FR',
      email: 'dossiers@grenke.example',
      active: 1,
    });

    // Edited: the form opens with the stored values; emptying the email removes it.
    await row.getByTestId('lessor-edit').click();
    await expect.poll(() => page.getByTestId('lessor-form-name').inputValue()).toBe('Grenke Location SAS');
    await expect.poll(() => page.getByTestId('lessor-form-country').inputValue()).toBe('FR');
    await page.getByTestId('lessor-form-addressLine').fill('4 rue Jean Monnet');
    await page.getByTestId('lessor-form-postalCode').fill('67000');
    await page.getByTestId('lessor-form-city').fill('Strasbourg');
    await page.getByTestId('lessor-form-email').fill('');
    await page.getByTestId('lessor-form-submit').click();
    await expect
      .poll(() => row.getByTestId('lessor-cell-address').textContent())
      .toBe('4 rue Jean Monnet, 67000 Strasbourg');
    await page.getByTestId('lessor-form-modal').getByRole('dialog').waitFor({ state: 'detached' });
    const edited = await e.app.ctx.db
      .selectFrom('lessors')
      .select(['name', 'siren', 'address_line', 'postal_code', 'city', 'country', 'email'])
      .where('id', '=', stored.id)
      .executeTakeFirstOrThrow();
    expect(edited).toEqual({
      name: 'Grenke Location SAS',
      siren: '428616735',
      address_line: '4 rue Jean Monnet',
      postal_code: '67000',
      city: 'Strasbourg',
      country: 'FR',
      email: null,
    });

    // Deactivated after confirmation (no longer offered on quotes), then reactivated.
    await row.getByTestId('lessor-toggle').click();
    await page.getByTestId('lessor-deactivate-confirm').click();
    await row.locator('[data-testid="lessor-cell-status"][data-status="inactive"]').waitFor();
    expect(
      (await e.app.ctx.db.selectFrom('lessors').select('active').where('id', '=', stored.id).executeTakeFirstOrThrow())
        .active,
    ).toBe(0);
    await row.getByTestId('lessor-toggle').click();
    await row.locator('[data-testid="lessor-cell-status"][data-status="active"]').waitFor();
    expect(
      await e.app.ctx.db
        .selectFrom('lessors')
        .select(['active', 'country'])
        .where('id', '=', stored.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ active: 1, country: 'FR' });
    await page.context().close();
  });

  it('records an assignment by ALLEO: the decision cites art. 19.1 and the notice letter is a PDF', async () => {
    const page = await e.newPage();
    await openContract(page);
    await page.getByTestId('assignments-empty').waitFor();
    const effectiveOn = addDays(parisDate(new Date()), 30);

    await page.getByTestId('contract-assign').click();
    await page.getByTestId('assignment-form').waitFor();
    expect(await page.getByTestId('assignment-by-alleo').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('assignment-signatory-name').inputValue()).toBe('Odile ADV');
    await page.getByTestId('assignment-assignee-name').fill('Alleo Services Ouest SAS');
    await page.getByTestId('assignment-assignee-siren').fill('732829320');
    await page.getByTestId('assignment-effective-on').fill(effectiveOn);
    await page.getByTestId('assignment-signatory-title').fill('Responsable ADV');
    await page.getByTestId('assignment-submit').click();

    const decision = page.getByTestId('assignment-decision');
    await decision.waitFor();
    expect(await decision.getAttribute('data-outcome')).toBe('allowed');
    expect(await text(page, 'assignment-decision-citation')).toBe('art. 19.1 — CGV version ALLEO-1');
    expect(await text(page, 'assignment-decision-explanation')).toContain('Alleo Services Ouest SAS');
    const letter = await download(page, 'assignment-document');
    expect(letter.type).toContain('application/pdf');
    expect(letter.body.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('assignment-close').click();

    const row = page.locator('[data-testid="assignment-row"][data-by="alleo"]');
    await row.waitFor();
    await page.getByTestId('assignment-modal').getByRole('dialog').waitFor({ state: 'detached' });
    const cells = ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(cells).toContain('Alleo Services Ouest SAS — SIREN 732829320');
    expect(cells).toContain(frDate(effectiveOn));
    const stored = await e.app.ctx.db
      .selectFrom('contract_assignments')
      .select(['by_party', 'assignee_name', 'assignee_siren', 'effective_on', 'document_sha256'])
      .where('contract_id', '=', contractId)
      .execute();
    expect(stored).toEqual([
      {
        by_party: 'alleo',
        assignee_name: 'Alleo Services Ouest SAS',
        assignee_siren: '732829320',
        effective_on: effectiveOn,
        document_sha256: createHash('sha256').update(letter.body).digest('hex'),
      },
    ]);
    // The notice letter opens from the row too, and the decision is on the contract's timeline.
    expect((await download(page, 'assignment-row-document')).body.equals(letter.body)).toBe(true);
    await page.locator('[data-testid="timeline-decision"][data-outcome="allowed"]').waitFor();
    await page.context().close();
  });

  it('records an assignment by the client with ALLEO’s written consent uploaded', async () => {
    const page = await e.newPage();
    await openContract(page);
    await page.locator('[data-testid="assignment-row"][data-by="alleo"]').waitFor();

    await page.getByTestId('contract-assign').click();
    await page.getByTestId('assignment-by-client').check();
    await page.getByTestId('assignment-assignee-name').fill('Transports Morel Logistique SAS');
    // Without the consent, nothing can be sent (art. 3.4, 19.1).
    expect(await page.getByTestId('assignment-submit').isDisabled()).toBe(true);
    await page
      .getByTestId('assignment-consent-input')
      .setInputFiles({ name: 'accord-cession.pdf', mimeType: 'application/pdf', buffer: CONSENT_PDF });
    await expect.poll(() => page.getByTestId('assignment-submit').isEnabled()).toBe(true);
    await page.getByTestId('assignment-submit').click();

    const decision = page.getByTestId('assignment-decision');
    await decision.waitFor();
    expect(await decision.getAttribute('data-outcome')).toBe('allowed');
    expect(await text(page, 'assignment-decision-citation')).toBe('art. 19.1 — CGV version ALLEO-1');
    expect(await text(page, 'assignment-decision-explanation')).toContain('accord écrit');
    expect((await download(page, 'assignment-document')).body.equals(CONSENT_PDF)).toBe(true);
    await page.getByTestId('assignment-close').click();

    const row = page.locator('[data-testid="assignment-row"][data-by="client"]');
    await row.waitFor();
    expect(await page.getByTestId('assignment-row').count()).toBe(2);
    expect(await row.textContent()).toContain('Transports Morel Logistique SAS');
    expect(await row.textContent()).toContain(frDate(parisDate(new Date())));
    const stored = await e.app.ctx.db
      .selectFrom('contract_assignments')
      .select(['assignee_name', 'assignee_siren', 'document_sha256'])
      .where('contract_id', '=', contractId)
      .where('by_party', '=', 'client')
      .execute();
    expect(stored).toEqual([
      {
        assignee_name: 'Transports Morel Logistique SAS',
        assignee_siren: null,
        document_sha256: createHash('sha256').update(CONSENT_PDF).digest('hex'),
      },
    ]);
    await page.context().close();
  });

  it('a bad SIREN is named under its field and records nothing', async () => {
    const page = await e.newPage();
    await openContract(page);
    await page.locator('[data-testid="assignment-row"][data-by="client"]').waitFor();
    const before = await assignmentWrites();

    await page.getByTestId('contract-assign').click();
    await page.getByTestId('assignment-assignee-name').fill('Cessionnaire Incomplet SARL');
    await page.getByTestId('assignment-assignee-siren').fill('12345');
    await page.getByTestId('assignment-effective-on').fill(addDays(parisDate(new Date()), 10));
    await page.getByTestId('assignment-submit').click();

    const error = page.getByTestId('assignment-assignee-siren-error');
    await error.waitFor();
    expect(((await error.textContent()) ?? '').trim()).not.toBe('');
    expect(await page.getByTestId('assignment-assignee-name-error').count()).toBe(0);
    expect(await page.getByTestId('assignment-effective-on-error').count()).toBe(0);
    expect(await page.getByTestId('assignment-decision').count()).toBe(0);
    expect(await page.getByTestId('assignment-form').isVisible()).toBe(true);
    expect(await assignmentWrites()).toEqual(before);

    await page.getByTestId('assignment-cancel').click();
    await page.getByTestId('assignment-modal').getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('assignment-row').count()).toBe(2);
    await page.context().close();
  });
});
