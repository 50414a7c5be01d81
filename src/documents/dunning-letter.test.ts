import { describe, expect, it } from 'vitest';
import { dunningLetter, dunningParagraphs, dunningSubject, renderDunningLetterPdf, type DunningLetterDocument } from './dunning-letter.ts';
import { SAMPLE_CLIENT, SAMPLE_SELLER } from './samples.ts';
import { pdfText } from './test-support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const base: DunningLetterDocument = {
  kind: 'reminder',
  rank: 2,
  sender: SAMPLE_SELLER,
  recipient: SAMPLE_CLIENT,
  place: 'Sèvres',
  date: '2026-04-16',
  invoice: { number: 'F-2026-0000001', issueDate: '2026-03-02', dueDate: '2026-04-01', grossCents: 120_000 },
  contractNumber: 'C-2026-00001',
  unpaidCents: 60_000,
  daysLate: 15,
  interestCents: 498,
  indemnityCents: 4000,
  signature: { name: 'Service comptabilité', title: 'ALLEO' },
};

describe('dunning letters', () => {
  it('a reminder states the invoice, the amount due, the due date, the interest, the EUR 40 and articles 10.1 and 10.3', () => {
    const text = dunningParagraphs(base).join(' ');
    expect(dunningSubject(base)).toBe('Relance n° 2 — facture n° F-2026-0000001 échue le 1er avril 2026');
    expect(text).toContain('facture n° F-2026-0000001 du 2 mars 2026');
    expect(text).toContain('1 200,00 € TTC');
    expect(text).toContain('payable au plus tard le 1er avril 2026 (art. 10.1');
    expect(text).toContain('reste impayée à hauteur de 600,00 €, avec 15 jours de retard');
    expect(text).toContain("l'article 10.3");
    expect(text).toContain('soit 4,98 €');
    expect(text).toContain('40,00 €');
    expect(dunningLetter(base).registered).toBe(false);
  });

  it('the formal notice is a registered letter with the 30-day cure deadline and the intent to use art. 15.2', async () => {
    const notice = { ...base, kind: 'formal-notice' as const, date: '2026-05-01', cureDeadline: '2026-05-31' };
    expect(dunningLetter(notice)).toMatchObject({ registered: true, subject: 'Mise en demeure de payer — facture n° F-2026-0000001' });
    const text = flat((await pdfText(await renderDunningLetterPdf(notice))).text);
    expect(text).toContain('Lettre recommandée avec accusé de réception');
    expect(text).toContain('Sèvres, le 1er mai 2026');
    expect(text).toContain('nous vous mettons en demeure');
    expect(text).toContain('trente (30) jours, soit au plus tard le 31 mai 2026');
    expect(text).toContain("l'article 15.2");
    expect(text).toContain('contrat n° C-2026-00001');
    expect(text).toContain('Service comptabilité');
  });
});
