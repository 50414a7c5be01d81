/**
 * The client's account statement (relevé de compte) as of a date: invoices and credit notes with
 * what remains due on each, debit notes, payments received and their allocations, the unallocated
 * credit, the balance, the ageing of what is open, and what is owed on the statement date
 * (invoices due or accelerated, art. 10.3; late interest and the EUR 40 indemnity, L441-10).
 * Deterministic: the document's date is the statement date.
 */
import type { CivilDate } from '../kernel/dates.ts';
import type { Content, TableCell } from './layout/types.ts';
import { clientColumns, paragraphs, titleBlock } from './blocks.ts';
import { dateFr, euros, legalFooter, partyName, wholeEuros } from './format.ts';
import type { PartyIdentity, SellerIdentity } from './model.ts';
import { renderPdf, logoOf } from './pdf.ts';

export interface StatementDocument {
  asOf: CivilDate;
  /** The recovery indemnity of the terms version in force on the statement date (art. 10.3). */
  recoveryIndemnityCents: number;
  seller: SellerIdentity;
  client: PartyIdentity;
  invoices: Array<{
    kind: 'invoice' | 'credit-note';
    number: string;
    issueDate: CivilDate;
    dueDate: CivilDate | null;
    correctsNumber: string | null;
    grossCents: number;
    paidCents: number;
    creditedCents: number;
    openCents: number;
    /** 'paid', 'overdue', 'due', 'not-due' or 'credit-note'. */
    paymentState: string;
    daysPastDue: number;
    /** Days late by rule invoice.late-payment (0 when paid on time). */
    daysLate: number;
    acceleratedOn: CivilDate | null;
    lateInterestCents: number;
    lateIndemnityCents: number;
  }>;
  debitNotes: Array<{
    number: string;
    issueDate: CivilDate;
    dueDate: CivilDate;
    totalCents: number;
    paidCents: number;
    openCents: number;
  }>;
  payments: Array<{
    receivedOn: CivilDate;
    means: 'bank-transfer' | 'direct-debit' | 'administrative-mandate' | 'other';
    reference: string | null;
    amountCents: number;
    allocatedCents: number;
    unallocatedCents: number;
    status: 'recorded' | 'reversed';
    reversedOn: CivilDate | null;
    allocations: Array<{ number: string | null; amountCents: number }>;
  }>;
  totals: {
    openInvoicesCents: number;
    openDebitNotesCents: number;
    unallocatedCreditCents: number;
    balanceCents: number;
    dueInvoicesCents: number;
    dueDebitNotesCents: number;
    accruedInterestCents: number;
    unclaimedIndemnitiesCents: number;
    owedTodayCents: number;
  };
  ageing: {
    notDueCents: number;
    days1To30Cents: number;
    days31To60Cents: number;
    days61To90Cents: number;
    over90Cents: number;
  };
}

const MEANS: Record<StatementDocument['payments'][number]['means'], string> = {
  'bank-transfer': 'Virement',
  'direct-debit': 'Prélèvement',
  'administrative-mandate': 'Mandat administratif',
  other: 'Autre',
};

function stateFr(i: StatementDocument['invoices'][number]): string {
  switch (i.paymentState) {
    case 'paid':
      return 'Réglée';
    case 'overdue':
      return `Échue (${i.daysLate} j)`;
    case 'due':
      return i.acceleratedOn ? 'Exigible (art. 10.3)' : 'Exigible';
    case 'credit-note':
      return i.correctsNumber ? `Avoir sur ${i.correctsNumber}` : 'Avoir';
    default:
      return 'Non échue';
  }
}

/** '2026-03-31' → '31/03/2026': tables stay narrow enough for their amounts. */
const short = (date: CivilDate): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

const num = (text: string, bold = false): TableCell => ({ text, alignment: 'right', noWrap: true, bold });
/** Column headings aligned like their column: `align` has one letter per column, l or r. */
const head = (labels: string[], align: string): TableCell[] =>
  labels.map((text, i) => ({ text, style: 'th', alignment: align[i] === 'r' ? 'right' : 'left' }));
