/**
 * Dunning letters (relances) and the formal notice (mise en demeure) of an unpaid invoice, in
 * French, as business letters (letter.ts). The formal notice is sent by registered letter with
 * acknowledgement of receipt and states, as art. 15.2 of the CGV requires, the cure period (30
 * days in ALLEO's terms) and ALLEO's intention to use the termination clause if it stays without
 * effect. Every figure comes from the rule invoice.late-payment and every term (margin over the
 * ECB rate, cure period) from the terms version; this file only words them.
 */
import { dateFr, euros } from './format.ts';
import { renderLetterPdf } from './letter.ts';
import type { LetterDocument, PartyIdentity, SellerIdentity } from './model.ts';
import type { CivilDate } from '../kernel/dates.ts';
import { formatIban } from '../kernel/identifiers.ts';

export interface DunningLetterDocument {
  kind: 'reminder' | 'formal-notice';
  /**
   * The dates of the reminders actually sent for this invoice before this letter, oldest first
   * (the dunning actions done, formal notices aside). A reminder is numbered by it ("Relance" for
   * the first one sent, "Relance n° 2" for the second…), and a formal notice refers to earlier
   * reminders only when there were some: the ladder may reach the formal notice first (dunning
   * switched on for old invoices, a sweep stopped for days), and a registered letter must not
   * state a reminder that was never sent.
   */
  remindersSent: readonly CivilDate[];
  sender: SellerIdentity;
  recipient: PartyIdentity;
  place: string;
  date: CivilDate;
  invoice: { number: string; issueDate: CivilDate; dueDate: CivilDate; grossCents: number };
  contractNumber?: string;
  /** Unpaid, interest and indemnity as of `date` (rule invoice.late-payment). */
  unpaidCents: number;
  daysLate: number;
  interestCents: number;
  indemnityCents: number;
  /** The late-interest rate mention printed on the invoice, when known. */
  lateRateText?: string;
  /** Points over the ECB rate of the terms version (art. 10.3), stated when the invoice printed no rate. */
  lateInterestMarginPoints: string;
  /** The cure period of the terms version (art. 15.2), in days. */
  cureDays: number;
  /** Formal notice: the last day to pay (notice + cureDays, art. 15.2). */
  cureDeadline?: CivilDate;
  signature: { name: string; title?: string };
}

function paymentLine(model: DunningLetterDocument): string {
  const s = model.sender;
  const account = s.iban
    ? `au compte IBAN ${formatIban(s.iban)}${s.bic ? ` (BIC ${s.bic})` : ''}`
    : 'au compte indiqué sur la facture';
  return `Le règlement peut être effectué par virement ${account}, en rappelant le n° de facture ${model.invoice.number}.`;
}

/** Days as a registered letter states them: "trente (30) jours"; digits alone for uncommon periods. */
const DAY_WORDS: Record<number, string> = {
  8: 'huit',
  10: 'dix',
  15: 'quinze',
  20: 'vingt',
  30: 'trente',
  45: 'quarante-cinq',
  60: 'soixante',
  90: 'quatre-vingt-dix',
};
function daysFr(days: number): string {
  const word = DAY_WORDS[days];
  return word ? `${word} (${days}) jours` : `${days} jour${days > 1 ? 's' : ''}`;
}

/** How the formal notice opens: the reminders sent before, with their dates, or none stated. */
function formalNoticeOpening(remindersSent: readonly CivilDate[]): string {
  if (remindersSent.length === 0) return 'Sauf erreur de notre part';
  const dates = remindersSent.map((d) => `du ${dateFr(d)}`);
  if (dates.length === 1) return `Malgré notre relance ${dates[0]}`;
  return `Malgré nos relances ${dates.slice(0, -1).join(', ')} et ${dates[dates.length - 1]}`;
}

/** The paragraphs of the letter (also the body of an emailed reminder). */
export function dunningParagraphs(model: DunningLetterDocument): string[] {
  const inv = model.invoice;
  const facts = `la facture n° ${inv.number} du ${dateFr(inv.issueDate)}, d'un montant de ${euros(inv.grossCents)} TTC, payable au plus tard le ${dateFr(inv.dueDate)} (art. 10.1 de nos conditions générales de vente), reste impayée à hauteur de ${euros(model.unpaidCents)}, avec ${model.daysLate} jours de retard au ${dateFr(model.date)}`;
  const rate = model.lateRateText
    ? ` au taux de ${model.lateRateText}`
    : ` au taux de la BCE majoré de ${model.lateInterestMarginPoints.replace('.', ',')} points`;
  const charges = `Conformément à l'article 10.3 de nos conditions générales de vente, ce retard vous rend redevable de plein droit, sans qu'une mise en demeure soit nécessaire, de pénalités de retard${rate}, soit ${euros(model.interestCents)} au ${dateFr(model.date)}, et d'une indemnité forfaitaire pour frais de recouvrement de ${euros(model.indemnityCents)} (C. com. L441-10 et D441-5). Il rend en outre immédiatement exigibles vos factures non encore échues et subordonne toute livraison au paiement préalable.`;
  if (model.kind === 'reminder') {
    return [
      'Madame, Monsieur,',
      `Sauf erreur ou omission de notre part, ${facts}.`,
      charges,
      `Nous vous remercions de bien vouloir procéder sans délai au règlement de la somme de ${euros(model.unpaidCents)}. ${paymentLine(model)} Si votre paiement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de la présente.`,
      "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    ];
  }
  return [
    'Madame, Monsieur,',
    `${formalNoticeOpening(model.remindersSent)}, ${facts}.`,
    charges,
    `Par la présente, nous vous mettons en demeure de nous régler la somme de ${euros(model.unpaidCents)}, outre les pénalités et l'indemnité ci-dessus, dans un délai de ${daysFr(model.cureDays)}, soit au plus tard le ${dateFr(model.cureDeadline ?? model.date)}. ${paymentLine(model)}`,
    `À défaut de paiement dans ce délai, nous entendons user du bénéfice de l'article 15.2 de nos conditions générales de vente et résoudre de plein droit le contrat${model.contractNumber ? ` n° ${model.contractNumber}` : ''}, sans préjudice de tous dommages et intérêts. La présente vaut mise en demeure.`,
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  ];
}

/** The subject line of the letter or email. */
export function dunningSubject(model: Pick<DunningLetterDocument, 'kind' | 'remindersSent' | 'invoice'>): string {
  if (model.kind === 'formal-notice') return `Mise en demeure de payer — facture n° ${model.invoice.number}`;
  const rank = model.remindersSent.length + 1;
  const which = rank === 1 ? 'Relance' : `Relance n° ${rank}`;
  return `${which} — facture n° ${model.invoice.number} échue le ${dateFr(model.invoice.dueDate)}`;
}

export function dunningLetter(model: DunningLetterDocument): LetterDocument {
  return {
    sender: model.sender,
    recipient: model.recipient,
    place: model.place,
    date: model.date,
    subject: dunningSubject(model),
    reference: `Facture n° ${model.invoice.number}${model.contractNumber ? ` — contrat n° ${model.contractNumber}` : ''}`,
    paragraphs: dunningParagraphs(model),
    registered: model.kind === 'formal-notice',
    signature: model.signature,
  };
}

/** Renders a reminder letter or a formal notice (registered letter). */
export function renderDunningLetterPdf(model: DunningLetterDocument): Promise<Uint8Array> {
  return renderLetterPdf(dunningLetter(model));
}
