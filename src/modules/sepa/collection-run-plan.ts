/**
 * What a collection run would do today for the invoices due by a date (the preview, and the first
 * step of generating): reads the open direct-debit invoices, the clients' mandates and billing
 * addresses, the terms in force (the delays, art. 10.1), and plans the debits (collection-plan.ts).
 * A client without an e-mail address cannot be pre-notified: skipped and listed too.
 */
import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import type { CivilDate } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { validateIban } from '../../kernel/identifiers.ts';
import type { Actor } from '../auth/index.ts';
import { mailRecipients } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import {
  filesOf,
  pendingAmendment,
  planCollection,
  type CollectionPlan,
  type PlannedDebit,
} from './collection-plan.ts';
import { sepaIdProblem, type MandateAmendment } from './pain008.ts';
import * as repo from './sepa.repo.ts';

export interface RunPlan extends CollectionPlan {
  today: string;
  dueBy: string;
  termsVersion: string;
  preNotificationDays: number;
  files: ReturnType<typeof filesOf>;
  /** The billing address of each client with a debit (where its pre-notification goes). */
  addresses: Map<string, string>;
  creditor: { name: string; email: string; iban: string; bic: string | null; creditorId: string };
}

/** The organisation's ICS, IBAN and e-mail, or a 400 naming what is missing. */
async function creditorOf(ctx: AppContext, orgId: string): Promise<RunPlan['creditor']> {
  const org = await getOrganisation(ctx, orgId);
  const creditorId = org.sepa_creditor_id?.replace(/\s+/g, '') ?? '';
  const iban = org.iban ? validateIban(org.iban) : null;
  const errors = [
    ...(!creditorId || sepaIdProblem(creditorId)
      ? [
          {
            path: 'organisation.sepaCreditorId',
            message: 'no valid SEPA creditor identifier (ICS)',
            fr: 'pas d’identifiant créancier SEPA (ICS) valide',
          },
        ]
      : []),
    ...(!iban?.ok ? [{ path: 'organisation.iban', message: 'no valid IBAN', fr: 'pas d’IBAN valide' }] : []),
    ...(!org.email
      ? [
          {
            path: 'organisation.email',
            message: 'no e-mail address to send the pre-notifications from',
            fr: 'pas d’adresse e-mail pour envoyer les pré-notifications',
          },
        ]
      : []),
  ];
  if (errors.length || !iban?.ok)
    throw new AppError('request.invalid', {
      detail:
        'The organisation needs its SEPA creditor identifier (ICS), its IBAN and an e-mail address to collect by direct debit',
      errors,
    });
  return { name: org.name, email: org.email!, iban: iban.normalized, bic: org.bic, creditorId };
}

/**
 * The amendments of the used mandates made after the run that last carried them, reduced to what
 * the next file flags (AmdmntInd, EPC rulebook). A mandate never collected has nothing to flag:
 * its first collection is a FRST with the mandate as it is.
 */
async function amendmentsSinceLastCollection(ctx: AppContext, orgId: string, mandates: readonly repo.MandateRow[]) {
  const used = mandates.filter((m) => m.status === 'active' && m.first_used_on !== null);
  const out = new Map<string, MandateAmendment>();
  if (used.length === 0) return out;
  const ids = used.map((m) => m.id);
  const last = new Map((await repo.lastCollectedAt(ctx.db, orgId, ids)).map((r) => [r.mandate_id, String(r.at)]));
  const rows = await repo.amendmentsOf(ctx.db, orgId, ids);
  for (const m of used) {
    const since = rows
      .filter((a) => a.mandate_id === m.id && (!last.has(m.id) || String(a.amended_at) > last.get(m.id)!))
      .map((a) => ({ before: JSON.parse(String(a.before_json)) as Record<string, unknown> }));
    const amendment = pendingAmendment(since, {
      reference: m.reference,
      debtorIban: m.debtor_iban,
      debtorBic: m.debtor_bic,
    });
    if (amendment) out.set(m.id, amendment);
  }
  return out;
}

export async function planRun(ctx: AppContext, actor: Pick<Actor, 'orgId'>, dueBy: string): Promise<RunPlan> {
  const today = parisDate(ctx.now());
  const creditor = await creditorOf(ctx, actor.orgId);
  const terms = await termsInForce(ctx, actor.orgId, today);
  const rows = await repo.directDebitInvoicesDue(ctx.db, actor.orgId, dueBy);
  const clientIds = [...new Set(rows.map((r) => r.client_id))];
  const mandates = await repo.mandatesOfClients(ctx.db, actor.orgId, clientIds);
  const amendments = await amendmentsSinceLastCollection(ctx, actor.orgId, mandates);
  const plan = planCollection(
    today as CivilDate,
    terms.parameters,
    rows.map((r) => ({
      id: r.id,
      number: r.number,
      issueDate: r.issue_date ?? '',
      dueDate: r.due_date ?? dueBy,
      openCents: Number(r.open_cents),
      clientId: r.client_id,
      clientName: r.legal_name,
      paymentMethod: r.payment_method,
    })),
    mandates.map((m) => ({
      id: m.id,
      clientId: m.client_id,
      reference: m.reference,
      scheme: m.scheme,
      signedOn: m.signed_on,
      debtorName: m.debtor_name,
      debtorIban: m.debtor_iban,
      debtorBic: m.debtor_bic,
      status: m.status,
      firstUsedOn: m.first_used_on,
      amendment: amendments.get(m.id) ?? null,
    })),
  );
  const addresses = new Map<string, string>();
  for (const clientId of new Set(plan.debits.map((d) => d.clientId))) {
    const to = (await mailRecipients(ctx, actor.orgId, clientId)).billing;
    if (to) addresses.set(clientId, to);
  }
  const names = new Map(rows.map((r) => [r.client_id, r.legal_name]));
  const debits: PlannedDebit[] = [];
  for (const d of plan.debits) {
    if (addresses.has(d.clientId)) debits.push(d);
    else
      plan.skipped.push({
        invoiceId: d.invoiceId,
        number: d.number,
        clientId: d.clientId,
        clientName: names.get(d.clientId) ?? '',
        reason: 'the client has no e-mail address for the pre-notification',
        reasonFr: 'le client n’a pas d’adresse e-mail pour la pré-notification',
      });
  }
  return {
    ...plan,
    debits,
    today,
    dueBy,
    termsVersion: terms.version,
    preNotificationDays: terms.parameters.sepaPreNotificationDays,
    files: filesOf(debits),
    addresses,
    creditor,
  };
}