const TABLE_LAYOUT = {
  hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => '#888888',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function table(widths: Array<number | '*'>, body: TableCell[][]): Content {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: TABLE_LAYOUT,
    fontSize: 8,
    margin: [0, 2, 0, 8],
  };
}

function summary(model: StatementDocument): Content {
  const t = model.totals;
  const rows: Array<[string, number, boolean?]> = [
    ['Factures restant dues', t.openInvoicesCents],
    ['Notes de débit restant dues', t.openDebitNotesCents],
    ['Règlements non affectés (crédit en votre faveur)', -t.unallocatedCreditCents],
    ['Solde du compte', t.balanceCents, true],
  ];
  const owed: Array<[string, number, boolean?]> = [
    ['Factures échues ou exigibles', t.dueInvoicesCents],
    ['Notes de débit échues', t.dueDebitNotesCents],
    ['Pénalités de retard courues non facturées', t.accruedInterestCents],
    ['Indemnités forfaitaires de recouvrement non facturées', t.unclaimedIndemnitiesCents],
    ['Déduction du crédit non affecté', -t.unallocatedCreditCents],
    [`Montant exigible au ${dateFr(model.asOf)}`, t.owedTodayCents, true],
  ];
  const body = (rs: Array<[string, number, boolean?]>): TableCell[][] =>
    rs.map(([label, cents, bold]) => [{ text: label, bold: bold ?? false }, num(euros(cents), bold ?? false)]);
  return {
    columns: [
      { width: '*', table: { widths: ['*', 72], body: body(rows) }, layout: 'lightHorizontalLines' },
      { width: '*', table: { widths: ['*', 72], body: body(owed) }, layout: 'lightHorizontalLines' },
    ],
    columnGap: 16,
    unbreakable: true,
    margin: [0, 6, 0, 8],
  } as Content;
}

