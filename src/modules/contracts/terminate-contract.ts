/**
 * Termination of a contract (art. 15.2, 16.1): a decision of accounting or an administrator,
 * never automatic. For a breach, only once rule termination.formal-notice opens it (the formal
 * notice's AR + 31 days); an incurable breach or an adverse change in the client's financial
 * situation without notice (the reason recorded); after 60 days of force majeure (rule
 * force-majeure) without indemnity. On termination: the contract ends at its effective date (the
 * rent billing run bills up to the day before), undelivered orders are released (status), the
 * rent already invoiced beyond the effective date is listed for refund unless the termination is
 * the client's fault (the choice and its reason recorded) and, when the choice is a credit note,
 * one draft credit note per invoice is drafted for it in the same transaction (the letter names
 * them; accounting issues them, as for a return, art. 12), the letter is kept in
 * the evidence log, and rentals go to the return flow of art. 15.3: the registered termination
 * effects (termination-effects.ts; the equipment module gives the rented units still out a return
 * due date on the effective date) run in the same transaction, and staff are told.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { daysBetween, formatDateEn, formatDateFr, maxDate } from '../../kernel/dates.ts';
import { makeDecision, type Decision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { MoneyDecimal, roundCents } from '../../kernel/money.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { changeStatusWithin, checkTransition } from './contract-status.ts';
import * as contractsRepo from './contracts.repo.ts';
import { eventDecision } from './force-majeure.ts';
import { noticeDecision } from './formal-notices.ts';
import { letterParties, terminationLetter } from './lifecycle-letters.ts';
import { draftTerminationCredits } from './termination-credit-notes.ts';
import { runTerminationEffects } from './termination-effects.ts';
import * as repo from './lifecycle.repo.ts';
import type { TerminationBody } from './lifecycle.schemas.ts';
import { visibleContract } from './read-contracts.ts';

const missing = (path: string) =>
  new AppError('request.invalid', {
    errors: [{ path, message: 'required for this ground', fr: 'obligatoire pour ce motif' }],
  });

function notYet(terminableFrom: string, decision: Decision) {
  return new AppError('contract.not_terminable_yet', {
    detail: `Termination possible from ${terminableFrom}: ${decision.explanation.en}`,
    extra: { terminableFrom, decision },
  });
}

type Contract = Awaited<ReturnType<typeof visibleContract>>;

/** The decision that opens the termination, or a refusal (409 with the date). */
async function groundDecision(
  ctx: AppContext,
  actor: Actor,
  contract: Contract,
  input: TerminationBody,
  today: string,
  effectiveOn: string,
): Promise<{ decision: Decision; article: string; effectKey: string }> {
  const terms = await publishedTerms(ctx, actor.orgId, contract.terms_version);
  if (input.ground === 'breach' || input.ground === 'incurable-breach') {
    if (input.ground === 'breach' && !input.formalNoticeId) throw missing('formalNoticeId');
    const notice = input.formalNoticeId
      ? await repo.findNotice(ctx.db, actor.orgId, contract.id, input.formalNoticeId)
      : undefined;
    if (input.formalNoticeId && !notice) throw new AppError('contract.notice_not_found');
    let decision: Decision;
    if (input.ground === 'breach') {
      const receivedOn = notice!.received_on;
      if (receivedOn === null) throw new AppError('contract.notice_without_receipt');
      decision = await noticeDecision(
        ctx,
        actor.orgId,
        contract.terms_version,
        { received_on: receivedOn, cured_on: notice!.cured_on, curable: notice!.curable },
        today,
      );
    } else {
      // Without notice: the breach cannot be remedied; the date is the notice's AR, or today.
      decision = evaluate(
        'termination.formal-notice',
        { noticeReceivedOn: notice?.received_on ?? today, curable: false },
        { asOf: today, terms },
      );
    }
    const terminableFrom = decision.terminableFrom as string;
    if (decision.outcome === 'cured')
      throw new AppError('contract.breach_cured', { detail: decision.explanation.en, extra: { decision } });
    if (decision.outcome !== 'terminable') throw notYet(terminableFrom, decision);
    if (effectiveOn < terminableFrom) throw notYet(terminableFrom, decision);
    return { decision, article: '15.2', effectKey: `termination.formal-notice:contract:${contract.id}:terminated` };
  }
  if (input.ground === 'force-majeure') {
    if (!input.forceMajeureEventId) throw missing('forceMajeureEventId');
    const event = await repo.findEvent(ctx.db, actor.orgId, input.forceMajeureEventId);
    const linked = event ? await repo.contractsOfEvent(ctx.db, actor.orgId, event.id) : [];
    if (!event || !linked.includes(contract.id)) throw new AppError('force_majeure.not_found');
    if (input.clientFault)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: 'clientFault',
            message: 'a termination for force majeure is nobody’s fault (art. 16.1)',
            fr: 'une résiliation pour force majeure n’est la faute de personne (art. 16.1)',
          },
        ],
      });
    const decision = await eventDecision(ctx, actor.orgId, event, today);
    const terminableFrom = decision.terminableFrom as string;
    const open =
      decision.outcome === 'terminable' || (decision.outcome === 'ended' && event.end_date! >= terminableFrom);
    if (!open || effectiveOn < terminableFrom) throw notYet(terminableFrom, decision);
    return { decision, article: '16.1', effectKey: `force-majeure:${event.id}:contract:${contract.id}:terminated` };
  }
  // An adverse change in the client's financial situation (art. 15.2): no period, a recorded reason.
  const decision = makeDecision(
    {
      rule: 'termination.financial-situation',
      asOf: today,
      outcome: 'terminable',
      citation: { article: '15.2', termsVersion: contract.terms_version },
      explanation: {
        fr: `Modification défavorable de la situation financière du client : résiliation possible sans délai (${input.reason}).`,
        en: `Adverse change in the client's financial situation: termination possible without delay (${input.reason}).`,
      },
      parameters: {},
    },
    { terminableFrom: today },
  );
  return { decision, article: '15.2', effectKey: `termination.financial-situation:contract:${contract.id}` };
}

