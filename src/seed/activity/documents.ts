/**
 * What the demo's clients and lessor send back (a signed quote, a purchase order, a lessor's
 * approval) as real PDF letters, and a bank statement file: uploads as the API receives them.
 */
import type { AppContext } from '../../context.ts';
import { renderLetterPdf, type PartyIdentity } from '../../documents/index.ts';
import { centsToDecimal } from '../../kernel/money.ts';
import { findLessorIdentity } from '../../modules/lessors/index.ts';
import { getOrganisation } from '../../modules/organisations/index.ts';
import { loadParties, sellerOf } from '../../modules/shared/index.ts';
import type { UploadedDocument } from '../../modules/shared/index.ts';

interface Letter {
  subject: string;
  reference?: string;
  paragraphs: string[];
  signature: { name: string; title?: string };
}

async function upload(
  filename: string,
  sender: PartyIdentity,
  recipient: PartyIdentity,
  date: string,
  letter: Letter,
): Promise<UploadedDocument> {
  const place = sender.addressLines.at(-1)?.replace(/^\d{5}\s+/, '') ?? '';
  const bytes = await renderLetterPdf({ sender, recipient, place, date, ...letter });
  return { filename, mediaType: 'application/pdf', contentBase64: Buffer.from(bytes).toString('base64') };
}

/** A letter from the client to ALLEO. */
export async function fromClient(
  ctx: AppContext,
  orgId: string,
  clientId: string,
  filename: string,
  date: string,
  letter: Letter,
) {
  const { seller, client } = await loadParties(ctx, orgId, clientId);
  return upload(filename, client, seller, date, letter);
}

/** A letter from the lessor to ALLEO. */
export async function fromLessor(
  ctx: AppContext,
  orgId: string,
  lessorId: string,
  filename: string,
  date: string,
  letter: Letter,
) {
  const lessor = await findLessorIdentity(ctx, orgId, lessorId);
  if (!lessor) throw new Error('lessor missing');
  return upload(filename, lessor.identity, await sellerOf(ctx.db, await getOrganisation(ctx, orgId)), date, letter);
}

/** A bank statement export (date;montant;libellé;référence), as ALLEO's bank produces it. */
export function bankCsv(
  rows: ReadonlyArray<{ date: string; amountCents: number; label: string; reference?: string }>,
): string {
  return (
    [
      'Date;Montant;Libellé;Référence',
      ...rows.map((r) => [r.date, centsToDecimal(r.amountCents, ','), r.label, r.reference ?? ''].join(';')),
    ].join('\n') + '\n'
  );
}
