/**
 * What art. 10.3 allows now against a client late in paying, each measure with its citation, and
 * ALLEO's decision to cancel an order in progress for non-payment — a recorded decision with who
 * took it, never automatic, refused while nothing is overdue.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { daysBetween, formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import type { Bilingual, Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { formatWholeEurosEn, formatWholeEurosFr } from '../../kernel/money.ts';
import type { Actor } from '../auth/index.ts';
import { FINANCIAL_STATUS_WORDS } from '../clients/index.ts';
import { changeStatusWithin } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { ARTICLE, cancellationDecision } from './enforcement-decisions.ts';
import { evaluateLate, paymentsByInvoice, termsResolver } from './late-facts.ts';
import * as repo from './late-payment.repo.ts';

const cancelKey = (contractId: string) => `contract.cancellation-for-non-payment:${contractId}`;

// Whole euros without cents, as the terms state them: 4000 → "40 €" / "EUR 40".
const eurosFr = formatWholeEurosFr;
const eurosEn = formatWholeEurosEn;

const openOf = (r: { gross_cents: number; paid_cents: number; credited_cents: number }) =>
  Math.max(0, Number(r.gross_cents) - Number(r.paid_cents) - Number(r.credited_cents));

export interface Measure {
  measure: 'late-interest' | 'recovery-indemnity' | 'acceleration' | 'prepayment' | 'order-cancellation';
  citation: { article: string; termsVersion: string };
  /** The terms allow it now (something is overdue). */
  available: boolean;
  /** Already in effect (acceleration applied, prepayment required…). */
  done: boolean;
  explanation: Bilingual;
}

/** `GET /api/clients/:id/enforcement`. */
export async function clientEnforcement(ctx: AppContext, actor: Actor, clientId: string) {
  const today = parisDate(ctx.now());
  const client = await repo.findClientRow(ctx.db, actor.orgId, clientId);
  if (!client) throw new AppError('client.not_found');
  const terms = await termsInForce(ctx, actor.orgId, today);
  const cite = { article: ARTICLE, termsVersion: terms.version };
  const [overdueRows, notDue, contracts] = await Promise.all([
    repo.overdueInvoicesOf(ctx.db, actor.orgId, clientId, today),
    repo.notYetDueInvoicesOf(ctx.db, actor.orgId, clientId, today),
    repo.contractsOf(ctx.db, actor.orgId, clientId),
  ]);
  // Interest and indemnity as of today, by the rule itself (the stored figures date from the last sweep).
  const ecbRates = await loadEcbRates(ctx);
  const termsOf = termsResolver(ctx, actor.orgId, today);
  const payments = paymentsByInvoice(
    await repo.paymentsOfInvoices(
      ctx.db,
      actor.orgId,
      overdueRows.map((r) => r.id),
    ),
  );
  const overdue = [];
  for (const r of overdueRows) {
    const decision = evaluateLate({ ...r, public_buyer: client.public_buyer }, payments.get(r.id) ?? [], {
      asOf: today,
      terms: await termsOf(r.terms_version),
      ecbRates,
    });
    overdue.push({
      id: r.id,
      number: r.number,
      dueDate: r.due_date,
      daysLate: r.due_date ? daysBetween(r.due_date, today) : 0,
      openCents: openOf(r),
      interestCents: decision ? Number(decision.interestCents) : 0,
      indemnityCents: decision ? Number(decision.indemnityCents) : 0,
      explanation: decision?.explanation ?? null,
    });
  }
  const cancellations = new Map(
    (
      await repo.decisionsByKeys(
        ctx.db,
        actor.orgId,
        contracts.map((c) => cancelKey(c.id)),
      )
    ).map((d) => [d.object_id, d]),
  );
  const late = overdue.length > 0;
  const accelerated = notDue.filter((i) => i.accelerated_on !== null);
  // The margin and the indemnity of the terms version (public buyers: their own margin, R2192-31).
  const margin =
    client.public_buyer === 1 ? terms.parameters.publicBuyerMarginPoints : terms.parameters.lateInterestMarginPoints;
  const indemnityCents = terms.parameters.recoveryIndemnityCents;
  const oldest = overdue[0];
  const ground = oldest?.dueDate
    ? {
        fr: `facture ${oldest.number} échue le ${formatDateFr(oldest.dueDate)} impayée`,
        en: `invoice ${oldest.number} due on ${formatDateEn(oldest.dueDate)} unpaid`,
      }
    : { fr: 'aucune facture échue impayée', en: 'no overdue unpaid invoice' };
  const measures: Measure[] = [
    {
      measure: 'late-interest',
      citation: cite,
      available: late,
      done: late,
      explanation: {
        fr: `Pénalités de retard au taux BCE majoré de ${margin.replace('.', ',')} points, de plein droit sans mise en demeure (${ground.fr}).`,
        en: `Late interest at the ECB rate plus ${margin} points, by right without formal notice (${ground.en}).`,
      },
    },
    {
      measure: 'recovery-indemnity',
      citation: cite,
      available: late,
      done: late,
      explanation: {
        fr: `Indemnité forfaitaire de ${eurosFr(indemnityCents)} pour frais de recouvrement, une fois par facture en retard, réclamée par note de débit.`,
        en: `${eurosEn(indemnityCents)} flat recovery indemnity, once per late invoice, claimed by debit note.`,
      },
    },
    {
      measure: 'acceleration',
      citation: cite,
      available: late,
      done: late && accelerated.length === notDue.length,
      explanation: {
        fr: `Paiement immédiat des factures non encore échues : ${accelerated.length} sur ${notDue.length} rendues exigibles (${ground.fr}).`,
        en: `Immediate payment of the invoices not yet due: ${accelerated.length} of ${notDue.length} made payable (${ground.en}).`,
      },
    },
    {
      measure: 'prepayment',
      citation: cite,
      available: late,
      done: client.financial_status === 'prepayment-required',
      explanation: {
        fr: `Paiement avant toute livraison des commandes déjà acceptées (situation financière : ${FINANCIAL_STATUS_WORDS[client.financial_status].fr.toLowerCase()}).`,
        en: `Payment before any delivery of orders already accepted (financial status: ${FINANCIAL_STATUS_WORDS[client.financial_status].en.toLowerCase()}).`,
      },
    },
    {
      measure: 'order-cancellation',
      citation: cite,
      available: late,
      done: contracts.length > 0 && contracts.every((c) => cancellations.has(c.id)),
      explanation: {
        fr: "Faculté d'annuler les commandes en cours, sur décision d'ALLEO (jamais automatique), sans préjudice de dommages et intérêts ou de la résiliation.",
        en: "Right to cancel orders in progress, by ALLEO's decision (never automatic), without prejudice to damages or termination.",
      },
    },
  ];
  return {
    clientId,
    legalName: client.legal_name,
    asOf: today,
    financialStatus: client.financial_status,
    overdueInvoices: overdue,
    notYetDueInvoices: notDue.map((i) => ({
      id: i.id,
      number: i.number,
      dueDate: i.due_date,
      acceleratedOn: i.accelerated_on,
      openCents: openOf(i),
    })),
    contracts: contracts.map((c) => {
      const d = cancellations.get(c.id);
      return {
        id: c.id,
        number: c.number,
        status: c.status,
        cancelledForNonPayment: d ? { on: d.as_of, by: d.actor, at: d.created_at } : null,
        canCancel: late && !d,
      };
    }),
    measures,
  };
}