/** Rent invoiced for days on or after the effective date: what was paid for nothing (pure). */
export function refundItems(
  lines: Awaited<ReturnType<typeof repo.rentLinesFrom>>,
  effectiveOn: string,
): Array<{
  invoiceId: string;
  invoiceNumber: string | null;
  invoiceLineId: string;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  daysNotExecuted: number;
  netCents: number;
  /** The draft credit note refunding it (set by the termination when the choice is a credit note). */
  creditNoteId: string | null;
}> {
  return lines
    .filter((l) => l.period_end !== null && l.period_start !== null)
    .map((l) => {
      const lineDays = daysBetween(l.period_start!, l.period_end!) + 1;
      const daysNotExecuted = daysBetween(maxDate(effectiveOn, l.period_start!), l.period_end!) + 1;
      return {
        invoiceId: l.invoice_id,
        invoiceNumber: l.number,
        invoiceLineId: l.line_id,
        label: l.label,
        periodStart: l.period_start,
        periodEnd: l.period_end,
        daysNotExecuted,
        netCents: roundCents(new MoneyDecimal(Number(l.net_cents)).times(daysNotExecuted).dividedBy(lineDays)),
        creditNoteId: null as string | null,
      };
    })
    .filter((i) => i.daysNotExecuted > 0);
}

export function toTerminationOut(t: NonNullable<Awaited<ReturnType<typeof repo.terminationOf>>>) {
  return {
    id: t.id,
    ground: t.ground,
    formalNoticeId: t.formal_notice_id,
    forceMajeureEventId: t.force_majeure_event_id,
    effectiveOn: t.effective_on,
    reason: t.reason,
    clientFault: Number(t.client_fault) === 1,
    refundChoice: t.refund_choice,
    refundReason: t.refund_reason,
    // Terminations recorded before credit notes were drafted have no creditNoteId.
    refundItems: (JSON.parse(t.refund_json) as ReturnType<typeof refundItems>).map((i) => ({
      ...i,
      creditNoteId: i.creditNoteId ?? null,
    })),
    refundCents: Number(t.refund_cents),
    letterSha256: t.letter_sha256,
    decidedBy: t.decided_by,
    decidedAt: t.decided_at,
  };
}

/** Each ground in words, for the status change's reason and the letter. */
const GROUND: Record<TerminationBody['ground'], { fr: string; en: string }> = {
  breach: {
    fr: 'mise en demeure restée sans effet pendant le délai de 30 jours (art. 15.2)',
    en: 'formal notice left without effect for the 30-day period (art. 15.2)',
  },
  'incurable-breach': {
    fr: 'manquement impossible à réparer (art. 15.2)',
    en: 'breach that cannot be remedied (art. 15.2)',
  },
  'financial-situation': {
    fr: 'modification défavorable de la situation financière (art. 15.2)',
    en: "adverse change in the client's financial situation (art. 15.2)",
  },
  'force-majeure': {
    fr: 'force majeure de plus de 60 jours, sans indemnité de part et d’autre (art. 16.1)',
    en: 'force majeure lasting over 60 days, no indemnity either way (art. 16.1)',
  },
};

