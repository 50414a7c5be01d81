/**
 * `POST /api/sepa/collection-runs`, `clausier sepa collect`: generates a collection run. In one
 * transaction: the run, one pain.008.001.02 file per scheme and collection date (checked against
 * the ISO schema before anything is stored), its debits, the mandates marked used (their next
 * debit is RCUR), and one pre-notification e-mail per client and collection date stating each
 * amount and date (art. 10.1; EPC rulebook), queued in the outbox with its evidence entry. A
 * pre-notification counts as sent only when the transport accepts it (delivery-listener.ts), and
 * the run can be marked sent to the bank only then. Invoices without a usable mandate are skipped
 * and listed in the run, never put in a file.
 */
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import { xsdProblems } from '../../iso20022/index.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { planRun } from './collection-run-plan.ts';
import type { PlannedDebit } from './collection-plan.ts';
import { pain008Xml, type SequenceType } from './pain008.ts';
import * as repo from './sepa.repo.ts';

export type Progress = (done: number, total: number, step: string) => void;

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err.code === '23505' || /UNIQUE constraint failed/.test(err.message ?? '');
}

export async function generateRun(
  ctx: AppContext,
  actor: Pick<Actor, 'orgId' | 'userId'>,
  dueBy: string,
  progress: Progress = () => {},
): Promise<string> {
  const plan = await planRun(ctx, actor, dueBy);
  if (plan.debits.length === 0)
    throw new AppError('sepa.nothing_to_collect', {
      detail: `No direct-debit invoice due by ${dueBy} can be collected; ${plan.skipped.length} skipped`,
      extra: { skipped: plan.skipped },
    });
  const total = plan.files.length + plan.addresses.size + 1;
  let done = 0;
  const runId = newId();
  const short = runId.replace(/-/g, '').slice(0, 8).toUpperCase();
  const createdAt = ctx.now().toISOString().slice(0, 19);
  const at = ctx.now().toISOString();
  const files: Array<{ id: string; messageId: string; xml: string } & (typeof plan.files)[number]> = [];
  for (const f of plan.files) {
    const stamp = f.collectionDate.replace(/-/g, '');
    const messageId = `SDD-${stamp}-${f.scheme}-${short}`;
    const bySequence = (s: SequenceType) => f.debits.filter((d) => d.sequence === s);
    const xml = pain008Xml({
      messageId,
      createdAt,
      creditor: plan.creditor,
      blocks: (['FRST', 'RCUR'] as const)
        .filter((s) => bySequence(s).length > 0)
        .map((sequence) => ({
          id: `${messageId}-${sequence}`,
          scheme: f.scheme,
          sequence,
          collectionDate: f.collectionDate,
          debits: bySequence(sequence).map((d) => ({
            endToEndId: d.number,
            amountCents: d.amountCents,
            mandateReference: d.mandateReference,
            mandateSignedOn: d.mandateSignedOn,
            debtorName: d.debtorName,
            debtorIban: d.debtorIban,
            debtorBic: d.debtorBic,
            amendment: d.amendment,
            remittance: `Facture ${d.number} du ${formatDateFr(d.issueDate)}`,
          })),
        })),
    });
    // Never a broken file: the ISO schema is checked before the run is stored.
    const problems = await xsdProblems(xml, 'pain.008.001.02');
    if (problems.length) throw new Error(`pain.008 file does not match the ISO schema: ${problems[0]!.message}`);
    files.push({ id: newId(), messageId, xml, ...f });
    progress(++done, total, 'file');
  }

  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertRun(trx, {
        id: runId,
        org_id: actor.orgId,
        due_by: dueBy,
        status: 'generated',
        count: plan.debits.length,
        total_cents: plan.debits.reduce((s, d) => s + d.amountCents, 0),
        skipped_json: JSON.stringify(plan.skipped),
        created_by: actor.userId,
        created_at: at,
        sent_by: null,
        sent_at: null,
      });
      const debitIds = new Map<PlannedDebit, string>();
      for (const f of files) {
        await repo.insertFile(trx, {
          id: f.id,
          org_id: actor.orgId,
          run_id: runId,
          scheme: f.scheme,
          collection_date: f.collectionDate,
          message_id: f.messageId,
          filename: `prelevements-${f.scheme}-${f.collectionDate}-${short}.xml`,
          xml: f.xml,
          count: f.debits.length,
          total_cents: f.debits.reduce((s, d) => s + d.amountCents, 0),
        });
        const rows = f.debits.map((d) => {
          const id = newId();
          debitIds.set(d, id);
          return {
            id,
            org_id: actor.orgId,
            run_id: runId,
            file_id: f.id,
            invoice_id: d.invoiceId,
            client_id: d.clientId,
            mandate_id: d.mandateId,
            sequence: d.sequence,
            end_to_end_id: d.number,
            amount_cents: d.amountCents,
            collection_date: d.collectionDate,
            pre_notification_message_id: null,
            pre_notified_at: null,
          };
        });
        await repo.insertDebits(trx, rows);
        const byMandate = new Map<string, string>();
        for (const d of f.debits) byMandate.set(d.mandateId, f.collectionDate);
        for (const [mandateId, on] of byMandate) await repo.markMandatesUsed(trx, actor.orgId, [mandateId], on, at);
      }
      // One pre-notification per client: every debit, its amount and its date.
      const byClient = new Map<string, PlannedDebit[]>();
      for (const d of plan.debits) byClient.set(d.clientId, [...(byClient.get(d.clientId) ?? []), d]);
      for (const [clientId, debits] of byClient) {
        const to = plan.addresses.get(clientId)!;
        const totalCents = debits.reduce((s, d) => s + d.amountCents, 0);
        const lines = debits.map(
          (d) =>
            `- facture ${d.number} : ${formatEurosFr(d.amountCents)}, prélevée le ${formatDateFr(d.collectionDate)} (mandat ${d.mandateReference}, ${d.scheme === 'B2B' ? 'interentreprises B2B' : 'CORE'})`,
        );
        const mail = await queueMail(trx, ctx, {
          orgId: actor.orgId,
          from: plan.creditor.email,
          fromName: plan.creditor.name,
          to: [to],
          subject: `${plan.creditor.name} — Pré-notification de prélèvement SEPA`,
          text: [
            'Madame, Monsieur,',
            '',
            `Conformément à votre mandat de prélèvement SEPA et à l’article 10.1 de nos conditions générales de vente, nous vous informons que nous prélèverons sur votre compte ${debits[0]!.debtorIban.slice(0, 4)}…${debits[0]!.debtorIban.slice(-4)} :`,
            ...lines,
            '',
            `Montant total : ${formatEurosFr(totalCents)}. Identifiant créancier SEPA (ICS) : ${plan.creditor.creditorId}.`,
            '',
            `Cordialement,\n${plan.creditor.name}`,
          ].join('\n'),
          related: { type: 'sepa-collection-run', id: runId },
        });
        await repo.setPreNotificationMessage(
          trx,
          debits.map((d) => debitIds.get(d)!),
          mail.id,
        );
        await appendEvidence(trx, ctx.dialect, {
          orgId: actor.orgId,
          kind: 'mail.queued',
          objectType: 'sepa-collection-run',
          objectId: runId,
          actor: actor.userId,
          at,
          document: {
            bytes: mail.eml,
            mediaType: EML_MEDIA_TYPE,
            filename: `pre-notification-${short}-${clientId}.eml`,
          },
          decision: {
            outboxMessageId: mail.id,
            to: [to],
            article: '10.1',
            debits: debits.map((d) => ({
              invoice: d.number,
              amountCents: d.amountCents,
              collectionDate: d.collectionDate,
            })),
          },
        });
        progress(++done, total, 'pre-notification');
      }
      await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'sepa.collection-run-generated',
        objectType: 'sepa-collection-run',
        objectId: runId,
        actor: actor.userId,
        at,
        decision: {
          dueBy,
          article: '10.1',
          termsVersion: plan.termsVersion,
          files: files.map((f) => ({
            messageId: f.messageId,
            scheme: f.scheme,
            collectionDate: f.collectionDate,
            count: f.debits.length,
          })),
          skipped: plan.skipped.map((s) => ({ invoiceId: s.invoiceId, reason: s.reason })),
        },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('sepa.concurrent_run', {
        detail: 'Another run collecting some of these invoices was generated meanwhile; preview again',
      });
    throw e;
  }
  progress(++done, total, 'stored');
  return runId;
}
