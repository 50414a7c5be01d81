import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { euros } from './format.ts';
import type { QuoteDocument } from './model.ts';
import { toWinAnsi } from './pdf.ts';
import { renderQuotePdf } from './quote.ts';
import { sampleLines, sampleQuote } from './samples.ts';
import { pdfText } from './test-support.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Text with line breaks flattened: table cells wrap where the layout decides. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('renderQuotePdf', () => {
  it('prints the quote number, both identities, dates, terms version and totals', async () => {
    const pdf = await pdfText(await renderQuotePdf(sampleQuote(10)));
    const text = flat(pdf.text);
    expect(pdf.pages[0]).toMatch(/^DEVIS n° D-2026-0042 \(version 2\)/);
    // Seller identity (art. 2: ALLEO, SASU, 20 rue Troyon 92310 Sèvres, RCS Nanterre 481 422 475).
    for (const s of [
      'ALLEO SASU',
      '20 rue Troyon',
      '92310 Sèvres',
      'SIRET 481 422 475 00014',
      'RCS Nanterre 481 422 475',
      'FR02481422475',
      'IBAN FR76 3000 6000 0112 3456 7890 189',
      'BIC AGRIFRPPXXX',
    ]) {
      expect(text).toContain(s);
    }
    for (const s of [
      'Client Transports Morel SAS',
      '12 rue de la Gare',
      '71000 Mâcon',
      'SIRET 552 081 317 00018',
      'FR03552081317',
    ])
      expect(text).toContain(s);
    expect(text).toContain("Date d'émission : 26 novembre 2026");
    expect(text).toContain("Devis valable jusqu'au 26 décembre 2026, art. 3.1 des CGV");
    expect(text).toContain('Délai de livraison : 4 semaines à compter de la commande');
    expect(text).toContain('Conditions générales de vente et de location, version ALLEO-1, jointes et acceptées');
    expect(text).toContain('Objet : Sécurisation du réseau du siège et des entrepôts');
    // Totals, checked by hand: 2 961 + 2 300 + 275 + 1 306,25 + 2 736 + 4 464 + 1 200 + 1 425 + 650 + 1 100.
    expect(text).toContain('Taux de TVA Base HT Montant TVA 20 % 18 417,25 € 3 683,45 €');
    expect(text).toContain('Total HT 18 417,25 €');
    expect(text).toContain('Total TVA 3 683,45 €');
    expect(text).toContain('Total TTC 22 100,70 €');
    expect(text).toContain('Loyer mensuel total HT 200,00 €');
  });

  it('prints each line with quantity, unit price, discount, total and VAT rate', async () => {
    const text = flat((await pdfText(await renderQuotePdf(sampleQuote(10)))).text);
    expect(text).toContain('Désignation Qté PU HT Remise Total HT TVA');
    expect(text).toContain('Pare-feu FortiGate 100F Réf. FG-100F 1 3 290,00 € 10 % 2 961,00 € 20 %');
    expect(text).toContain(
      "Installation et paramétrage (jour d'intervention) Réf. SRV-INSTALL-DAY 1,5 950,00 € — 1 425,00 € 20 %",
    );
    expect(text).toContain(
      'Location 36 mois — loyer mensuel 38,00 € HT (location + maintenance) dont maintenance 9,00 € HT par mois 2 1 368,00 €',
    );
    // One heading per run of lines of a kind.
    expect(text.match(/Vente de produits|Location de produits|Prestations/g)).toEqual([
      'Vente de produits',
      'Location de produits',
      'Prestations',
    ]);
  });

  it('ends with the "Bon pour accord" block, accepted without reservations', async () => {
    const pdf = await pdfText(await renderQuotePdf(sampleQuote(10)));
    const text = flat(pdf.text);
    expect(text).toMatch(
      /Bon pour accord Accepté sans réserve Date : Nom : Qualité : Signature : Cachet de l'entreprise :/,
    );
    const n = pdf.pages.length;
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} / ${n}`));
    expect(pdf.info).toMatchObject({
      Title: 'Devis n° D-2026-0042 version 2',
      Author: 'ALLEO SASU',
      CreationDate: 'D:20261126000000Z',
      ModDate: 'D:20261126000000Z',
      Producer: 'Clausier',
    });
  });

  it('spreads a 60-line quote over several numbered pages, repeating the column headings', async () => {
    const model = sampleQuote(60);
    const pdf = await pdfText(await renderQuotePdf(model));
    const n = pdf.pages.length;
    expect(n).toBe(4); // layout is deterministic: a change here means the page layout changed
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} / ${n}`));
    const withLines = pdf.pages.filter((p) => p.includes('Réf. '));
    expect(withLines.length).toBeGreaterThan(2);
    for (const page of withLines) expect(flat(page)).toContain('Désignation Qté PU HT Remise Total HT TVA');
    for (const page of pdf.pages.slice(1)) expect(page).toContain('Devis n° D-2026-0042 version 2 (suite)');
    expect(pdf.text.match(/Réf\. /g)).toHaveLength(60);
    const text = flat(pdf.text);
    expect(text).toContain(`Total TTC ${euros(model.totals.grossCents)}`);
    expect(flat(pdf.pages[n - 1]!)).toContain('Bon pour accord');
  });

  it('lists VAT per rate when lines carry several rates', async () => {
    const { lines } = sampleLines(2);
    const model: QuoteDocument = {
      ...sampleQuote(0),
      lines: [lines[0]!, { ...lines[1]!, vatRatePercent: '5.5' }],
      totals: {
        netCents: 526100,
        vatCents: 71870,
        grossCents: 597970,
        vatBreakdown: [
          { ratePercent: '20', taxableCents: 296100, vatCents: 59220 },
          { ratePercent: '5.5', taxableCents: 230000, vatCents: 12650 },
        ],
      },
    };
    const text = flat((await pdfText(await renderQuotePdf(model))).text);
    expect(text).toContain('20 % 2 961,00 € 592,20 €');
    expect(text).toContain('5,5 % 2 300,00 € 126,50 €');
    expect(text).not.toContain('Loyer mensuel total');
  });

  it('is deterministic: the same model gives the same bytes, another model other bytes', async () => {
    const [a, b] = await Promise.all([renderQuotePdf(sampleQuote(10)), renderQuotePdf(sampleQuote(10))]);
    expect(a).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(sha256(a)).toBe(sha256(b));
    const revised = await renderQuotePdf({ ...sampleQuote(10), version: 3 });
    expect(sha256(revised)).not.toBe(sha256(a));
  });

  it('prints characters outside WinAnsi as "?" rather than garbage', async () => {
    expect(toWinAnsi('1\u202f234,56\u00a0€ — «\u00a0œuvre\u00a0» ✓ 中')).toBe(
      '1\u00a0234,56\u00a0€ — «\u00a0œuvre\u00a0» ? ?',
    );
    const model = { ...sampleQuote(1), subject: 'Pare-feu ✓ — « œuvre »' };
    expect(flat((await pdfText(await renderQuotePdf(model))).text)).toContain('Objet : Pare-feu ? — « œuvre »');
  });
});
