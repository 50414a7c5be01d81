/**
 * `POST /api/sepa/collection-files`, `clausier sepa collect`: the pain.008.001.02 file that collects
 * the open direct-debit invoices due by the collection date, one payment block per sequence type
 * (FRST for a mandate's first debit, RCUR after: a client with a direct-debit payment already
 * recorded), scheme CORE. An invoice whose client has no usable mandate (not paying by direct
 * debit, no RUM or signature date, invalid IBAN) is skipped and listed, never put in a broken file.
 * The file is checked against the ISO schema before it is handed out. Writes nothing: the payment
 * is recorded when the bank statement shows the collection (bank import).
 */
import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { addDays, type CivilDate } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { validateBic, validateIban } from '../../kernel/identifiers.ts';
import { xsdProblems } from '../../iso20022/index.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { pain008Xml, sepaIdProblem, type DirectDebit, type SequenceType } from './pain008.ts';
import * as repo from './sepa.repo.ts';

/** SDD Core: the file reaches the bank at least one TARGET business day before the collection; we ask two calendar days. */
export const MIN_LEAD_DAYS = 2;

export interface CollectionFile {
  filename: string;
  xml: string;
  collectionDate: string;
  scheme: 'CORE';
  count: number;
  totalCents: number;
  sequences: Record<SequenceType, number>;
  skipped: Array<{ invoiceId: string; number: string | null; clientName: string; reason: string }>;
}

export async function collectionFile(
  ctx: AppContext,
  actor: Pick<Actor, 'orgId'>,
  collectionDate: string,
): Promise<CollectionFile> {
  const today = parisDate(ctx.now());
  const earliest = String(addDays(today as CivilDate, MIN_LEAD_DAYS));
  if (collectionDate < earliest)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'collectionDate',
          message: `a collection date from ${earliest} (the bank needs the file ${MIN_LEAD_DAYS} days ahead)`,
          fr: `une date de prélèvement à partir du ${earliest} (la banque doit recevoir le fichier ${MIN_LEAD_DAYS} jours avant)`,
        },
      ],
    });
  const org = await getOrganisation(ctx, actor.orgId);
  const creditorId = org.sepa_creditor_id?.replace(/\s+/g, '') ?? '';
  const ownIban = org.iban ? validateIban(org.iban) : null;
  if (!creditorId || sepaIdProblem(creditorId) || !ownIban?.ok)
    throw new AppError('request.invalid', {
      detail: 'The organisation needs its SEPA creditor identifier (ICS) and its IBAN to collect by direct debit',
      errors: [
        ...(!creditorId || sepaIdProblem(creditorId)
          ? [
              {
                path: 'organisation.sepaCreditorId',
                message: 'no valid SEPA creditor identifier (ICS)',
                fr: 'pas d’identifiant créancier SEPA (ICS) valide',
              },
            ]
          : []),
        ...(!ownIban?.ok ? [{ path: 'organisation.iban', message: 'no valid IBAN', fr: 'pas d’IBAN valide' }] : []),
      ],
    });
  const rows = await repo.directDebitInvoicesDue(ctx.db, actor.orgId, collectionDate);
  const debited = await repo.clientsAlreadyDebited(ctx.db, actor.orgId, [...new Set(rows.map((r) => r.client_id))]);
  const skipped: CollectionFile['skipped'] = [];
  const bySequence: Record<SequenceType, DirectDebit[]> = { FRST: [], RCUR: [] };
  for (const r of rows) {
    const iban = r.iban ? validateIban(r.iban) : null;
    const bic = r.bic ? validateBic(r.bic) : null;
    const reason =
      r.payment_method !== 'direct-debit'
        ? 'the client no longer pays by direct debit'
        : !r.mandate_reference || sepaIdProblem(r.mandate_reference)
          ? 'no valid mandate reference (RUM)'
          : !r.mandate_signed_on
            ? 'the mandate has no signature date'
            : !iban?.ok
              ? 'no valid IBAN for the client'
              : bic && !bic.ok
                ? 'invalid BIC for the client'
                : !r.number || sepaIdProblem(r.number)
                  ? 'the invoice number cannot serve as end-to-end id'
                  : null;
    if (reason) {
      skipped.push({ invoiceId: r.id, number: r.number, clientName: r.legal_name, reason });
      continue;
    }
    const sequence: SequenceType = debited.has(r.client_id) ? 'RCUR' : 'FRST';
    bySequence[sequence].push({
      endToEndId: r.number!,
      amountCents: Number(r.open_cents),
      mandateReference: r.mandate_reference!,
      mandateSignedOn: r.mandate_signed_on!,
      debtorName: r.legal_name,
      debtorIban: iban && iban.ok ? iban.normalized : '',
      debtorBic: bic?.ok ? bic.normalized : null,
      remittance: `Facture ${r.number} du ${r.issue_date}`,
    });
  }
  const stamp = collectionDate.replace(/-/g, '');
  const blocks = (['FRST', 'RCUR'] as const)
    .filter((s) => bySequence[s].length > 0)
    .map((sequence) => ({
      id: `SDD-${stamp}-CORE-${sequence}`,
      scheme: 'CORE' as const,
      sequence,
      collectionDate,
      debits: bySequence[sequence],
    }));
  const all = blocks.flatMap((b) => b.debits);
  const createdAt = ctx.now().toISOString().slice(0, 19);
  const xml = blocks.length
    ? pain008Xml({
        messageId: `SDD-${stamp}-${createdAt.replace(/\D/g, '').slice(0, 14)}`,
        createdAt,
        creditor: { name: org.name, iban: ownIban.normalized, bic: org.bic, creditorId },
        blocks,
      })
    : '';
  if (xml) {
    const problems = await xsdProblems(xml, 'pain.008.001.02');
    if (problems.length) throw new Error(`pain.008 file does not match the ISO schema: ${problems[0]!.message}`);
  }
  return {
    filename: `prelevements-${collectionDate}.xml`,
    xml,
    collectionDate,
    scheme: 'CORE',
    count: all.length,
    totalCents: all.reduce((s, d) => s + d.amountCents, 0),
    sequences: { FRST: bySequence.FRST.length, RCUR: bySequence.RCUR.length },
    skipped,
  };
}
