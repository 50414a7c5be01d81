import { describe, expect, it } from 'vitest';
import { renderInvoicePdf } from './invoice.ts';
import type { InvoiceDocument } from './invoice-model.ts';
import { renderOrderAcknowledgementPdf } from './order-acknowledgement.ts';
import { renderQuotePdf } from './quote.ts';
import { SAMPLE_CLIENT, SAMPLE_SELLER, sampleLines, sampleOrderAcknowledgement, sampleQuote } from './samples.ts';
import { pdfText } from './test-support.ts';

const flat = async (bytes: Uint8Array) => (await pdfText(bytes)).text.replace(/\s+/g, ' ');
const CLAUSE =
  /Réserve de propriété \(art\. 4\.1\.4 des CGV\) : le transfert de propriété des produits vendus au client est subordonné au paiement effectif de l'intégralité de leur prix/;
/** Only rentals and services: the three catalogue lines after the four sales of the samples. */
const withoutSales = <T extends { lines: Array<{ kind: string }> }>(model: T): T => ({
  ...model,
  lines: model.lines.filter((l) => l.kind !== 'sale'),
});

function invoice(kind: InvoiceDocument['kind'], lines = sampleLines(4)): InvoiceDocument {
  return {
    kind,
    number: kind === 'invoice' ? 'F-2026-0000012' : 'AV-2026-0000001',
    issueDate: '2026-12-16',
    dueDate: '2027-01-15',
    seller: SAMPLE_SELLER,
    client: SAMPLE_CLIENT,
    natureOfOperations: 'goods',
    vatOnDebits: false,
    lines: lines.lines.map((l) => ({ ...l, nature: l.kind === 'sale' ? 'goods' : 'services' })),
    totals: lines.totals,
    payment: { means: 'bank-transfer' },
    lateInterestRatePercent: '12.15',
    lateInterestRateText: 'taux BCE (2,15 %) majoré de 10 points',
    recoveryIndemnityCents: 4000,
    termsVersion: 'ALLEO-1',
    ...(kind === 'credit-note' ? { correctedInvoice: { number: 'F-2026-0000012', issueDate: '2026-12-16' } } : {}),
  };
}

describe('retention-of-title clause (art. 4.1.4)', () => {
  it('is printed on the quote, the acknowledgement and the invoice that sell goods', async () => {
    expect(await flat(await renderQuotePdf(sampleQuote()))).toMatch(CLAUSE);
    expect(await flat(await renderOrderAcknowledgementPdf(sampleOrderAcknowledgement()))).toMatch(CLAUSE);
    const text = await flat(await renderInvoicePdf(invoice('invoice')));
    expect(text).toMatch(CLAUSE);
    expect(text).toContain('les produits restent la propriété de ALLEO');
  });

  it('is left out when nothing is sold (rentals stay ALLEO’s, art. 4.2.5) and on a credit note', async () => {
    expect(await flat(await renderQuotePdf(withoutSales(sampleQuote())))).not.toMatch(/Réserve de propriété/);
    expect(await flat(await renderOrderAcknowledgementPdf(withoutSales(sampleOrderAcknowledgement())))).not.toMatch(
      /Réserve de propriété/,
    );
    expect(await flat(await renderInvoicePdf(invoice('credit-note')))).not.toMatch(/Réserve de propriété/);
  });
});
