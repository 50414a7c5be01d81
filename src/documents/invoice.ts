/**
 * The invoice and credit-note PDF (facture, avoir) with every mandatory mention of LEGAL.md §1.7:
 * parties with SIREN and VAT numbers, number, issue and operation dates, lines with unit prices
 * excl. VAT, VAT per rate, the due date as a calendar date, payment methods, the late-interest
 * rate in force, the EUR 40 indemnity, "no discount for early payment" (art. 9.4, 10.1), and the
 * reform's mentions (client SIREN, delivery address, nature of operations, VAT on debits).
 */
import type { Content } from './layout/types.ts';
import { formatIban } from '../kernel/identifiers.ts';
import { clientColumns, linesTable, paragraphs, partyBox, titleBlock, totalsBlock } from './blocks.ts';
import { dateFr, euros, legalFooter, partyName } from './format.ts';
import type { InvoiceDocument, OperationsNature } from './invoice-model.ts';
import { renderPdf, type PdfOptions, logoOf } from './pdf.ts';
import { retentionOfTitleBlock } from './retention-of-title.ts';

const NATURE: Record<OperationsNature, string> = {
  goods: 'Livraisons de biens',
  services: 'Prestations de services',
  mixed: 'Livraisons de biens et prestations de services',
};

/** "F-2026-0000012" → "FACTURE n° F-2026-0000012". */
export function invoiceTitle(model: Pick<InvoiceDocument, 'kind' | 'number'>): string {
  return `${model.kind === 'credit-note' ? 'AVOIR' : 'FACTURE'} n° ${model.number}`;
}

function headerLines(model: InvoiceDocument): Content[] {
  const out: Content[] = [{ text: `Date d'émission : ${dateFr(model.issueDate)}` }];
  if (model.kind === 'invoice') out.push({ text: `Date d'échéance : ${dateFr(model.dueDate)}`, bold: true });
  if (model.periodStart && model.periodEnd)
    out.push({ text: `Période facturée : du ${dateFr(model.periodStart)} au ${dateFr(model.periodEnd)}` });
  if (model.operationDate) out.push({ text: `Date de la vente ou de la prestation : ${dateFr(model.operationDate)}` });
  if (model.correctedInvoice)
    out.push({
      text: `Rectifie la facture n° ${model.correctedInvoice.number} du ${dateFr(model.correctedInvoice.issueDate)}`,
      bold: true,
    });
  if (model.contractNumber) out.push({ text: `Contrat n° ${model.contractNumber}` });
  if (model.purchaseOrderReference) out.push({ text: `Votre bon de commande n° ${model.purchaseOrderReference}` });
  out.push({ text: `Nature des opérations : ${NATURE[model.natureOfOperations]}` });
  out.push({ text: `CGV applicables : version ${model.termsVersion}` });
  return out;
}

/** How to pay: the seller's account, the direct-debit mandate or the administrative mandate. */
function paymentLines(model: InvoiceDocument): string[] {
  const p = model.payment;
  const account = p.iban ? `IBAN ${formatIban(p.iban)}${p.bic ? `, BIC ${p.bic}` : ''}` : '';
  switch (p.means) {
    case 'direct-debit':
      return [
        `Règlement par prélèvement SEPA à l'échéance${p.mandateReference ? `, mandat (RUM) n° ${p.mandateReference}` : ''}${p.creditorIdentifier ? `, identifiant créancier SEPA ${p.creditorIdentifier}` : ''}.`,
      ];
    case 'administrative-mandate':
      return [`Règlement par mandat administratif, par virement au compte ${account || 'indiqué par le vendeur'}.`];
    default:
      return [
        `Règlement par virement bancaire au compte ${account || 'indiqué par le vendeur'}, en rappelant le n° de facture ${model.number}.`,
      ];
  }
}

function mentions(model: InvoiceDocument): string[] {
  const out: string[] = [];
  if (model.kind === 'invoice') {
    const due = model.dueCents ?? model.totals.grossCents;
    out.push(
      `Net à payer : ${euros(due)} TTC au plus tard le ${dateFr(model.dueDate)}${model.paidCents ? ` (déjà réglé : ${euros(model.paidCents)})` : ''}.`,
    );
    out.push(...paymentLines(model));
    out.push("Pas d'escompte pour paiement anticipé (art. 9.4 et 10.1 des CGV).");
    out.push(
      `En cas de retard de paiement, des pénalités sont exigibles de plein droit, sans rappel ni mise en demeure, dès le jour suivant la date d'échéance, au taux de ${model.lateInterestRateText}, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de ${euros(model.recoveryIndemnityCents)} (C. com. L441-10 et D441-5 ; art. 10.3 des CGV). Tout retard rend immédiatement exigibles les autres factures non échues et autorise ${model.seller.name} à exiger un paiement préalable à toute livraison (art. 10.3).`,
    );
    out.push('Aucun motif ne permet au client de suspendre ou de différer un paiement (art. 10.2 des CGV).');
  } else {
    out.push(
      `Avoir de ${euros(model.totals.grossCents)} TTC à déduire de la facture n° ${model.correctedInvoice?.number ?? ''}.`,
    );
  }
  if (model.vatOnDebits) out.push("Option pour le paiement de la taxe d'après les débits.");
  return out;
}

/** PDF options, so that the Factur-X layer can add its XML attachment and XMP metadata. */
export type InvoicePdfOptions = PdfOptions;

/** Renders an invoice or a credit note. */
export async function renderInvoicePdf(model: InvoiceDocument, options: InvoicePdfOptions = {}): Promise<Uint8Array> {
  const title = invoiceTitle(model);
  const content: Content[] = [titleBlock(title, [], model.seller), clientColumns(headerLines(model), model.client)];
  if (model.deliveryAddressLines?.length) {
    content.push({
      columns: [
        { width: '*', text: '' },
        {
          width: 240,
          stack: [
            partyBox('Adresse de livraison', { name: model.client.name, addressLines: model.deliveryAddressLines }),
          ],
        },
      ],
      columnGap: 16,
      margin: [0, 0, 0, 6],
    } as Content);
  }
  content.push(linesTable(model.lines), totalsBlock(model.totals), ...paragraphs('Règlement', mentions(model)));
  // A credit note sells nothing: the clause is for the invoice of goods only.
  if (model.kind === 'invoice') content.push(...retentionOfTitleBlock(model.seller.name, model.lines));
  if (model.notes?.length) content.push(...paragraphs('Observations', model.notes));
  return renderPdf(
    {
      title: `${model.kind === 'credit-note' ? 'Avoir' : 'Facture'} n° ${model.number}`,
      subject: `${model.kind === 'credit-note' ? 'Avoir' : 'Facture'} pour ${partyName(model.client)}`,
      author: partyName(model.seller),
      ...logoOf(model.seller),
      date: model.issueDate,
      footerLine: legalFooter(model.seller),
    },
    content,
    options,
  );
}
