import { describe, expect, it } from 'vitest';
import { debitNoteTitle, renderDebitNotePdf } from './debit-note.ts';
import type { DebitNoteDocument } from './invoice-model.ts';
import { SAMPLE_CLIENT, SAMPLE_SELLER } from './samples.ts';
import { pdfText } from './test-support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const note: DebitNoteDocument = {
  number: 'ND-2026-0000001',
  issueDate: '2026-05-06',
  dueDate: '2026-05-06',
  seller: SAMPLE_SELLER,
  client: SAMPLE_CLIENT,
  rows: [
    {
      invoiceNumber: 'F-2026-0000001',
      invoiceDueDate: '2026-04-01',
      computedUntil: '2026-05-05',
      daysLate: 34,
      interestCents: 1011,
      indemnityCents: 4000,
      explanation:
        'Facture échue le 1er avril 2026, soldée le 5 mai 2026 avec 34 jours de retard : intérêts 10,11 € et indemnité forfaitaire 40,00 € (art. 10.3 des CGV, version ALLEO-1).',
    },
    {
      invoiceNumber: 'F-2026-0000007',
      invoiceDueDate: '2026-04-19',
      computedUntil: '2026-05-06',
      daysLate: 17,
      interestCents: 340,
      indemnityCents: 0,
      explanation:
        'Facture échue le 19 avril 2026 : intérêts 3,40 €. Indemnité forfaitaire déjà réclamée. (art. 10.3 des CGV).',
    },
  ],
  totalCents: 5351,
  termsVersion: 'ALLEO-1',
  lateInterestMarginPoints: '10',
  recoveryIndemnityCents: 4000,
};

describe('renderDebitNotePdf', () => {
  it('prints the parties, one row per late invoice with its explanation, the total and the no-VAT mention', async () => {
    const pdf = await pdfText(await renderDebitNotePdf(note));
    const text = flat(pdf.text);
    expect(debitNoteTitle(note)).toBe('NOTE DE DÉBIT n° ND-2026-0000001');
    expect(text).toContain('NOTE DE DÉBIT n° ND-2026-0000001');
    expect(text).toContain('ALLEO SASU');
    expect(text).toContain('Transports Morel SAS');
    expect(text).toContain('F-2026-0000001 1er avril 2026 5 mai 2026 34 10,11 € 40,00 €');
    expect(text).toContain('F-2026-0000007 19 avril 2026 6 mai 2026 17 3,40 € 0,00 €');
    expect(text).toContain('soldée le 5 mai 2026 avec 34 jours de retard');
    expect(text).toContain('Total à payer (hors champ de la TVA) 53,51 €');
    expect(text).toContain('Montants hors champ de la TVA (indemnités)');
    expect(text).toContain('art. 10.3 des CGV');
    expect(text).toContain('D441-5');
    expect(text).not.toMatch(/TVA \d/);
    expect(pdf.info).toMatchObject({ Title: 'Note de débit n° ND-2026-0000001', CreationDate: 'D:20260506000000Z' });
  });

  it('states the margin over the ECB rate and the indemnity of the terms version', async () => {
    expect(flat((await pdfText(await renderDebitNotePdf(note))).text)).toContain(
      'BCE majoré de 10 points, sur le montant TTC',
    );
    const other = flat(
      (
        await pdfText(
          await renderDebitNotePdf({ ...note, lateInterestMarginPoints: '7.5', recoveryIndemnityCents: 5000 }),
        )
      ).text,
    );
    expect(other).toContain('BCE majoré de 7,5 points, sur le montant TTC');
    expect(other).toContain('Indemnité forfaitaire de 50 € due une fois');
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([renderDebitNotePdf(note), renderDebitNotePdf(note)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