/** `POST /api/contracts/:id/cancel-for-non-payment`. */
export async function cancelForNonPayment(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  reason: string,
): Promise<{ decision: Decision; decidedBy: { id: string; name: string } }> {
  const today = parisDate(ctx.now());
  const contract = await repo.findContract(ctx.db, actor.orgId, contractId);
  if (!contract) throw new AppError('contract.not_found');
  const terms = await termsInForce(ctx, actor.orgId, today);
  const overdueRows = await repo.overdueInvoicesOf(ctx.db, actor.orgId, contract.client_id, today);
  const decidedBy = { id: actor.userId, name: actor.name };
  const overdue = overdueRows.map((r) => ({ id: r.id, number: r.number, due_date: r.due_date, openCents: openOf(r) }));
  const decision = cancellationDecision(contract, overdue, decidedBy, reason, today, terms);
  if (decision.outcome !== 'cancelled')
    throw new AppError('late_payment.nothing_overdue', { detail: decision.explanation.en, extra: { decision } });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const { recorded } = await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: cancelKey(contract.id),
      actor: actor.userId,
      at,
    });
    if (!recorded)
      throw new AppError('late_payment.already_cancelled', {
        detail: `Contract ${contract.number} was already cancelled for non-payment`,
      });
    // The contract is cancelled from today: never billed again, nothing more delivered (issue #12).
    // A contract already terminated, cancelled or ended: 409 naming its status, nothing written.
    await changeStatusWithin(trx, ctx.dialect, {
      orgId: actor.orgId,
      contractId: contract.id,
      to: 'cancelled',
      effectiveOn: today,
      asOf: today,
      article: ARTICLE,
      termsVersion: terms.version,
      reason: {
        fr: `commandes en cours annulées pour défaut de paiement (${reason}).`,
        en: `orders in progress cancelled for non-payment (${reason}).`,
      },
      actor: actor.userId,
      at,
    });
  });
  return { decision, decidedBy };
}
