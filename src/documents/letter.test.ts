import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from './letter.ts';
import type { LetterDocument } from './model.ts';
import { SAMPLE_CLIENT, SAMPLE_SELLER } from './samples.ts';
import { pdfText } from './test-support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const notice: LetterDocument = {
  sender: SAMPLE_SELLER,
  recipient: SAMPLE_CLIENT,
  place: 'Sèvres',
  date: '2027-03-01',
  subject: 'Information de cession du contrat n° C-2026-0003',
  reference: 'Contrat n° C-2026-0003',
  registered: true,
  paragraphs: [
    'Madame, Monsieur,',
    "Conformément à l'article 19.1 de nos conditions générales de vente et de location, nous vous informons que nous céderons le contrat cité en référence à la société Exemple Financement SA à compter du 1er avril 2027.",
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  ],
  signature: { name: 'Odile ADV', title: 'Administration des ventes' },
};

describe('renderLetterPdf', () => {
  it('lays out sender, registered mention, recipient, place and date, subject, body and signature', async () => {
    const pdf = await pdfText(await renderLetterPdf(notice));
    const text = flat(pdf.text);
    expect(text).toMatch(/^ALLEO SASU 20 rue Troyon 92310 Sèvres SIRET 481 422 475 00014/);
    expect(text).toContain(
      'Lettre recommandée avec accusé de réception Transports Morel SAS 12 rue de la Gare 71000 Mâcon',
    );
    expect(text).toContain('Sèvres, le 1er mars 2027');
    expect(text).toContain('Objet : Information de cession du contrat n° C-2026-0003');
    expect(text).toContain('Réf. : Contrat n° C-2026-0003');
    expect(text).toContain("Conformément à l'article 19.1 de nos conditions générales");
    expect(text).toContain('Odile ADV Administration des ventes');
    expect(text).toContain('Page 1 / 1');
    expect(pdf.info).toMatchObject({ Subject: notice.subject, CreationDate: 'D:20270301000000Z' });
  });

  it('omits the registered mention and the reference when not asked', async () => {
    const { reference: _, ...plain } = notice;
    const text = flat((await pdfText(await renderLetterPdf({ ...plain, registered: false }))).text);
    expect(text).not.toContain('recommandée');
    expect(text).not.toContain('Réf. :');
  });

  it('continues on numbered pages when the body is long, and is deterministic', async () => {
    const long = {
      ...notice,
      paragraphs: Array.from({ length: 40 }, (_, i) => `Paragraphe ${i + 1}. ${notice.paragraphs[1]}`),
    };
    const [a, b] = await Promise.all([renderLetterPdf(long), renderLetterPdf(long)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const pdf = await pdfText(a);
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} / ${pdf.pages.length}`));
    expect(flat(pdf.pages.at(-1)!)).toContain('Odile ADV');
  });
});
