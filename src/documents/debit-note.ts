/**
 * The debit note PDF (note de débit): late-payment interest and the EUR 40 recovery indemnity
 * claimed on the client's late invoices (CGV art. 10.3; C. com. L441-10 II, D441-5). They are
 * damages, not the price of a supply: outside the scope of VAT, so no VAT is charged and the note
 * is not an invoice (LEGAL.md R10, R11). One row per late invoice: its due date, the day the
 * computation stops (payment or issue date), the days late, the interest and the indemnity, with
 * the decision's explanation and article.
 */
import { clientColumns, paragraphs, titleBlock } from './blocks.ts';
import { dateFr, euros, legalFooter, partyName, wholeEuros } from './format.ts';
import { formatIban } from '../kernel/identifiers.ts';
import type { DebitNoteDocument } from './invoice-model.ts';
import type { Content, TableCell } from './layout/types.ts';
import { renderPdf, logoOf } from './pdf.ts';

/** "ND-2026-0000001" → "NOTE DE DÉBIT n° ND-2026-0000001". */
export function debitNoteTitle(model: Pick<DebitNoteDocument, 'number'>): string {
  return `NOTE DE DÉBIT n° ${model.number}`;
}

const num = (text: string, bold = false): TableCell => ({ text, alignment: 'right', noWrap: true, bold });

function rowsTable(model: DebitNoteDocument): Content {
  const head: TableCell[] = [
    'Facture',
    'Échéance',
    'Calculé jusqu’au',
    'Jours de retard',
    'Intérêts de retard',
    'Indemnité forfaitaire',
  ].map((text, i) => ({ text, style: 'th', alignment: i < 3 ? 'left' : 'right' }));
  const body: TableCell[][] = [head];
  for (const row of model.rows) {
    body.push([
      { text: row.invoiceNumber, bold: true },
      { text: dateFr(row.invoiceDueDate) },
      { text: dateFr(row.computedUntil) },
      num(String(row.daysLate)),
      num(euros(row.interestCents)),
      num(euros(row.indemnityCents)),
    ]);
    body.push([{ text: row.explanation, style: 'small', colSpan: 6 }, {}, {}, {}, {}, {}]);
  }
  const interest = model.rows.reduce((s, r) => s + r.interestCents, 0);
  const indemnity = model.rows.reduce((s, r) => s + r.indemnityCents, 0);
  body.push([
    { text: 'Sous-totaux', bold: true, colSpan: 4 },
    {},
    {},
    {},
    num(euros(interest), true),
    num(euros(indemnity), true),
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 62, 62, 44, 70, 70], body },
    layout: {
      hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => '#888888',
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 10, 0, 8],
  };
}

function totalBlock(model: DebitNoteDocument): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 240,
        table: {
          widths: ['*', 80],
          body: [[{ text: 'Total à payer (hors champ de la TVA)', bold: true }, num(euros(model.totalCents), true)]],
        },
        layout: 'lightHorizontalLines',
      },
    ],
    columnGap: 16,
    unbreakable: true,
    margin: [0, 4, 0, 8],
  };
}

function mentions(model: DebitNoteDocument): string[] {
  const s = model.seller;
  const account = s.iban ? `IBAN ${formatIban(s.iban)}${s.bic ? `, BIC ${s.bic}` : ''}` : 'indiqué par le vendeur';
  return [
    'Montants hors champ de la TVA (indemnités) : les pénalités de retard et l’indemnité forfaitaire pour frais de recouvrement réparent un retard de paiement et ne sont la contrepartie d’aucune livraison ni prestation ; aucune TVA n’est due.',
    `Pénalités exigibles de plein droit, sans rappel ni mise en demeure, dès le jour suivant la date d’échéance de chaque facture, au taux d’intérêt de la BCE majoré de ${model.lateInterestMarginPoints.replace('.', ',')} points, sur le montant TTC restant dû, jour par jour (art. 10.3 des CGV, version ${model.termsVersion} ; C. com. L441-10 II). Indemnité forfaitaire de ${wholeEuros(model.recoveryIndemnityCents)} due une fois par facture payée en retard (C. com. D441-5).`,
    `Payable à réception, au plus tard le ${dateFr(model.dueDate)}, par virement au compte ${account}, en rappelant le n° ${model.number}.`,
  ];
}

/** Renders a debit note. */
export async function renderDebitNotePdf(model: DebitNoteDocument): Promise<Uint8Array> {
  const header: Content[] = [
    { text: `Date d'émission : ${dateFr(model.issueDate)}` },
    { text: `Date d'échéance : ${dateFr(model.dueDate)}`, bold: true },
    { text: `CGV applicables : version ${model.termsVersion}` },
  ];
  const content: Content[] = [
    titleBlock(
      debitNoteTitle(model),
      ['Pénalités de retard et indemnité forfaitaire pour frais de recouvrement'],
      model.seller,
    ),
    clientColumns(header, model.client),
    rowsTable(model),
    totalBlock(model),
    ...paragraphs('Conditions', mentions(model)),
  ];
  return renderPdf(
    {
      title: `Note de débit n° ${model.number}`,
      subject: `Note de débit pour ${partyName(model.client)}`,
      author: partyName(model.seller),
      ...logoOf(model.seller),
      date: model.issueDate,
      footerLine: legalFooter(model.seller),
    },
    content,
  );
}
