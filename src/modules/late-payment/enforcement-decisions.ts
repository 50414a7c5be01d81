/**
 * The decisions of art. 10.3 beyond interest — acceleration of the invoices not yet due,
 * prepayment before any delivery, cancellation of orders in progress — taken by the rules
 * invoice.acceleration, client.prepayment and contract.cancellation-for-non-payment of the
 * catalogue (src/rules). This file only turns invoice and client rows into the rules' facts.
 */
import type { Decision } from '../../kernel/decision.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';

export const ARTICLE = '10.3';

export interface OverdueRef {
  id: string;
  number: string | null;
  due_date: string | null;
}

/** An invoice row as the rules' `unpaidInvoices` fact (an invoice without due date is never overdue). */
function unpaidFact(r: OverdueRef): { id: string; number?: string; dueDate: string } | null {
  if (!r.due_date) return null;
  return { id: r.id, ...(r.number ? { number: r.number } : {}), dueDate: r.due_date };
}

function unpaidFacts(rows: readonly OverdueRef[]) {
  return rows.map(unpaidFact).filter((f) => f !== null);
}

/** Rule invoice.acceleration on one invoice not yet due, grounded on the client's oldest overdue invoice. */
export function accelerationDecision(
  target: { id: string; number: string | null; due_date: string | null },
  overdue: OverdueRef,
  asOf: string,
  terms: TermsVersion,
): Decision {
  const facts = {
    invoiceId: target.id,
    ...(target.number ? { invoiceNumber: target.number } : {}),
    dueDate: target.due_date!,
    unpaidInvoices: unpaidFacts([overdue]),
  };
  return evaluate('invoice.acceleration', facts, { asOf, terms });
}

/** Rule client.prepayment: required (the sweep) or, with `releaseRequested`, whether it may be lifted. */
export function prepaymentDecision(
  client: { id: string; legal_name: string; financial_status: 'normal' | 'watch' | 'prepayment-required' },
  overdue: readonly OverdueRef[],
  asOf: string,
  terms: TermsVersion,
  releaseRequested = false,
): Decision {
  const facts = {
    clientId: client.id,
    legalName: client.legal_name,
    financialStatus: client.financial_status,
    unpaidInvoices: unpaidFacts(overdue),
    ...(releaseRequested ? { releaseRequested } : {}),
  };
  return evaluate('client.prepayment', facts, { asOf, terms });
}

/** Rule contract.cancellation-for-non-payment: ALLEO's decision to cancel an order in progress, refused while nothing is overdue. */
export function cancellationDecision(
  contract: { id: string; number: string },
  overdue: readonly (OverdueRef & { openCents: number })[],
  decidedBy: { id: string; name: string },
  reason: string,
  asOf: string,
  terms: TermsVersion,
): Decision {
  const unpaidInvoices = overdue.flatMap((o) => {
    const f = unpaidFact(o);
    return f ? [{ ...f, openCents: o.openCents }] : [];
  });
  const facts = {
    contractId: contract.id,
    contractNumber: contract.number,
    unpaidInvoices,
    decidedById: decidedBy.id,
    decidedByName: decidedBy.name,
    reason,
  };
  return evaluate('contract.cancellation-for-non-payment', facts, { asOf, terms });
}
