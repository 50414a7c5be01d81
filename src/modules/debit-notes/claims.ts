/**
 * What a debit note claims on one late invoice (art. 10.3; LEGAL.md R10, R11): the interest the
 * rule computed less what earlier debit notes already claimed, and the EUR 40 indemnity if it was
 * never claimed — once per invoice, so once per late rent instalment. Pure.
 */
import { addDays, formatDateFr } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import type { ClaimableInvoice } from './debit-notes.repo.ts';

export interface Claim {
  invoice: ClaimableInvoice;
  decision: Decision;
  /** The day interest stops being counted: the settling payment, or the day of the claim. */
  computedUntil: string;
  daysLate: number;
  /** Claimed now. */
  interestCents: number;
  indemnityCents: number;
  /** Claimed by earlier debit notes. */
  alreadyClaimedInterestCents: number;
}

/** The claim on an invoice given its late-payment decision, or null when nothing is left to claim. */
export function claimOf(invoice: ClaimableInvoice, decision: Decision): Claim | null {
  if (decision.outcome !== 'late' && decision.outcome !== 'paid-late') return null;
  const already = Number(invoice.interest_claimed_cents);
  const interestCents = Math.max(0, Number(decision.interestCents) - already);
  const indemnityCents = invoice.indemnity_claimed === 1 ? 0 : Number(decision.indemnityCents);
  if (interestCents === 0 && indemnityCents === 0) return null;
  const daysLate = Number(decision.daysLate);
  return {
    invoice,
    decision,
    computedUntil: addDays(String(decision.dueDate), daysLate),
    daysLate,
    interestCents,
    indemnityCents,
    alreadyClaimedInterestCents: already,
  };
}

/** The row's explanation printed on the debit note: the decision's own, its article, what was claimed before. */
export function claimExplanation(c: Claim): string {
  const before =
    c.alreadyClaimedInterestCents > 0
      ? ` Intérêts déjà réclamés : ${formatEurosFr(c.alreadyClaimedInterestCents)} ; réclamés ici : ${formatEurosFr(c.interestCents)}.`
      : '';
  const indemnity =
    c.indemnityCents === 0 && c.invoice.indemnity_claimed === 1 ? ' Indemnité forfaitaire déjà réclamée.' : '';
  return `${c.decision.explanation.fr}${before}${indemnity} (art. ${c.decision.citation.article} des CGV, version ${c.decision.citation.termsVersion} ; calcul au ${formatDateFr(c.decision.asOf)}).`;
}
