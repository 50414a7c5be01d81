/**
 * Issuing a debit note (note de débit, LEGAL.md R11): late-payment interest and the EUR 40
 * indemnity of one client's late invoices, no VAT, numbered in its own gapless series 'ND' in the
 * transaction that issues it. The PDF goes to the evidence log; the invoices remember what was
 * claimed so nothing is claimed twice. Issued by the sweep when a late invoice is settled, or by
 * accounting on demand for what has accrued so far.
 */
import { parisDate, type AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { renderDebitNotePdf } from '../../documents/debit-note.ts';
import { PDF_MEDIA_TYPE, type DebitNoteDocument } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { clientIdentity, nextNumber, sellerOf } from '../shared/index.ts';
import { claimExplanation, type Claim } from './claims.ts';
import { claimsOnDemand } from './claims-on-demand.ts';
import * as repo from './debit-notes.repo.ts';
import { addClaimed } from '../invoices/index.ts';

export const DEBIT_NOTE_SERIES = 'ND';
export const DEBIT_NOTE_DIGITS = 7;

type Org = Awaited<ReturnType<typeof getOrganisation>>;
type Client = NonNullable<Awaited<ReturnType<typeof repo.findClient>>>;

export const debitNoteFilename = (number: string) => `note-de-debit-${number}.pdf`;

/** Issues one debit note for the claims (all of one client) inside the caller's transaction. */
export async function issueDebitNoteWithin(
  trx: Db,
  ctx: AppContext,
  input: { org: Org; client: Client; claims: readonly Claim[]; issueDate: string; actorId: string; at: string },
) {
  const { org, client, claims, issueDate } = input;
  if (claims.length === 0) throw new AppError('debit_note.nothing_to_claim');
  const id = newId();
  const number = await nextNumber(trx, org.id, DEBIT_NOTE_SERIES, Number(issueDate.slice(0, 4)), DEBIT_NOTE_DIGITS);
  const totalCents = claims.reduce((s, c) => s + c.interestCents + c.indemnityCents, 0);
  const termsVersion = claims[0]!.decision.citation.termsVersion;
  // The margin and the indemnity of that terms version, as rule invoice.late-payment used them
  // (its decision records them; a public buyer's margin is publicBuyerMarginPoints, R2192-31).
  const used = claims[0]!.decision.parameters;
  const lateInterestMarginPoints = String(used.lateInterestMarginPoints ?? used.publicBuyerMarginPoints);
  const recoveryIndemnityCents = Number(used.recoveryIndemnityCents);
  const model: DebitNoteDocument = {
    number,
    issueDate,
    // Payable on receipt: the charges are due by right since each invoice's due date (L441-10 II).
    dueDate: issueDate,
    seller: await sellerOf(ctx.db, org),
    client: clientIdentity(client),
    rows: claims.map((c) => ({
      invoiceNumber: c.invoice.number ?? '',
      invoiceDueDate: c.invoice.due_date ?? '',
      computedUntil: c.computedUntil,
      daysLate: c.daysLate,
      interestCents: c.interestCents,
      indemnityCents: c.indemnityCents,
      explanation: claimExplanation(c),
    })),
    totalCents,
    termsVersion,
    lateInterestMarginPoints,
    recoveryIndemnityCents,
  };
  const pdf = await renderDebitNotePdf(model);
  const sha = sha256OfBytes(pdf);
  for (const c of claims) {
    const updated = await addClaimed(
      trx,
      org.id,
      c.invoice.id,
      { interest: Number(c.invoice.interest_claimed_cents), indemnity: c.invoice.indemnity_claimed },
      { interest: c.interestCents, indemnity: c.indemnityCents > 0 },
    );
    if (!updated)
      throw new AppError('debit_note.nothing_to_claim', {
        detail: `Invoice ${c.invoice.number} was claimed meanwhile: try again`,
      });
  }
  await repo.insertDebitNote(
    trx,
    {
      id,
      org_id: org.id,
      client_id: client.id,
      number,
      issue_date: issueDate,
      due_date: issueDate,
      total_cents: totalCents,
      paid_cents: 0,
      terms_version: termsVersion,
      document_sha256: sha,
      created_by: input.actorId,
      created_at: input.at,
    },
    claims.map((c) => ({
      id: newId(),
      org_id: org.id,
      debit_note_id: id,
      invoice_id: c.invoice.id,
      computed_until: c.computedUntil,
      days_late: c.daysLate,
      interest_cents: c.interestCents,
      indemnity_cents: c.indemnityCents,
      decision_json: JSON.stringify(c.decision),
    })),
  );
  const contracts = new Set(claims.map((c) => c.invoice.contract_id));
  await appendEvidence(trx, ctx.dialect, {
    orgId: org.id,
    kind: 'document.issued',
    objectType: 'debit-note',
    objectId: id,
    contractId: contracts.size === 1 ? [...contracts][0]! : null,
    actor: input.actorId,
    at: input.at,
    document: { bytes: pdf, mediaType: PDF_MEDIA_TYPE, filename: debitNoteFilename(number) },
    decision: {
      number,
      clientId: client.id,
      issueDate,
      totalCents,
      article: '10.3',
      rows: claims.map((c) => ({
        invoiceId: c.invoice.id,
        invoiceNumber: c.invoice.number,
        computedUntil: c.computedUntil,
        daysLate: c.daysLate,
        interestCents: c.interestCents,
        indemnityCents: c.indemnityCents,
      })),
    },
  });
  return { id, number, totalCents };
}

/**
 * `POST /api/debit-notes`: claims what has accrued as of today on the client's late invoices (or
 * the ones named), each evaluated afresh by rule invoice.late-payment.
 */
export async function issueDebitNoteOnDemand(
  ctx: AppContext,
  actor: Actor,
  input: { clientId: string; invoiceIds?: string[] },
) {
  const today = parisDate(ctx.now());
  const { client, claims } = await claimsOnDemand(ctx, actor, input, today);
  const org = await getOrganisation(ctx, actor.orgId);
  const at = ctx.now().toISOString();
  return ctx.db
    .transaction()
    .execute((trx) =>
      issueDebitNoteWithin(trx, ctx, { org, client, claims, issueDate: today, actorId: actor.userId, at }),
    );
}
