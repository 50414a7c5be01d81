/** The quote (devis) PDF: the offer to contract of art. 3.1, with its "Bon pour accord" block. */
import type { Content } from './layout/types.ts';
import { clientColumns, linesTable, paragraphs, titleBlock, totalsBlock } from './blocks.ts';
import { dateFr, legalFooter, partyName } from './format.ts';
import type { QuoteDocument } from './model.ts';
import { renderPdf, logoOf } from './pdf.ts';
import { retentionOfTitleBlock } from './retention-of-title.ts';

/** The acceptance block: the client signs "Bon pour accord", without reservations (art. 3.1). */
function signatureBlock(): Content {
  const field = (label: string, height = 16): Content => ({ text: label, margin: [0, 0, 0, height] });
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 260,
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: [
                  { text: 'Bon pour accord', bold: true, fontSize: 11 },
                  { text: 'Accepté sans réserve', italics: true, margin: [0, 2, 0, 10] },
                  field('Date :'),
                  field('Nom :'),
                  field('Qualité :'),
                  field('Signature :', 34),
                  field("Cachet de l'entreprise :", 40),
                ],
              },
            ],
          ],
        },
        layout: { paddingLeft: () => 10, paddingRight: () => 10, paddingTop: () => 8, paddingBottom: () => 4 },
      },
    ],
  } as Content;
}

function conditions(model: QuoteDocument): string[] {
  const seller = model.seller.name;
  return [
    `Devis valable jusqu'au ${dateFr(model.validUntil)}, art. 3.1 des CGV. Les prix sont fermes pendant cette durée ; la TVA applicable est celle en vigueur au jour de la commande (art. 9.1 et 9.2).`,
    `Délai de livraison : ${model.deliveryLeadTime}. Les délais de livraison sont indicatifs (art. 4.1.2).`,
    `Conditions générales de vente et de location, version ${model.termsVersion}, jointes et acceptées.`,
    `Le client accepte le devis en le renvoyant signé, sans réserve, par email ou par courrier, ou par un bon de commande qui y fait expressément référence ; le contrat est formé par l'accusé de réception de commande émis par ${seller} (art. 3.1 et 3.2). L'engagement du client est alors ferme et définitif (art. 3.3).`,
  ];
}

/** Renders a quote: "DEVIS n° … (version n)", lines, VAT, totals, conditions and acceptance block. */
export async function renderQuotePdf(model: QuoteDocument): Promise<Uint8Array> {
  const title = `DEVIS n° ${model.number} (version ${model.version})`;
  const left: Content[] = [
    { text: `Date d'émission : ${dateFr(model.issueDate)}` },
    { text: `Valable jusqu'au : ${dateFr(model.validUntil)}`, bold: true },
    { text: `Délai de livraison : ${model.deliveryLeadTime}` },
    { text: `CGV applicables : version ${model.termsVersion}` },
  ];
  if (model.subject) left.push({ text: `Objet : ${model.subject}`, margin: [0, 6, 0, 0], bold: true });
  const content: Content[] = [
    titleBlock(title, [], model.seller),
    clientColumns(left, model.client),
    linesTable(model.lines),
    totalsBlock(model.totals),
    ...paragraphs('Conditions', conditions(model)),
    ...retentionOfTitleBlock(model.seller.name, model.lines),
    ...(model.notes?.length ? paragraphs('Conditions particulières', model.notes) : []),
    signatureBlock(),
  ];
  return renderPdf(
    {
      title: `Devis n° ${model.number} version ${model.version}`,
      subject: `Devis pour ${partyName(model.client)}`,
      author: partyName(model.seller),
      ...logoOf(model.seller),
      date: model.issueDate,
      footerLine: legalFooter(model.seller),
    },
    content,
  );
}
