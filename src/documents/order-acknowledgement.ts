/**
 * The order acknowledgement (accusé de réception de commande): issuing it forms the contract
 * (art. 3.2), so it restates the quote's main characteristics and names the terms version that
 * governs the contract — the one in force on the order date (art. 1.2), which may be newer than
 * the quote's.
 */
import type { Content } from './layout/types.ts';
import { clientColumns, linesTable, paragraphs, titleBlock, totalsBlock } from './blocks.ts';
import { dateFr, legalFooter, partyName, percentFr } from './format.ts';
import type { OrderAcknowledgementDocument } from './model.ts';
import { renderPdf, logoOf } from './pdf.ts';
import { retentionOfTitleBlock } from './retention-of-title.ts';

function statements(model: OrderAcknowledgementDocument): string[] {
  const seller = model.seller.name;
  const order = model.purchaseOrderReference
    ? `votre bon de commande n° ${model.purchaseOrderReference} du ${dateFr(model.orderDate)}, faisant référence au devis n° ${model.quoteNumber} (version ${model.quoteVersion})`
    : `votre commande du ${dateFr(model.orderDate)} par le devis n° ${model.quoteNumber} (version ${model.quoteVersion}) accepté et signé`;
  const out = [
    `${seller} accuse réception de ${order}, et l'accepte aux conditions rappelées ci-dessous : produits, prestations, prix et délai de livraison.`,
    `Le présent accusé de réception forme le contrat n° ${model.contractNumber} (art. 3.2 des CGV), qui prend effet le ${dateFr(model.contractEffectiveDate)}.`,
    `Le contrat est régi par les Conditions générales de vente et de location, version ${model.termsVersion}, en vigueur au jour de la commande (art. 1.2 et 3.2 des CGV).`,
  ];
  if (model.termsVersion !== model.quoteTermsVersion) {
    out.push(
      `Cette version diffère de la version ${model.quoteTermsVersion} mentionnée sur le devis : conformément à l'art. 1.2 des CGV, la relation est régie par les dernières conditions en vigueur au jour de la commande, soit la version ${model.termsVersion}.`,
    );
  }
  if (model.vatChanges?.length) {
    const changed = model.vatChanges
      .map(
        (c) =>
          `ligne ${c.position} : ${percentFr(c.fromPercent)} au devis, ${percentFr(c.toPercent)} au jour de la commande`,
      )
      .join(' ; ');
    out.push(
      `La TVA applicable est celle en vigueur au jour de la commande et le changement de taux intervenu depuis le devis est répercuté, les prix hors taxes restant inchangés (art. 9.2 des CGV) : ${changed}.`,
    );
  }
  out.push(`Délai de livraison : ${model.deliveryLeadTime}. Les délais de livraison sont indicatifs (art. 4.1.2).`);
  if (model.lessorName)
    out.push(`Les loyers sont perçus par l'organisme de financement ${model.lessorName} (art. 4.2.4).`);
  out.push(
    `L'engagement du client est ferme et définitif : il ne peut annuler ni modifier le contrat de son propre fait (art. 3.3 des CGV).`,
  );
  return out;
}

/** Renders an order acknowledgement restating the contract and the terms version that governs it. */
export async function renderOrderAcknowledgementPdf(model: OrderAcknowledgementDocument): Promise<Uint8Array> {
  const title = `ACCUSÉ DE RÉCEPTION DE COMMANDE n° ${model.number}`;
  const left: Content[] = [
    { text: `Date : ${dateFr(model.issueDate)}` },
    { text: `Contrat n° ${model.contractNumber}`, bold: true },
    { text: `Date d'effet du contrat : ${dateFr(model.contractEffectiveDate)}` },
    { text: `Devis n° ${model.quoteNumber} (version ${model.quoteVersion})` },
    ...(model.purchaseOrderReference ? [{ text: `Bon de commande n° ${model.purchaseOrderReference}` }] : []),
    { text: `Date de la commande : ${dateFr(model.orderDate)}` },
    { text: `CGV applicables : version ${model.termsVersion}` },
  ];
  const [intro = '', ...contract] = statements(model);
  const content: Content[] = [
    titleBlock(title, [], model.seller),
    clientColumns(left, model.client),
    ...paragraphs(undefined, [intro]),
    linesTable(model.lines),
    totalsBlock(model.totals),
    ...paragraphs('Contrat', contract),
    ...retentionOfTitleBlock(model.seller.name, model.lines),
    ...(model.notes?.length ? paragraphs('Conditions particulières', model.notes) : []),
  ];
  return renderPdf(
    {
      title: `Accusé de réception de commande n° ${model.number}`,
      subject: `Contrat n° ${model.contractNumber} — ${partyName(model.client)}`,
      author: partyName(model.seller),
      ...logoOf(model.seller),
      date: model.issueDate,
      footerLine: legalFooter(model.seller),
    },
    content,
  );
}