/** `POST /api/contracts/:id/terminate`. */
export async function terminateContract(ctx: AppContext, actor: Actor, contractId: string, input: TerminationBody) {
  const contract = await visibleContract(ctx, actor, contractId);
  const today = parisDate(ctx.now());
  const effectiveOn = input.effectiveOn ?? today;
  if (effectiveOn < contract.effective_date)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'effectiveOn',
          message: `must not be before the contract's effective date ${contract.effective_date}`,
          fr: `ne peut pas précéder la date d'effet du contrat ${contract.effective_date}`,
        },
      ],
    });
  // A second termination, or one of a cancelled or ended contract: 409 naming the status.
  checkTransition(contract.number, contract.status, 'terminated');
  // Art. 15.2: sums paid for orders not executed are refunded "sauf lorsque la résolution est
  // motivée par une faute du Client" — no credit note for a termination for the client's fault.
  if (input.clientFault && input.refund.choice === 'credit-note')
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'refund.choice',
          message: 'no refund when the termination is the client’s fault (art. 15.2)',
          fr: 'aucun remboursement lorsque la résiliation est motivée par une faute du client (art. 15.2)',
        },
      ],
    });
  const { decision, article, effectKey } = await groundDecision(ctx, actor, contract, input, today, effectiveOn);
  const [parties, lines] = await Promise.all([
    letterParties(ctx, actor.orgId, contract.client_id),
    contractsRepo.linesOf(ctx.db, contract.id),
  ]);
  const rental = lines.some((l) => l.kind === 'rental');
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await changeStatusWithin(trx, ctx.dialect, {
      orgId: actor.orgId,
      contractId: contract.id,
      to: 'terminated',
      effectiveOn,
      asOf: today,
      article,
      termsVersion: contract.terms_version,
      reason: {
        fr: `${GROUND[input.ground].fr} — ${input.reason}`,
        en: `${GROUND[input.ground].en} — ${input.reason}`,
      },
      actor: actor.userId,
      at,
      fields: { ground: input.ground, terminableFrom: decision.terminableFrom, clientFault: input.clientFault },
    });
    // Read after the lock: a rent invoice a concurrent billing run committed first is listed too,
    // and its part from the effective date credited below (nothing billed for a terminated period).
    const rentLines = await repo.rentLinesFrom(trx, actor.orgId, contract.id, effectiveOn);
    const items = refundItems(rentLines, effectiveOn);
    const refundCents = input.refund.choice === 'credit-note' ? items.reduce((s, i) => s + i.netCents, 0) : 0;
    const credits =
      input.refund.choice === 'credit-note'
        ? await draftTerminationCredits(
            trx,
            ctx,
            actor,
            { contractNumber: contract.number, effectiveOn, article, refundReason: input.refund.reason },
            items,
            rentLines,
          )
        : [];
    const document = await terminationLetter(parties, contract, {
      date: today,
      effectiveOn,
      article,
      groundFr: `${GROUND[input.ground].fr} — ${input.reason}`,
      refundChoice: input.refund.choice,
      refundReason: input.refund.reason,
      refundCents,
      credits,
      rental,
      signatory: input.signatoryName,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.issued',
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      actor: actor.userId,
      at,
      document,
    });
    await repo.insertTermination(trx, {
      id,
      org_id: actor.orgId,
      contract_id: contract.id,
      ground: input.ground,
      formal_notice_id: input.formalNoticeId ?? null,
      force_majeure_event_id: input.forceMajeureEventId ?? null,
      effective_on: effectiveOn,
      reason: input.reason,
      client_fault: input.clientFault ? 1 : 0,
      refund_choice: input.refund.choice,
      refund_reason: input.refund.reason,
      refund_json: JSON.stringify(items),
      refund_cents: refundCents,
      letter_sha256: sha256OfBytes(document.bytes),
      decided_by: actor.userId,
      decided_at: at,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey,
      actor: actor.userId,
      at,
    });
    const effects = await runTerminationEffects(trx, ctx.dialect, {
      orgId: actor.orgId,
      contractId: contract.id,
      effectiveOn,
      asOf: today,
      actor: actor.userId,
      at,
    });
    if (rental)
      await notifyStaff(trx, ctx, {
        orgId: actor.orgId,
        kind: 'contract.equipment-return',
        objectType: 'contract',
        objectId: contract.id,
        fr: `Contrat ${contract.number} résilié au ${formatDateFr(effectiveOn)} : organiser la restitution du matériel loué (art. 15.3).${effects.map((n) => ` ${n.fr}`).join('')}`,
        en: `Contract ${contract.number} terminated from ${formatDateEn(effectiveOn)}: arrange the return of the rented equipment (art. 15.3).${effects.map((n) => ` ${n.en}`).join('')}`,
        at,
      });
  });
  return { termination: toTerminationOut((await repo.terminationOf(ctx.db, actor.orgId, contract.id))!), decision };
}

/** The termination letter PDF, as stored in the evidence log. */
export async function terminationOfContract(ctx: AppContext, actor: Actor, contractId: string) {
  const contract = await visibleContract(ctx, actor, contractId);
  const t = await repo.terminationOf(ctx.db, actor.orgId, contract.id);
  return t ? toTerminationOut(t) : null;
}
