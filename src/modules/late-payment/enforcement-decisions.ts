/**
 * The decisions of art. 10.3 beyond interest: acceleration of the invoices not yet due, prepayment
 * before any delivery, cancellation of orders in progress. Pure builders: each decision cites the
 * article and the terms version and names the overdue invoice that grounds it, in French and
 * English, like every rule of the catalogue.
 */
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision, type Decision } from '../../kernel/decision.ts';
import { formatEurosEn, formatEurosFr } from '../../kernel/money.ts';

export const ARTICLE = '10.3';

export interface OverdueRef {
  id: string;
  number: string | null;
  due_date: string | null;
}

const num = (n: string | null) => n ?? '(sans numéro)';
const dFr = (d: string | null) => (d ? formatDateFr(d) : '?');
const dEn = (d: string | null) => (d ? formatDateEn(d) : '?');

/** At most this many invoices are named in an explanation; the decision's fields list them all. */
const NAMED = 5;

/** Overdue invoices as a short list: "F-2026-0000001 (échue le 1er mars 2026)", "… et 3 autres". */
function listFr(overdue: readonly OverdueRef[]): string {
  const named = overdue.slice(0, NAMED).map((o) => `${num(o.number)} (échue le ${dFr(o.due_date)})`).join(', ');
  return overdue.length > NAMED ? `${named} et ${overdue.length - NAMED} autre(s)` : named;
}
function listEn(overdue: readonly OverdueRef[]): string {
  const named = overdue.slice(0, NAMED).map((o) => `${num(o.number)} (due on ${dEn(o.due_date)})`).join(', ');
  return overdue.length > NAMED ? `${named} and ${overdue.length - NAMED} more` : named;
}

/** Rule invoice.acceleration: a not-yet-due invoice becomes payable at once (art. 10.3, 3rd indent). */
export function accelerationDecision(target: { id: string; number: string | null; due_date: string | null }, overdue: OverdueRef, asOf: string, termsVersion: string): Decision {
  return makeDecision(
    {
      rule: 'invoice.acceleration',
      asOf,
      outcome: 'accelerated',
      citation: { article: ARTICLE, termsVersion },
      explanation: {
        fr: `Facture ${num(target.number)} (échéance du ${dFr(target.due_date)}) immédiatement exigible à compter du ${formatDateFr(asOf)} : la facture ${num(overdue.number)}, échue le ${dFr(overdue.due_date)}, reste impayée ; tout retard rend exigibles les factures non encore échues (art. ${ARTICLE}).`,
        en: `Invoice ${num(target.number)} (due on ${dEn(target.due_date)}) payable at once from ${formatDateEn(asOf)}: invoice ${num(overdue.number)}, due on ${dEn(overdue.due_date)}, is still unpaid; any delay makes the invoices not yet due payable at once (art. ${ARTICLE}).`,
      },
      parameters: {},
    },
    { invoiceId: target.id, invoiceNumber: target.number, originalDueDate: target.due_date, payableFrom: asOf, overdueInvoice: { id: overdue.id, number: overdue.number, dueDate: overdue.due_date } },
  );
}

/** Rule client.prepayment: orders already accepted are delivered only after payment (art. 10.3, 4th indent). */
export function prepaymentDecision(client: { id: string; legal_name: string; financial_status: string }, overdue: readonly OverdueRef[], asOf: string, termsVersion: string): Decision {
  return makeDecision(
    {
      rule: 'client.prepayment',
      asOf,
      outcome: 'prepayment-required',
      citation: { article: ARTICLE, termsVersion },
      explanation: {
        fr: `${client.legal_name} : paiement préalable exigé avant toute livraison des commandes déjà acceptées, à compter du ${formatDateFr(asOf)}, en raison de factures échues impayées : ${listFr(overdue)} (art. ${ARTICLE}).`,
        en: `${client.legal_name}: payment required before any delivery of orders already accepted, from ${formatDateEn(asOf)}, because of overdue unpaid invoices: ${listEn(overdue)} (art. ${ARTICLE}).`,
      },
      parameters: {},
    },
    { clientId: client.id, from: client.financial_status, to: 'prepayment-required', overdueInvoices: overdue.map((o) => ({ id: o.id, number: o.number, dueDate: o.due_date })) },
  );
}

/** Rule client.prepayment refusing to lift the prepayment while an invoice is overdue. */
export function prepaymentReleaseRefusedDecision(client: { id: string; legal_name: string }, overdue: readonly OverdueRef[], asOf: string, termsVersion: string): Decision {
  return makeDecision(
    {
      rule: 'client.prepayment',
      asOf,
      outcome: 'release-refused',
      citation: { article: ARTICLE, termsVersion },
      explanation: {
        fr: `${client.legal_name} a encore des factures échues impayées (${listFr(overdue)}) : le paiement préalable avant livraison reste exigé tant qu'elles ne sont pas réglées (art. ${ARTICLE}).`,
        en: `${client.legal_name} still has overdue unpaid invoices (${listEn(overdue)}): payment before delivery stays required until they are paid (art. ${ARTICLE}).`,
      },
      parameters: {},
    },
    { clientId: client.id, overdueInvoices: overdue.map((o) => ({ id: o.id, number: o.number, dueDate: o.due_date })) },
  );
}

/** Rule contract.cancellation-for-non-payment: ALLEO's decision to cancel an order in progress. */
export function cancellationDecision(
  contract: { id: string; number: string },
  overdue: readonly (OverdueRef & { openCents: number })[],
  decidedBy: { id: string; name: string },
  reason: string,
  asOf: string,
  termsVersion: string,
): Decision {
  const open = overdue.reduce((s, o) => s + o.openCents, 0);
  return makeDecision(
    {
      rule: 'contract.cancellation-for-non-payment',
      asOf,
      outcome: 'cancelled',
      citation: { article: ARTICLE, termsVersion },
      explanation: {
        fr: `Commande en cours du contrat ${contract.number} annulée le ${formatDateFr(asOf)} par ${decidedBy.name} pour défaut de paiement : factures échues impayées ${listFr(overdue)}, ${formatEurosFr(open)} restant dus (art. ${ARTICLE}, faculté d'annuler les commandes en cours). Motif : ${reason}`,
        en: `Order in progress under contract ${contract.number} cancelled on ${formatDateEn(asOf)} by ${decidedBy.name} for non-payment: overdue unpaid invoices ${listEn(overdue)}, ${formatEurosEn(open)} outstanding (art. ${ARTICLE}, right to cancel orders in progress). Reason: ${reason}`,
      },
      parameters: {},
    },
    { contractId: contract.id, contractNumber: contract.number, reason, decidedBy, overdueInvoices: overdue.map((o) => ({ id: o.id, number: o.number, dueDate: o.due_date, openCents: o.openCents })) },
  );
}

/** Rule contract.cancellation-for-non-payment refusing: nothing is overdue. */
export function cancellationRefusedDecision(contract: { id: string; number: string }, asOf: string, termsVersion: string): Decision {
  return makeDecision(
    {
      rule: 'contract.cancellation-for-non-payment',
      asOf,
      outcome: 'refused',
      citation: { article: ARTICLE, termsVersion },
      explanation: {
        fr: `Annulation du contrat ${contract.number} pour défaut de paiement refusée : le client n'a aucune facture échue impayée au ${formatDateFr(asOf)} (art. ${ARTICLE}).`,
        en: `Cancellation of contract ${contract.number} for non-payment refused: the client has no overdue unpaid invoice on ${formatDateEn(asOf)} (art. ${ARTICLE}).`,
      },
      parameters: {},
    },
    { contractId: contract.id, contractNumber: contract.number },
  );
}
