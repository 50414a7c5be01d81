/**
 * The terms (CGV) of a version as a PDF, for the documents that say the CGV are attached (a quote:
 * "jointes et acceptées", art. 1.1) when no PDF of the terms was provided: the articles of the
 * version, numbered with their titles and texts as the version holds them. Deterministic.
 */
import type { CivilDate } from '../kernel/dates.ts';
import { dateFr, identityLines, partyName } from './format.ts';
import type { Content } from './layout/types.ts';
import type { SellerIdentity } from './model.ts';
import { renderPdf, logoOf } from './pdf.ts';

export interface TermsDocument {
  seller: SellerIdentity;
  version: string;
  effectiveFrom: CivilDate;
  articles: ReadonlyArray<{ number: string; title: { fr: string }; summary: { fr: string } }>;
}

export const termsTitle = (version: string) => `Conditions générales de vente et de location — version ${version}`;
export const termsFilename = (version: string) => `CGV-${version.replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`;

export async function renderTermsPdf(model: TermsDocument): Promise<Uint8Array> {
  const content: Content[] = [
    { text: partyName(model.seller), bold: true, fontSize: 11 },
    ...identityLines(model.seller).map((text): Content => ({ text, style: 'small' })),
    { text: termsTitle(model.version), style: 'title', margin: [0, 18, 0, 4] },
    { text: `En vigueur à compter du ${dateFr(model.effectiveFrom)}`, margin: [0, 0, 0, 12] },
    ...model.articles.flatMap((a): Content[] => [
      {
        text: a.number === 'annex' ? `Annexe — ${a.title.fr}` : `Article ${a.number} — ${a.title.fr}`,
        style: 'heading',
      },
      { text: a.summary.fr, alignment: 'justify', fontSize: 9 },
    ]),
  ];
  return renderPdf(
    {
      title: termsTitle(model.version),
      subject: termsTitle(model.version),
      author: partyName(model.seller),
      ...logoOf(model.seller),
      date: model.effectiveFrom,
      footerLine: `${partyName(model.seller)} — ${termsTitle(model.version)}`,
    },
    content,
  );
}
