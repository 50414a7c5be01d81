/**
 * In Chromium (issue 13, ADR 0019): accounting uploads a camt.053 on the bank statements screen.
 * The statement import succeeds but recording its returned direct debits fails (the API answers
 * with a problem): the screen says so — the problem and that the statement itself was imported —
 * instead of moving on as if all went well; "record again" then records them and opens the import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { camt053 } from '../helpers/camt.ts';
import { type E2E, login, startE2E } from './harness.ts';

describe('Bank statement upload with returned debits, in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('shows the error of the returns import, keeps the statement, and records them on retry', async () => {
    const org = await e.app.ctx.db.selectFrom('organisations').select(['iban']).executeTakeFirstOrThrow();
    const xml = camt053(org.iban!.replace(/\s+/g, ''), [
      { ref: 'E2E-RET-1', amount: '10.00', credit: false, bookedOn: '2026-03-10', returnReason: 'AM04' },
    ]);
    const page = await e.newPage();
    await login(page, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    let returnsCalls = 0;
    await page.route('**/api/sepa/returns/statement', async (route) => {
      returnsCalls += 1;
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service momentanément indisponible',
          status: 503,
          detail: 'La base de données est occupée, réessayez.',
        }),
      });
    });
    await page.goto(`${e.baseUrl}/payments/bank-imports`);
    await page
      .getByTestId('bank-import-file')
      .setInputFiles({ name: 'releve-2026-03-10.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await page.getByTestId('bank-import-submit').click();

    const alert = page.getByTestId('bank-import-returns-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Service momentanément indisponible');
    expect(returnsCalls).toBe(1);
    expect(await page.getByTestId('bank-import-upload').textContent()).toContain(
      'Le relevé a été importé, mais ses prélèvements rejetés (R-transactions) n’ont pas été enregistrés.',
    );
    // Still on the upload screen, and the statement is stored.
    expect(new URL(page.url()).pathname).toBe('/payments/bank-imports');
    const stored = await e.app.ctx.db
      .selectFrom('bank_imports')
      .select(['id'])
      .where('filename', '=', 'releve-2026-03-10.xml')
      .executeTakeFirstOrThrow();

    // The cause gone, "record again" posts the same statement and opens the import.
    await page.unroute('**/api/sepa/returns/statement');
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/sepa/returns/statement'));
    await page.getByTestId('bank-import-returns-retry').click();
    expect((await posted).status()).toBe(200);
    await page.waitForURL(`**/payments/bank-imports/${stored.id}`);
    await page.context().close();
  });
});
