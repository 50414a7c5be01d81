/**
 * In Chromium (issue 13, art. 10.1): accounting records a SEPA mandate on a client's page (a bad
 * IBAN named under its field first), then on the collection runs screen previews the direct debits
 * due, generates the run and downloads its pain.008.001.02 file, which xmllint validates against
 * the ISO schema.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './harness.ts';
import { apiLogin } from './page-api.ts';
import { xmllintSchema } from '../helpers/camt.ts';

const DURAND_SIREN = '792539108';

describe('SEPA direct debit in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('creates a mandate on the client page, previews and generates a run, downloads the file', async () => {
    const page = await e.newPage();
    const headers = await apiLogin(page.request, e.baseUrl, 'compta@alleo.example', 'demo-compta-2026');
    const durand = await e.app.ctx.db
      .selectFrom('clients')
      .select('id')
      .where('siren', '=', DURAND_SIREN)
      .executeTakeFirstOrThrow();
    const created = await page.request.post(`${e.baseUrl}/api/invoices`, {
      headers,
      data: {
        clientId: durand.id,
        lines: [{ label: 'Loyer', nature: 'services', quantity: 1, unitPriceCents: 25000, vatRatePercent: '20' }],
      },
    });
    expect(created.status()).toBe(201);
    const invoiceId = (await created.json()).invoice.id as string;
    const issued = await page.request.post(`${e.baseUrl}/api/invoices/${invoiceId}/issue`, { headers });
    expect(issued.status()).toBe(200);
    const invoice = (await issued.json()).invoice as { number: string; dueDate: string };

    // The mandate, on the client page.
    await page.goto(`${e.baseUrl}/clients/${durand.id}`);
    const card = page.getByTestId('client-mandates');
    await card.waitFor();
    await card.getByTestId('mandate-add').click();
    await card.getByTestId('mandate-reference').fill('ALLEO-DURAND-2026-002');
    await card.getByTestId('mandate-signed-on').fill('2026-01-15');
    await card.getByTestId('mandate-iban').fill('FR76 3000 4000 0312 3456 7890 144');
    await card.getByTestId('mandate-save').click();
    await expect.poll(() => card.getByText('IBAN invalide : la clé de contrôle ne correspond pas').count()).toBe(1);
    expect(await e.app.ctx.db.selectFrom('sepa_mandates').select('id').execute()).toEqual([]);
    await card.getByTestId('mandate-iban').fill('FR76 3000 4000 0312 3456 7890 143');
    await card.getByTestId('mandate-save').click();
    const row = card.getByTestId('mandate-row');
    await row.waitFor();
    expect(await row.getAttribute('data-reference')).toBe('ALLEO-DURAND-2026-002');
    expect(await row.textContent()).toContain('FRST');

    // The collection run: preview, generate, download.
    await page.getByTestId('nav-sepa-runs').click();
    await page.getByTestId('sepa-due-by').fill(invoice.dueDate);
    await page.getByTestId('sepa-preview').click();
    const preview = page.getByTestId('sepa-preview-result');
    await preview.waitFor();
    expect(await preview.getByTestId('sepa-preview-file').textContent()).toContain(invoice.number);
    await page.getByTestId('sepa-generate').click();
    const run = page.getByTestId('sepa-run');
    await run.waitFor();
    expect(await run.getAttribute('data-status')).toBe('generated');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      run.getByTestId('sepa-file-download').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^prelevements-CORE-\d{4}-\d{2}-\d{2}-[0-9A-F]{8}\.xml$/);
    const xml = fs.readFileSync((await download.path())!, 'utf8');
    expect(xmllintSchema(xml, 'pain.008.001.02')).toEqual({ ok: true, output: '' });
    expect(xml).toContain(`<EndToEndId>${invoice.number}</EndToEndId>`);
    expect(xml).toContain('<MndtId>ALLEO-DURAND-2026-002</MndtId>');
    expect(xml).toContain('<SeqTp>FRST</SeqTp>');
    await page.context().close();
  });
});
