/**
 * Sweep step (art. 10.1, 10.3, 15.2), after invoice.late-payment: for each overdue unsettled
 * invoice, the most advanced step of the dunning ladder reached (due date + its days) beyond the
 * last one done produces its document — a reminder email through the outbox, a reminder letter, or the formal notice by
 * registered letter — stored in the evidence log ('mail.queued' for an email, whose action takes the delivery date
 * once delivered; 'document.sent' for a letter) and recorded as a dunning
 * action (unique per invoice and step, so each step happens once). A formal notice also records a
 * termination.formal-notice decision with the notice date and the cure deadline (notice + 30
 * days), from which termination for breach can later start. One transaction per invoice.
 */
import type { AppContext, SweepStep } from '../../context.ts';
import {
  dunningParagraphs,
  dunningSubject,
  renderDunningLetterPdf,
  type DunningLetterDocument,
} from '../../documents/dunning-letter.ts';
import { PDF_MEDIA_TYPE } from '../../documents/index.ts';
import { appendEvidence, type EvidenceDocument } from '../../evidence/index.ts';
import { addDays, formatDateFr } from '../../kernel/dates.ts';
import type { Decision } from '../../kernel/decision.ts';
import { newId } from '../../kernel/ids.ts';
import { periodLastDay } from '../../kernel/periods.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import {
  evaluateLate,
  paymentsByInvoice,
  paymentsOfInvoices,
  termsResolver,
  type LateCursor,
} from '../late-payment/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { clientIdentity, sellerOf } from '../shared/index.ts';
import * as repo from './dunning.repo.ts';
import type { LadderStep } from './dunning.schemas.ts';
import { ensureLadder } from './ladder.ts';

const PAGE_SIZE = 500;
const SIGNATURE = { name: 'Service comptabilité' };

type Org = Awaited<ReturnType<typeof getOrganisation>>;
type Client = NonNullable<Awaited<ReturnType<typeof repo.findClient>>>;

/**
 * The step of the ladder to produce now: the most advanced one reached beyond the last step done.
 * The ladder only moves forward: when the sweep meets an invoice that has reached several steps at
 * once (dunning switched on for old invoices, a sweep stopped for days), the client receives the
 * one letter that fits the delay, not every reminder it missed.
 */
export function pendingSteps(
  ladder: readonly LadderStep[],
  dueDate: string,
  done: ReadonlySet<number>,
  asOf: string,
): LadderStep[] {
  const lastDone = Math.max(0, ...done);
  const reached = ladder.filter((s) => s.position > lastDone && addDays(dueDate, s.daysAfterDue) <= asOf);
  return reached.slice(-1);
}

export const dunningStep: SweepStep = {
  id: 'invoice.dunning',
  article: '10.3',
  title: {
    fr: 'Relances et mises en demeure des factures impayées',
    en: 'Reminders and formal notices of unpaid invoices',
  },
  async run(ctx, run) {
    const { orgId, asOf } = run;
    const ladder = await ensureLadder(ctx, orgId);
    if (ladder.length === 0) return { examined: 0, acted: 0 };
    const dueBy = addDays(asOf, -Math.min(...ladder.map((s) => s.daysAfterDue)));
    const org = await getOrganisation(ctx, orgId);
    const ecbRates = await loadEcbRates(ctx);
    const termsOf = termsResolver(ctx, orgId, asOf);
    const clients = new Map<string, Client | undefined>();
    let after: LateCursor | null = null;
    let examined = 0;
    let acted = 0;
    for (;;) {
      const page = await repo.overduePage(ctx.db, orgId, dueBy, after, PAGE_SIZE);
      if (page.length === 0) break;
      const last = page[page.length - 1]!;
      after = { dueDate: last.due_date!, id: last.id };
      const done = new Map<string, Set<number>>();
      const history = new Map<string, repo.DunningActionRow[]>();
      for (const a of await repo.actionsOf(
        ctx.db,
        orgId,
        page.map((i) => i.id),
      )) {
        const set = done.get(a.invoice_id) ?? new Set<number>();
        set.add(Number(a.step_position));
        done.set(a.invoice_id, set);
        history.set(a.invoice_id, [...(history.get(a.invoice_id) ?? []), a]);
      }
      const work = page
        .map((inv) => ({ inv, steps: pendingSteps(ladder, inv.due_date!, done.get(inv.id) ?? new Set(), asOf) }))
        .filter((w) => w.steps.length > 0);
      const payments = paymentsByInvoice(
        await paymentsOfInvoices(
          ctx.db,
          orgId,
          work.map((w) => w.inv.id),
        ),
      );
      for (const { inv, steps } of work) {
        const terms = await termsOf(inv.terms_version);
        const late = evaluateLate(inv, payments.get(inv.id) ?? [], { asOf, terms, ecbRates });
        if (!late || late.outcome !== 'late') continue;
        if (!clients.has(inv.client_id))
          clients.set(inv.client_id, await repo.findClient(ctx.db, orgId, inv.client_id));
        const client = clients.get(inv.client_id);
        if (!client) continue;
        const remindersSent = remindersSentOf(history.get(inv.id) ?? []);
        acted += await dunInvoice(ctx, {
          org,
          client,
          inv,
          steps,
          remindersSent,
          late,
          terms,
          asOf,
          beforeCommit: run.beforeCommit,
        });
      }
      examined += page.length;
      run.onTotal(examined);
      for (let i = 0; i < page.length; i++) run.onItem();
    }
    return { examined, acted };
  },
};