function invoicesTable(model: StatementDocument): Content {
  const body: TableCell[][] = [
    head(['N°', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Avoirs', 'Reste dû', 'État'], 'lllrrrrl'),
  ];
  for (const i of model.invoices) {
    body.push([
      { text: i.number, noWrap: true },
      { text: short(i.issueDate), noWrap: true },
      { text: i.dueDate && i.kind === 'invoice' ? short(i.dueDate) : '—', noWrap: true },
      num(i.kind === 'credit-note' ? euros(-i.grossCents) : euros(i.grossCents)),
      num(i.kind === 'invoice' ? euros(i.paidCents) : '—'),
      num(i.kind === 'invoice' ? euros(i.creditedCents) : '—'),
      num(i.kind === 'invoice' ? euros(i.openCents) : '—', i.openCents > 0),
      { text: stateFr(i), style: 'small' },
    ]);
  }
  if (model.invoices.length === 0)
    body.push([{ text: 'Aucune facture à cette date.', colSpan: 8, italics: true }, {}, {}, {}, {}, {}, {}, {}]);
  return table([64, 44, 44, 58, 54, 48, 58, '*'], body);
}

function lateTable(model: StatementDocument): Content[] {
  const late = model.invoices.filter((i) => i.lateInterestCents > 0 || i.lateIndemnityCents > 0);
  if (late.length === 0) return [];
  const body: TableCell[][] = [
    head(['Facture', 'Échéance', 'Retard', 'Pénalités de retard', 'Indemnité forfaitaire'], 'llrrr'),
  ];
  for (const i of late)
    body.push([
      { text: i.number },
      { text: i.dueDate ? short(i.dueDate) : '—' },
      num(`${i.daysLate} j`),
      num(euros(i.lateInterestCents)),
      num(euros(i.lateIndemnityCents)),
    ]);
  return [{ text: 'Pénalités et indemnités de retard', style: 'heading' }, table([80, 90, 50, '*', 100], body)];
}

function debitNotesTable(model: StatementDocument): Content[] {
  if (model.debitNotes.length === 0) return [];
  const body: TableCell[][] = [head(['N°', 'Date', 'Échéance', 'Montant', 'Réglé', 'Reste dû'], 'lllrrr')];
  for (const n of model.debitNotes)
    body.push([
      { text: n.number },
      { text: short(n.issueDate) },
      { text: short(n.dueDate) },
      num(euros(n.totalCents)),
      num(euros(n.paidCents)),
      num(euros(n.openCents), n.openCents > 0),
    ]);
  return [
    { text: 'Notes de débit (pénalités et indemnités, hors TVA)', style: 'heading' },
    table([80, 70, 70, '*', 70, 70], body),
  ];
}

function paymentsTable(model: StatementDocument): Content[] {
  const body: TableCell[][] = [head(['Reçu le', 'Mode', 'Référence', 'Montant', 'Affecté à', 'Non affecté'], 'lllrlr')];
  for (const p of model.payments) {
    const reversed = p.status === 'reversed';
    const allocated = p.allocations.map((a) => `${a.number ?? '?'} : ${euros(a.amountCents)}`).join('\n');
    body.push([
      { text: short(p.receivedOn), noWrap: true },
      { text: MEANS[p.means] },
      { text: p.reference ?? '—' },
      num(euros(p.amountCents)),
      {
        text: reversed ? `Rejeté le ${p.reversedOn ? short(p.reversedOn) : ''} (annulé)` : allocated || '—',
        style: 'small',
      },
      num(euros(p.unallocatedCents)),
    ]);
  }
  if (model.payments.length === 0)
    body.push([{ text: 'Aucun règlement reçu à cette date.', colSpan: 6, italics: true }, {}, {}, {}, {}, {}]);
  return [{ text: 'Règlements reçus', style: 'heading' }, table([62, 70, 90, 62, '*', 62], body)];
}

function ageingTable(model: StatementDocument): Content {
  const a = model.ageing;
  const total = a.notDueCents + a.days1To30Cents + a.days31To60Cents + a.days61To90Cents + a.over90Cents;
  return table(
    ['*', '*', '*', '*', '*', '*'],
    [
      head(['Non échu', '1 à 30 jours', '31 à 60 jours', '61 à 90 jours', 'Plus de 90 jours', 'Total'], 'rrrrrr'),
      [
        num(euros(a.notDueCents)),
        num(euros(a.days1To30Cents)),
        num(euros(a.days31To60Cents)),
        num(euros(a.days61To90Cents)),
        num(euros(a.over90Cents)),
        num(euros(total), true),
      ],
    ],
  );
}

/** Renders the statement. */
export async function renderStatementPdf(model: StatementDocument): Promise<Uint8Array> {
  const title = 'RELEVÉ DE COMPTE';
  const content: Content[] = [
    titleBlock(title, [], model.seller),
    clientColumns(
      [
        { text: `Situation au ${dateFr(model.asOf)}`, bold: true },
        { text: 'Montants en euros, toutes taxes comprises.' },
      ],
      model.client,
    ),
    summary(model),
    { text: 'Factures et avoirs', style: 'heading' },
    invoicesTable(model),
    ...lateTable(model),
    ...debitNotesTable(model),
    ...paymentsTable(model),
    { text: 'Balance âgée des factures restant dues (jours de retard)', style: 'heading' },
    ageingTable(model),
    ...paragraphs(undefined, [
      "Un règlement est pris en compte à la date à laquelle les fonds sont mis à la disposition du bénéficiaire (C. com. L441-9). Pas d'escompte pour paiement anticipé.",
      `Tout retard de paiement entraîne de plein droit, sans rappel ni mise en demeure, des pénalités de retard et une indemnité forfaitaire pour frais de recouvrement de ${wholeEuros(model.recoveryIndemnityCents)} par facture (C. com. L441-10 ; art. 10.3 des CGV), ainsi que l'exigibilité immédiate des factures non échues.`,
    ]),
  ];
  return renderPdf(
    {
      title: `Relevé de compte au ${dateFr(model.asOf)}`,
      subject: `Relevé de compte de ${partyName(model.client)}`,
      author: partyName(model.seller),
      ...logoOf(model.seller),
      date: model.asOf,
      footerLine: legalFooter(model.seller),
    },
    content,
  );
}
