/** In Chromium: the rule simulator answers "what if the client pays on the 15th?", and the CGV and ECB screens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDate } from '../../src/context.ts';
import { appendEvidence } from '../../src/evidence/index.ts';
import { changeVatRate } from '../../src/modules/vat-rates/index.ts';
import { RULES } from '../../src/rules/index.ts';
import { type E2E, login, startE2E } from './harness.ts';

describe('clause engine screens in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('simulates late-payment interest with a partial payment and shows the citation', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-simulator').click();
    await page.getByTestId('sim-rule').selectOption('invoice.late-payment');
    // The facts form is remounted for the chosen rule (in a router transition): fill the new one.
    await expect.poll(() => page.getByTestId('sim-rule-id').textContent()).toBe('invoice.late-payment');
    await page.getByTestId('fact-issueDate').fill('2026-01-10');
    await page.getByTestId('fact-totalCents').fill('1 200,00');
    await page.getByTestId('fact-payments-add').click();
    await page.getByTestId('fact-payments-0-date').fill('2026-03-20');
    await page.getByTestId('fact-payments-0-amountCents').fill('500');
    await page.getByTestId('sim-asof').fill('2026-04-15');
    await page.getByTestId('sim-submit').click();
    const decision = page.getByTestId('decision');
    await decision.waitFor();
    expect(await decision.getAttribute('data-outcome')).toBe('late');
    expect(await page.getByTestId('decision-citation').textContent()).toMatch(/10\.3/);
    expect(await page.getByTestId('decision-citation').textContent()).toContain('ALLEO-1');
    const explanation = (await page.getByTestId('decision-explanation').textContent()) ?? '';
    expect(explanation.replace(/\s/g, ' ')).toContain('21,64');
    expect(await page.getByTestId('decision-periods').locator('tbody tr').count()).toBe(2);
    // The same figures as the API: one function behind the screen and the API.
    const csrf = await page.evaluate(async () => (await (await fetch('/api/me')).json()).csrfToken as string);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const api = await e.server.inject({
      method: 'POST',
      url: '/api/rules/invoice.late-payment/evaluate',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        asOf: '2026-04-15',
        facts: { issueDate: '2026-01-10', totalCents: 120000, payments: [{ date: '2026-03-20', amountCents: 50000 }] },
      },
    });
    expect(api.json().interestCents).toBe(2164);
    await page.context().close();
  });

  it('lists the module decisions with the catalogue and simulates one of them (licence.usage, art. 14.4)', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.goto(`${e.baseUrl}/simulator?rule=licence.usage`);
    await expect.poll(() => page.getByTestId('sim-rule-id').textContent()).toBe('licence.usage');
    const options = await page
      .getByTestId('sim-rule')
      .locator('option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    // The screen reads the registry from the API: the whole catalogue, module decisions included.
    expect(options).toEqual(RULES.map((r) => r.id));
    expect(options).toEqual(
      expect.arrayContaining([
        'invoice.acceleration',
        'client.prepayment',
        'contract.cancellation-for-non-payment',
        'contract.vat-rate',
        'licence.usage',
        'contract.assignment',
      ]),
    );
    await page.getByTestId('fact-solution').fill('Suite collaborative');
    await page.getByTestId('fact-licensedUsers').fill('25');
    await page.getByTestId('fact-usersCount').fill('32');
    await page.getByTestId('fact-observedOn').fill('2026-03-02');
    await page.getByTestId('sim-asof').fill('2026-03-02');
    await page.getByTestId('sim-submit').click();
    const decision = page.getByTestId('decision');
    await decision.waitFor();
    expect(await decision.getAttribute('data-outcome')).toBe('over-usage');
    expect(await page.getByTestId('decision-citation').textContent()).toMatch(/14\.4/);
    // Labelled from the dictionaries, not the raw code.
    expect(await page.getByTestId('decision-outcome').textContent()).not.toBe('over-usage');
    await page.context().close();
  });

  it('shows field errors from the engine for invalid facts', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.goto(`${e.baseUrl}/simulator?rule=quote.acceptance`);
    await page.getByTestId('fact-issueDate').fill('2026-03-10');
    await page.getByTestId('fact-acceptedOn').fill('2026-03-01');
    await page.getByTestId('fact-method').selectOption('signed-quote');
    await page.getByTestId('sim-asof').fill('2026-03-12');
    await page.getByTestId('sim-submit').click();
    await expect
      .poll(
        async () =>
          (await page.getByTestId('fact-acceptedOn-error').count()) + (await page.getByTestId('sim-error').count()),
      )
      .toBeGreaterThan(0);
    expect(await page.getByTestId('decision').count()).toBe(0);
    await page.context().close();
  });

  it('lists the terms versions with parameters tied to articles, the ECB rates and the VAT rates with a change to come', async () => {
    const nextYear = `${Number(parisDate(new Date()).slice(0, 4)) + 1}-01-01`;
    await changeVatRate(e.app.ctx, { label: 'Taux normal', ratePercent: '21', effectiveFrom: nextYear });
    const page = await e.newPage();
    await login(page, e.baseUrl, 'adv@alleo.example', 'demo-adv-2026!');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-terms').click();
    await page.getByTestId('terms-row-ALLEO-1').click();
    await page.getByTestId('terms-parameters').waitFor();
    const validity = (await page.getByTestId('terms-param-quoteValidityDays').textContent()) ?? '';
    expect(validity).toContain('30');
    expect(validity).toContain('3.1');
    await page.getByTestId('terms-tab-articles').click();
    expect(await page.getByTestId('terms-article-10.3').textContent()).toMatch(/retard/i);
    await page.getByTestId('nav-rates').click();
    await page.getByTestId('rates-table').waitFor();
    expect(await page.getByTestId('rates-rule').getAttribute('data-rule')).toBe('semester');
    expect(await page.getByTestId('rates-row-1999-01-01').count()).toBe(1);
    const vat = page.getByTestId('vat-rates-table');
    await vat.waitFor();
    const current = vat.locator('[data-testid="vat-rate-row"][data-rate="20"]');
    const upcoming = vat.locator(`[data-testid="vat-rate-row"][data-rate="21"][data-from="${nextYear}"]`);
    expect(await current.textContent()).toContain('En vigueur');
    expect(await upcoming.textContent()).toContain('À venir');
    expect(await vat.locator('[data-testid="vat-rate-row"]').count()).toBe(5);
    await page.context().close();
  });

  it('shows the evidence log, verifies the chain and offers the export of a contract', async () => {
    const orgId = (await e.app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    await e.app.ctx.db.transaction().execute((trx) =>
      appendEvidence(trx, 'sqlite', {
        orgId,
        kind: 'decision',
        objectType: 'client',
        objectId: 'demo',
        actor: 'system:sweep',
        at: '2026-03-02T01:00:00.000Z',
        decision: {
          rule: 'personal-data.retention',
          outcome: 'erase',
          citation: { article: '17.2', termsVersion: 'ALLEO-1' },
        },
      }),
    );
    const page = await e.newPage();
    await login(page, e.baseUrl, 'dpo@alleo.example', 'demo-dpo-2026!');
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-evidence').click();
    await page.getByTestId('evidence-table').waitFor();
    // Told in words (issue #17): who (the sweep of the day, never a person) and what, with the article.
    const table = (await page.getByTestId('evidence-table').textContent()) ?? '';
    expect(table).toContain('Système — balayage du 02/03');
    expect(table).toContain('Client : décision (art. 17.2)');
    expect(table).not.toContain('personal-data.retention');
    // Kinds are named in the interface language; the stored kind stays in the badge's title.
    expect(await page.getByTestId('evidence-table').locator('[data-kind="decision"]').first().textContent()).toContain(
      'Décision',
    );
    await page.getByTestId('evidence-verify').click();
    const result = page.getByTestId('evidence-verify-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    await page.getByTestId('evidence-export-contract').fill('C-2026-00001');
    expect(await page.getByTestId('evidence-export').getAttribute('href')).toBe(
      '/api/evidence/export?contractId=C-2026-00001',
    );
    await page.context().close();
  });
});
