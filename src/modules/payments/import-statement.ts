/**
 * Bank statement imports (art. 10): a CSV or an ISO 20022 camt.053.001.08 file (bank-camt.ts), read
 * whole (a bad row or element refuses it all), stored in the evidence log, and each credit gets a
 * proposed match. Debits are not payments: they are listed as ignored. A file is imported once;
 * a camt.053 entry is imported once by its bank reference (an overlapping statement adds only the
 * entries not seen yet), and a camt.053 of another account than the organisation's is refused.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { NUMBER_DIGITS } from '../invoices/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { looksLikeXml, parseCamt053, type CamtEntry } from './bank-camt.ts';
import { decodeStatement, parseBankCsv, type BankRow } from './bank-csv.ts';
import { Matcher, invoiceNumbersIn, type Proposal } from './bank-matching.ts';
import * as repo from './payments.repo.ts';
import { MAX_BANK_FILE_BYTES, type BankImportBody } from './payments.schemas.ts';

function fileBytes(input: BankImportBody): Uint8Array {
  const given = [input.contentBase64, input.csv, input.xml].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'csv',
          message: 'give the file as one of contentBase64, csv text or xml text',
          fr: 'fournissez le fichier soit en contentBase64, soit en texte (csv ou xml)',
        },
      ],
    });
  }
  const text = input.csv ?? input.xml;
  const bytes =
    text !== undefined ? new TextEncoder().encode(text) : new Uint8Array(Buffer.from(input.contentBase64!, 'base64'));
  if (bytes.byteLength > MAX_BANK_FILE_BYTES)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: input.csv !== undefined ? 'csv' : input.xml !== undefined ? 'xml' : 'contentBase64',
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
  const text = decodeStatement(bytes);
  const camt = looksLikeXml(text);
  let rows: Array<BankRow & { bankReference?: string }>;
  let skipped = 0;
  if (camt) {
    const statement = await parseCamt053(new TextDecoder().decode(bytes));
    const org = await getOrganisation(ctx, actor.orgId);
    const own = org.iban?.replace(/\s+/g, '').toUpperCase() ?? null;
    const other = statement.ibans.find((iban) => iban !== own);
    if (other !== undefined)
      throw new AppError('bank_import.other_account', {
        detail: own
          ? `The statement is of account ${other}, not the organisation's (${own}); nothing was imported`
          : `The organisation has no IBAN to compare with the statement's account ${other}; nothing was imported`,
        errors: [
          {
            path: 'Stmt.Acct.Id.IBAN',
            message: `account ${other} is not the organisation's`,
            fr: `le compte ${other} n'est pas celui de l'organisation`,
          },
        ],
      });
    const known = await repo.knownBankReferences(
      ctx.db,
      actor.orgId,
      statement.entries.map((e) => e.bankReference),
    );
    const seen = new Set<string>();
    rows = statement.entries.filter((e: CamtEntry) => {
      if (known.has(e.bankReference) || seen.has(e.bankReference)) return false;
      seen.add(e.bankReference);
      return true;
    });
    skipped = statement.entries.length - rows.length;
    if (rows.length === 0 && statement.entries.length > 0)
      throw new AppError('bank_import.duplicate', {
        detail: `Every entry of this statement (${statement.entries.length}) was already imported; nothing was added`,
      });
  } else rows = parseBankCsv(text);

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
      bank_reference: r.bankReference ?? null,
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
      document: { bytes, mediaType: camt ? 'application/xml' : 'text/csv', filename: input.filename },
      decision: {
        format: camt ? 'camt.053.001.08' : 'csv',
        lineCount: lines.length,
        ...(camt ? { alreadyImportedEntries: skipped } : {}),
        credits: lines.filter((l) => l.amount_cents > 0).length,
        proposed: lines.filter((l) => l.status === 'proposed').length,
      },
    });
  });
  return id;
}
