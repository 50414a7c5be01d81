/**
 * Which direct debits a collection run makes, pure: for each open direct-debit invoice due by the
 * run's date, the client's active mandate (the most recent one signed), the sequence (FRST until
 * the mandate's first debit is in a generated file, RCUR after) and the collection date. Art. 10.1
 * of the terms allows payment by "prélèvement automatique"; the delays are terms parameters
 * (ADR 0019): the debtor is pre-notified `sepaPreNotificationDays` calendar days before the
 * collection, and the bank has the file `sepaCore/B2bLeadBusinessDays` TARGET days before it. So
 * the collection date is the invoice's due date, or the first TARGET day both delays allow when
 * the due date comes earlier. An invoice without a usable mandate is skipped and listed, never put
 * in a file.
 */
import { addDays, maxDate, type CivilDate } from '../../kernel/dates.ts';
import { validateBic, validateIban } from '../../kernel/identifiers.ts';
import type { TermsParameters } from '../../terms/index.ts';
import { sepaIdProblem, type MandateAmendment, type SepaScheme, type SequenceType } from './pain008.ts';
import { addTargetDays, onOrAfterTargetDay } from './target-calendar.ts';

export interface PlanInvoice {
  id: string;
  number: string | null;
  issueDate: string;
  dueDate: string;
  openCents: number;
  clientId: string;
  clientName: string;
  paymentMethod: string;
}

export interface PlanMandate {
  id: string;
  clientId: string;
  reference: string;
  scheme: SepaScheme;
  signedOn: string;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  status: 'active' | 'revoked';
  firstUsedOn: string | null;
  /** Amended since its last collection (pendingAmendment): flagged on its next one. */
  amendment?: MandateAmendment | null;
}

export interface PlannedDebit {
  invoiceId: string;
  number: string;
  issueDate: string;
  dueDate: string;
  clientId: string;
  mandateId: string;
  mandateReference: string;
  mandateSignedOn: string;
  scheme: SepaScheme;
  sequence: SequenceType;
  collectionDate: string;
  amountCents: number;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  amendment: MandateAmendment | null;
}

export interface SkippedInvoice {
  invoiceId: string;
  number: string | null;
  clientId: string;
  clientName: string;
  reason: string;
  reasonFr: string;
}

export interface CollectionPlan {
  debits: PlannedDebit[];
  skipped: SkippedInvoice[];
  /** The earliest collection date the delays allow for each scheme, from `today`. */
  earliest: Record<SepaScheme, string>;
}

export type SepaDelays = Pick<
  TermsParameters,
  'sepaPreNotificationDays' | 'sepaCoreLeadBusinessDays' | 'sepaB2bLeadBusinessDays'
>;

/** The first collection date both delays allow when the run is generated on `today`. */
export function earliestCollectionDate(today: CivilDate, scheme: SepaScheme, delays: SepaDelays): CivilDate {
  const lead = scheme === 'CORE' ? delays.sepaCoreLeadBusinessDays : delays.sepaB2bLeadBusinessDays;
  return onOrAfterTargetDay(maxDate(addDays(today, delays.sepaPreNotificationDays), addTargetDays(today, lead)));
}

