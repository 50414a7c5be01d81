/**
 * The facts of rule invoice.late-payment (art. 10.3) for an issued invoice, built the same way
 * by the sweep, the debit notes, the dunning letters and the enforcement screen: total = gross −
 * credit notes, payments = recorded allocations dated when the funds reached ALLEO (R3), public
 * buyer from the client, the due date printed on the invoice.
 */
import type { AppContext } from '../../context.ts';
import type { Decision } from '../../kernel/decision.ts';
import { evaluate } from '../../rules/index.ts';
import type { EcbRate, TermsVersion } from '../../terms/index.ts';
import { publishedTerms, termsInForce } from '../terms-versions/index.ts';
import type { PaymentFact } from './late-payment.repo.ts';

export interface LateInvoice {
  issue_date: string | null;
  due_date: string | null;
  gross_cents: number;
  credited_cents: number;
  public_buyer: number;
}

/** The facts of the rule, or null when nothing is owed (fully credited) or dates are missing. */
export function lateFacts(inv: LateInvoice, payments: readonly { date: string; amountCents: number }[]) {
  const totalCents = Number(inv.gross_cents) - Number(inv.credited_cents);
  if (totalCents <= 0 || !inv.issue_date || !inv.due_date) return null;
  return {
    issueDate: inv.issue_date,
    dueDate: inv.due_date,
    totalCents,
    payments: payments as { date: string; amountCents: number }[],
    publicBuyer: inv.public_buyer === 1,
  };
}

/** Evaluates invoice.late-payment as of a date; null when nothing is owed on the invoice. */
export function evaluateLate(
  inv: LateInvoice,
  payments: readonly { date: string; amountCents: number }[],
  rc: { asOf: string; terms: TermsVersion; ecbRates: readonly EcbRate[] },
): Decision | null {
  const facts = lateFacts(inv, payments);
  if (!facts) return null;
  return evaluate('invoice.late-payment', facts, rc);
}

/** Payment facts grouped by invoice id. */
export function paymentsByInvoice(facts: readonly PaymentFact[]): Map<string, { date: string; amountCents: number }[]> {
  const out = new Map<string, { date: string; amountCents: number }[]>();
  for (const f of facts) {
    let list = out.get(f.invoice_id);
    if (!list) out.set(f.invoice_id, (list = []));
    list.push({ date: f.received_on, amountCents: f.amount_cents });
  }
  return out;
}

/**
 * The terms governing invoices, loaded once per version: an invoice pins the version it was
 * issued under; one without falls back to the version in force on `asOf`.
 */
export function termsResolver(
  ctx: AppContext,
  orgId: string,
  asOf: string,
): (version: string | null) => Promise<TermsVersion> {
  const cache = new Map<string, Promise<TermsVersion>>();
  return (version) => {
    const key = version ?? '\u0000in-force';
    let found = cache.get(key);
    if (!found) {
      found = version ? publishedTerms(ctx, orgId, version) : termsInForce(ctx, orgId, asOf);
      cache.set(key, found);
    }
    return found;
  };
}
