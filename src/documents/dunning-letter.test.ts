import { describe, expect, it } from 'vitest';
import {
  dunningLetter,
  dunningParagraphs,
  dunningSubject,
  renderDunningLetterPdf,
  type DunningLetterDocument,
} from './dunning-letter.ts';
import { SAMPLE_CLIENT, SAMPLE_SELLER } from './samples.ts';
import { pdfText } from './test-support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const base: DunningLetterDocument = {
  kind: 'reminder',
  // The day-1 reminder was sent: this one is the second.
  remindersSent: ['2026-04-02'],
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
  lateInterestMarginPoints: '10',
  cureDays: 30,
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
    expect(dunningLetter(notice)).toMatchObject({
      registered: true,
      subject: 'Mise en demeure de payer — facture n° F-2026-0000001',
    });
    const text = flat((await pdfText(await renderDunningLetterPdf(notice))).text);
    expect(text).toContain('Lettre recommandée avec accusé de réception');
    expect(text).toContain('Sèvres, le 1er mai 2026');
    expect(text).toContain('nous vous mettons en demeure');
    expect(text).toContain('trente (30) jours, soit au plus tard le 31 mai 2026');
    expect(text).toContain("l'article 15.2");
    expect(text).toContain('contrat n° C-2026-00001');
    expect(text).toContain('Service comptabilité');
  });

  it('numbers a reminder by the reminders actually sent before it, not by the ladder step it reached', () => {
    const first = { ...base, remindersSent: [] };
    expect(dunningSubject(first)).toBe('Relance — facture n° F-2026-0000001 échue le 1er avril 2026');
    expect(dunningLetter(first).subject).toBe('Relance — facture n° F-2026-0000001 échue le 1er avril 2026');
    expect(dunningSubject({ ...base, remindersSent: ['2026-04-02', '2026-04-16'] })).toMatch(/^Relance n° 3 — /);
  });

  const notice = (remindersSent: string[]): DunningLetterDocument => ({
    ...base,
    kind: 'formal-notice',
    date: '2026-05-01',
    daysLate: 30,
    cureDeadline: '2026-05-31',
    remindersSent,
  });
  /** What the formal notice must say whatever its opening (art. 10.1, 10.3, 15.2, figures, cure). */
  const legalContent = (text: string) => {
    expect(text).toContain(
      "la facture n° F-2026-0000001 du 2 mars 2026, d'un montant de 1 200,00 € TTC, payable au plus tard le 1er avril 2026 (art. 10.1 de nos conditions générales de vente), reste impayée à hauteur de 600,00 €, avec 30 jours de retard au 1er mai 2026",
    );
    expect(text).toContain("l'article 10.3");
    expect(text).toContain('soit 4,98 €');
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement de 40,00 €');
    expect(text).toContain('nous vous mettons en demeure de nous régler la somme de 600,00 €');
    expect(text).toContain('trente (30) jours, soit au plus tard le 31 mai 2026');
    expect(text).toContain(
      "l'article 15.2 de nos conditions générales de vente et résoudre de plein droit le contrat n° C-2026-00001",
    );
    expect(text).toContain('La présente vaut mise en demeure.');
  };

  it('a formal notice after reminders names them with their dates', async () => {
    const two = dunningParagraphs(notice(['2026-04-02', '2026-04-16'])).join(' ');
    expect(two).toContain('Malgré nos relances du 2 avril 2026 et du 16 avril 2026, la facture n° F-2026-0000001');
    legalContent(two);
    expect(dunningParagraphs(notice(['2026-04-16'])).join(' ')).toContain(
      'Malgré notre relance du 16 avril 2026, la facture',
    );
    expect(dunningParagraphs(notice(['2026-04-02', '2026-04-09', '2026-04-16'])).join(' ')).toContain(
      'Malgré nos relances du 2 avril 2026, du 9 avril 2026 et du 16 avril 2026, la facture',
    );
    const pdf = flat((await pdfText(await renderDunningLetterPdf(notice(['2026-04-02', '2026-04-16'])))).text);
    expect(pdf).toContain('Malgré nos relances du 2 avril 2026 et du 16 avril 2026');
  });

  it('a formal notice that is the first letter states no reminder, with the same legal content', async () => {
    const model = notice([]);
    const text = dunningParagraphs(model).join(' ');
    expect(text).not.toContain('relance');
    expect(text).not.toContain('Malgré');
    expect(text).toContain('Sauf erreur de notre part, la facture n° F-2026-0000001');
    legalContent(text);
    expect(dunningLetter(model)).toMatchObject({
      registered: true,
      subject: 'Mise en demeure de payer — facture n° F-2026-0000001',
    });
    const pdf = flat((await pdfText(await renderDunningLetterPdf(model))).text);
    expect(pdf).not.toContain('Malgré');
    expect(pdf).toContain('Sauf erreur de notre part');
    expect(pdf).toContain('trente (30) jours, soit au plus tard le 31 mai 2026');
  });

  it('states the margin over the ECB rate and the cure period of the terms version, not fixed ones', () => {
    const other = { ...notice([]), lateInterestMarginPoints: '7.5', cureDays: 15, cureDeadline: '2026-05-16' };
    const text = dunningParagraphs(other).join(' ');
    expect(text).toContain('au taux de la BCE majoré de 7,5 points');
    expect(text).toContain('quinze (15) jours, soit au plus tard le 16 mai 2026');
    expect(dunningParagraphs({ ...other, cureDays: 21 }).join(' ')).toContain('délai de 21 jours, soit');
  });
});