export function planCollection(
  today: CivilDate,
  delays: SepaDelays,
  invoices: readonly PlanInvoice[],
  mandates: readonly PlanMandate[],
): CollectionPlan {
  const earliest = {
    CORE: earliestCollectionDate(today, 'CORE', delays),
    B2B: earliestCollectionDate(today, 'B2B', delays),
  };
  const byClient = new Map<string, PlanMandate>();
  for (const m of mandates) {
    if (m.status !== 'active') continue;
    const current = byClient.get(m.clientId);
    if (!current || m.signedOn > current.signedOn) byClient.set(m.clientId, m);
  }
  const debits: PlannedDebit[] = [];
  const skipped: SkippedInvoice[] = [];
  for (const inv of invoices) {
    const m = byClient.get(inv.clientId);
    const skip = (reason: string, reasonFr: string) =>
      skipped.push({
        invoiceId: inv.id,
        number: inv.number,
        clientId: inv.clientId,
        clientName: inv.clientName,
        reason,
        reasonFr,
      });
    if (inv.paymentMethod !== 'direct-debit') {
      skip('the client no longer pays by direct debit', 'le client ne règle plus par prélèvement');
      continue;
    }
    if (!m) {
      skip('no active SEPA mandate for the client', 'aucun mandat SEPA actif pour le client');
      continue;
    }
    if (sepaIdProblem(m.reference)) {
      skip('the mandate reference (RUM) breaks the EPC rules', 'la RUM du mandat ne respecte pas les règles EPC');
      continue;
    }
    if (!validateIban(m.debtorIban).ok) {
      skip('invalid IBAN on the mandate', 'IBAN du mandat invalide');
      continue;
    }
    if (m.debtorBic && !validateBic(m.debtorBic).ok) {
      skip('invalid BIC on the mandate', 'BIC du mandat invalide');
      continue;
    }
    if (!inv.number || sepaIdProblem(inv.number)) {
      skip('the invoice number cannot serve as end-to-end id', 'le numéro de facture ne peut servir de référence');
      continue;
    }
    const collectionDate = onOrAfterTargetDay(maxDate(inv.dueDate as CivilDate, earliest[m.scheme]));
    debits.push({
      invoiceId: inv.id,
      number: inv.number,
      issueDate: inv.issueDate,
      dueDate: inv.dueDate,
      clientId: inv.clientId,
      mandateId: m.id,
      mandateReference: m.reference,
      mandateSignedOn: m.signedOn,
      scheme: m.scheme,
      // The debtor's account moved to another bank since the last collection: FRST again (SMNDA).
      sequence: m.firstUsedOn && !m.amendment?.otherBank ? 'RCUR' : 'FRST',
      collectionDate,
      amountCents: inv.openCents,
      debtorName: m.debtorName,
      debtorIban: m.debtorIban,
      debtorBic: m.debtorBic,
      amendment: m.amendment ?? null,
    });
  }
  // A mandate never used: its debits on its first collection date of the run are FRST (they go
  // in the same file), those of later dates RCUR.
  const firstDate = new Map<string, string>();
  for (const d of debits)
    if (d.sequence === 'FRST') {
      const f = firstDate.get(d.mandateId);
      if (!f || d.collectionDate < f) firstDate.set(d.mandateId, d.collectionDate);
    }
  for (const d of debits)
    if (d.sequence === 'FRST' && d.collectionDate > firstDate.get(d.mandateId)!) d.sequence = 'RCUR';
  // An amendment is flagged on the mandate's first collection date after it, not on later ones.
  const earliestOf = new Map<string, string>();
  for (const d of debits) {
    const e = earliestOf.get(d.mandateId);
    if (!e || d.collectionDate < e) earliestOf.set(d.mandateId, d.collectionDate);
  }
  for (const d of debits) if (d.collectionDate > earliestOf.get(d.mandateId)!) d.amendment = null;
  return { debits, skipped, earliest };
}

/**
 * Length of the bank identifier at the start of the BBAN, for the countries whose IBAN holds one
 * of another length than 4 (ECBS IBAN registry); it tells whether a new IBAN is at another bank.
 */
const BANK_CODE_LENGTH: Record<string, number> = {
  FR: 5,
  MC: 5,
  DE: 8,
  AT: 5,
  CH: 5,
  LI: 5,
  BE: 3,
  LU: 3,
  IT: 6,
  SM: 6,
};

/** The bank part of an IBAN: country and bank identifier ('FR76 30004 …' → 'FR30004'). */
export function bankOfIban(iban: string): string {
  const country = iban.slice(0, 2);
  return country + iban.slice(4, 4 + (BANK_CODE_LENGTH[country] ?? 4));
}

/**
 * What the next collection must flag of the amendments made since the mandate's last collection
 * (in version order; EPC rulebook AT-24): the reference and the IBAN it had before the first of
 * them, and whether the debtor's bank changed (another bank code in the IBAN, or another BIC —
 * its first 8 characters name the institution). None when nothing the file carries changed.
 */
export function pendingAmendment(
  since: ReadonlyArray<{ before: Record<string, unknown> }>,
  current: { reference: string; debtorIban: string; debtorBic: string | null },
): MandateAmendment | null {
  const original: Record<string, unknown> = {};
  for (const a of since) for (const [k, v] of Object.entries(a.before)) if (!(k in original)) original[k] = v;
  const ref =
    typeof original.reference === 'string' && original.reference !== current.reference ? original.reference : null;
  const iban =
    typeof original.debtorIban === 'string' && original.debtorIban !== current.debtorIban ? original.debtorIban : null;
  const oldBic = typeof original.debtorBic === 'string' ? original.debtorBic : null;
  const otherBank =
    (iban !== null && bankOfIban(iban) !== bankOfIban(current.debtorIban)) ||
    (oldBic !== null && current.debtorBic !== null && oldBic.slice(0, 8) !== current.debtorBic.slice(0, 8));
  if (!ref && !iban && !otherBank) return null;
  return { originalReference: ref, originalDebtorIban: iban, otherBank };
}

/** The debits grouped into files: one per scheme and collection date, in date order. */
export function filesOf(debits: readonly PlannedDebit[]): Array<{
  scheme: SepaScheme;
  collectionDate: string;
  debits: PlannedDebit[];
}> {
  const groups = new Map<string, { scheme: SepaScheme; collectionDate: string; debits: PlannedDebit[] }>();
  for (const d of debits) {
    const key = `${d.collectionDate}/${d.scheme}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scheme: d.scheme, collectionDate: d.collectionDate, debits: [] }));
    g.debits.push(d);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g);
}