/**
 * The dates of the reminders actually sent for an invoice, oldest first: its dunning actions done
 * by letter, or by e-mail once a transport accepted it (a reminder still queued, failed or
 * cancelled was not sent; a formal notice is not a reminder). What the next letter may state.
 */
export function remindersSentOf(
  actions: readonly (Pick<repo.DunningActionRow, 'channel' | 'done_on' | 'step_position'> & {
    mail_status?: string | null;
  })[],
): string[] {
  return actions
    .filter(
      (a) =>
        a.channel !== 'formal-notice' && (a.channel !== 'email' || a.mail_status == null || a.mail_status === 'sent'),
    )
    .sort((a, b) =>
      a.done_on < b.done_on ? -1 : a.done_on > b.done_on ? 1 : Number(a.step_position) - Number(b.step_position),
    )
    .map((a) => a.done_on);
}

interface DunInput {
  org: Org;
  client: Client;
  inv: repo.DunningInvoice;
  steps: LadderStep[];
  /** The dates of the reminders sent before this sweep (remindersSentOf). */
  remindersSent: readonly string[];
  late: Decision;
  terms: TermsVersion;
  asOf: string;
  beforeCommit(): void;
}

/** Produces the pending steps of one invoice in one transaction; returns the number of steps done. */
async function dunInvoice(ctx: AppContext, d: DunInput): Promise<number> {
  const { org, client, inv, late, asOf } = d;
  const at = ctx.now().toISOString();
  const number = inv.number ?? inv.id;
  // What each letter may state: the reminders sent before it (earlier sweeps, then the steps
  // produced before it in this one), not the ladder position it reached.
  const sentBefore = new Map<number, readonly string[]>();
  let sent = d.remindersSent;
  for (const step of d.steps) {
    sentBefore.set(step.position, sent);
    if (step.channel !== 'formal-notice') sent = [...sent, asOf];
  }
  const sender = await sellerOf(ctx.db, org);
  const letterModel = (step: LadderStep): DunningLetterDocument => ({
    kind: step.channel === 'formal-notice' ? 'formal-notice' : 'reminder',
    remindersSent: sentBefore.get(step.position)!,
    sender,
    recipient: clientIdentity(client),
    place: org.city,
    date: asOf,
    invoice: { number, issueDate: inv.issue_date!, dueDate: inv.due_date!, grossCents: Number(inv.gross_cents) },
    ...(inv.contract_number ? { contractNumber: inv.contract_number } : {}),
    unpaidCents: Number(late.unpaidCents),
    daysLate: Number(late.daysLate),
    interestCents: Number(late.interestCents),
    indemnityCents: Number(late.indemnityCents),
    ...(inv.late_rate_text ? { lateRateText: inv.late_rate_text } : {}),
    lateInterestMarginPoints: d.terms.parameters.lateInterestMarginPoints,
    cureDays: d.terms.parameters.cureDays,
    ...(step.channel === 'formal-notice'
      ? { cureDeadline: periodLastDay(asOf, { days: d.terms.parameters.cureDays }) }
      : {}),
    signature: { ...SIGNATURE, title: org.name },
  });
  const figures = {
    invoiceNumber: number,
    unpaidCents: Number(late.unpaidCents),
    daysLate: Number(late.daysLate),
    interestCents: Number(late.interestCents),
    indemnityCents: Number(late.indemnityCents),
    articles: ['10.1', '10.3'],
  };
  // Letters are rendered before the transaction (deterministic from the model).
  const rendered = new Map<number, Uint8Array>();
  for (const step of d.steps) {
    const byEmail = step.channel === 'email' && client.email !== null && org.email !== null;
    if (!byEmail) rendered.set(step.position, await renderDunningLetterPdf(letterModel(step)));
  }
  return ctx.db.transaction().execute(async (trx) => {
    for (const step of d.steps) {
      const model = letterModel(step);
      const pdf = rendered.get(step.position);
      // By email when the client and ALLEO have an address; otherwise a letter (the formal notice is always registered).
      let sent: {
        channel: LadderStep['channel'];
        document: EvidenceDocument;
        details: Record<string, unknown>;
        kind: string;
        outboxMessageId: string | null;
      };
      if (!pdf) {
        const mail = await queueMail(trx, ctx, {
          orgId: org.id,
          from: org.email!,
          fromName: org.name,
          to: [client.email!],
          subject: `${org.name} — ${dunningSubject(model)}`,
          text: [...dunningParagraphs(model), '', `${SIGNATURE.name}\n${org.name}`].join('\n\n'),
          related: { type: 'invoice', id: inv.id },
          contractId: inv.contract_id,
        });
        // Queued, not yet sent: the action's date becomes the delivery's (mail.delivered).
        sent = {
          channel: 'email',
          kind: 'mail.queued',
          outboxMessageId: mail.id,
          document: { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: `relance-${step.position}-${number}.eml` },
          details: { to: [client.email], outboxMessageId: mail.id },
        };
      } else {
        const channel = step.channel === 'email' ? 'letter' : step.channel;
        const filename =
          step.channel === 'formal-notice' ? `mise-en-demeure-${number}.pdf` : `relance-${step.position}-${number}.pdf`;
        sent = {
          channel,
          kind: 'document.sent',
          outboxMessageId: null,
          document: { bytes: pdf, mediaType: PDF_MEDIA_TYPE, filename },
          details: { registered: channel === 'formal-notice' },
        };
      }
      const { channel } = sent;
      const evidence = await appendEvidence(trx, ctx.dialect, {
        orgId: org.id,
        kind: sent.kind,
        objectType: 'invoice',
        objectId: inv.id,
        contractId: inv.contract_id,
        actor: 'system:sweep',
        at,
        document: sent.document,
        decision: {
          dunningStep: { position: step.position, label: step.label, channel },
          ...sent.details,
          remindersSentBefore: model.remindersSent,
          ...figures,
        },
      });
      await repo.insertAction(trx, {
        id: newId(),
        org_id: org.id,
        invoice_id: inv.id,
        step_position: step.position,
        channel,
        done_on: asOf,
        document_sha256: evidence.documentSha256!,
        evidence_seq: evidence.seq,
        created_at: at,
        outbox_message_id: sent.outboxMessageId,
      });
      if (!sent.outboxMessageId) {
        // A letter is sent when produced; an e-mail is notified when delivered (delivery-listener.ts).
        const formal = channel === 'formal-notice';
        await notifyStaff(trx, ctx, {
          orgId: org.id,
          kind: formal ? 'dunning.formal-notice-sent' : 'dunning.reminder-sent',
          objectType: 'invoice',
          objectId: inv.id,
          at,
          fr: `${formal ? 'Mise en demeure' : 'Lettre de relance'} de la facture ${number} (${client.legal_name}) produite le ${formatDateFr(asOf)}`,
          en: `${formal ? 'Formal notice' : 'Reminder letter'} of invoice ${number} (${client.legal_name}) produced on ${asOf}`,
        });
      }
      if (step.channel === 'formal-notice') {
        const notice = evaluate('termination.formal-notice', { noticeReceivedOn: asOf }, { asOf, terms: d.terms });
        Object.assign(notice, {
          noticeDate: asOf,
          cureDeadline: periodLastDay(asOf, { days: d.terms.parameters.cureDays }),
          // Counted from the letter's date until the acknowledgement of receipt is recorded.
          noticeDateBasis: 'letter-date',
          invoiceId: inv.id,
          invoiceNumber: inv.number,
          contractId: inv.contract_id,
          clientId: inv.client_id,
          unpaidCents: Number(late.unpaidCents),
          letterSha256: evidence.documentSha256,
        });
        await recordDecision(trx, ctx.dialect, {
          orgId: org.id,
          decision: notice,
          objectType: 'invoice',
          objectId: inv.id,
          contractId: inv.contract_id,
          effectKey: `termination.formal-notice:invoice:${inv.id}:${step.position}`,
          actor: 'system:sweep',
          at,
        });
      }
    }
    d.beforeCommit();
    return d.steps.length;
  });
}
