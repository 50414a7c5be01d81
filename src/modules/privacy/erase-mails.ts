import type { Db, Dialect } from '../../db/database.ts';
import { entriesOfObject, eraseDocumentContent } from '../../evidence/index.ts';
import { eraseMessages, messagesToAddresses } from '../../mail/index.ts';

/** The e-mails whose .eml is kept as evidence with the document they carry (L123-22, art. 22). */
export const MAIL_KEPT_FOR: ReadonlySet<string> = new Set(['invoice', 'debit-note', 'contract']);

/**
 * Erases the e-mails sent to these addresses from the outbox (recipients, body, .eml), and the
 * .eml kept as evidence unless it carried an invoice, a debit note or a contract document; each
 * evidence erasure is an entry of the chain (ADR 0026). Inside the caller's transaction.
 */
export async function eraseMailsTo(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  addresses: readonly string[],
  actor: string,
  at: string,
): Promise<{ messages: number; emlErased: number; emlKept: number }> {
  const messages = await messagesToAddresses(trx, orgId, addresses);
  let emlErased = 0;
  let emlKept = 0;
  for (const m of messages) {
    if (!m.related_type || !m.related_id) continue;
    if (MAIL_KEPT_FOR.has(m.related_type)) {
      emlKept++;
      continue;
    }
    for (const e of await entriesOfObject(trx, orgId, m.related_type, m.related_id)) {
      if (e.kind !== 'mail.queued' || !e.document_sha256 || !e.decision_json) continue;
      if ((JSON.parse(e.decision_json) as { outboxMessageId?: string }).outboxMessageId !== m.id) continue;
      const sha256 = e.document_sha256;
      if (await eraseDocumentContent(trx, dialect, { orgId, sha256, actor, at, article: '17.2', reason: 'email' }))
        emlErased++;
    }
  }
  await eraseMessages(
    trx,
    orgId,
    messages.map((m) => m.id),
    at,
  );
  return { messages: messages.length, emlErased, emlKept };
}
