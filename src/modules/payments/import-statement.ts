/** Bank statement imports (art. 10): the file is read whole (a bad row refuses it all), stored in the evidence log, and each credit gets a proposed match. Debits are not payments: they are listed as ignored. A file is imported once. */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { NUMBER_DIGITS } from '../invoices/index.ts';
import { decodeStatement, parseBankCsv } from './bank-csv.ts';
import { Matcher, invoiceNumbersIn, type Proposal } from './bank-matching.ts';
import * as repo from './payments.repo.ts';
import { MAX_BANK_FILE_BYTES, type BankImportBody } from './payments.schemas.ts';

function fileBytes(input: BankImportBody): Uint8Array {
  if ((input.contentBase64 === undefined) === (input.csv === undefined)) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'csv',
          message: 'give the file either as contentBase64 or as csv text',
          fr: 'fournissez le fichier soit en contentBase64, soit en texte (csv)',
        },
      ],
    });
  }
  const bytes =
    input.csv !== undefined
      ? new TextEncoder().encode(input.csv)
      : new Uint8Array(Buffer.from(input.contentBase64!, 'base64'));
  if (bytes.byteLength > MAX_BANK_FILE_BYTES)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: input.csv !== undefined ? 'csv' : 'contentBase64',
          message: `larger than ${MAX_BANK_FILE_BYTES} bytes`,
          fr: `fichier trop volumineux (au plus ${MAX_BANK_FILE_BYTES / (1024 * 1024)} Mo)`,
        },
      ],
    });
  return bytes;
}

/** `POST /api/bank-imports`: 409 bank_import.duplicate for a file already imported. */
export async function importStatement(ctx: AppContext, actor: Actor, input: BankImportBody): Promise<string> {
  const bytes = fileBytes(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = await repo.findImportBySha(ctx.db, actor.orgId, sha256);
  if (known)
    throw new AppError('bank_import.duplicate', {
      detail: `Already imported on ${known.imported_at} as ${known.filename}`,
      extra: { importId: known.id },
    });
  const rows = parseBankCsv(decodeStatement(bytes));

  const numbers = [
    ...new Set(
      rows.flatMap((r) =>
        r.amountCents > 0 ? invoiceNumbersIn(`${r.label} ${r.reference ?? ''}`, NUMBER_DIGITS) : [],
      ),
    ),
  ];
  const [named, open] = await Promise.all([
    repo.invoicesByNumbers(ctx.db, actor.orgId, numbers),
    repo.openInvoicesOfOrg(ctx.db, actor.orgId),
  ]);
  const matcher = new Matcher(named, open, NUMBER_DIGITS);

  const id = newId();
  const at = ctx.now().toISOString();
  const lines = rows.map((r, position) => {
    const proposal: Proposal | null = r.amountCents > 0 ? matcher.propose(r) : null;
    return {
      id: newId(),
      org_id: actor.orgId,
      import_id: id,
      position,
      booked_on: r.bookedOn,
      amount_cents: r.amountCents,
      label: r.label,
      reference: r.reference,
      status:
        proposal === null ? ('ignored' as const) : proposal.clientId ? ('proposed' as const) : ('unmatched' as const),
      client_id: proposal?.clientId ?? null,
      proposal_json: proposal
        ? JSON.stringify(proposal)
        : JSON.stringify({ ignored: r.amountCents < 0 ? 'debit' : 'zero amount' }),
      payment_id: null,
    };
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.findImportBySha(trx, actor.orgId, sha256)) throw new AppError('bank_import.duplicate');
    await repo.insertImport(
      trx,
      {
        id,
        org_id: actor.orgId,
        filename: input.filename,
        sha256,
        line_count: lines.length,
        imported_by: actor.userId,
        imported_at: at,
      },
      lines,
    );
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'bank-import.imported',
      objectType: 'bank-import',
      objectId: id,
      actor: actor.userId,
      at,
      document: { bytes, mediaType: 'text/csv', filename: input.filename },
      decision: {
        lineCount: lines.length,
        credits: lines.filter((l) => l.amount_cents > 0).length,
        proposed: lines.filter((l) => l.status === 'proposed').length,
      },
    });
  });
  return id;
}
