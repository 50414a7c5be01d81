import type { Db, Dialect } from '../../db/database.ts';
import { eraseDocumentContent } from '../../evidence/index.ts';
import { eraseLoginFailuresOf, removeAllAccessOfUser } from '../auth/index.ts';
import { erasePersonalData, eraseFromIdentityHistory } from '../clients/index.ts';
import { eraseAcceptanceIdentity } from '../quotes/index.ts';
import { rewriteNotificationTexts } from '../notifications/index.ts';
import { anonymiseUser } from '../users/index.ts';
import { eraseMailsTo } from './erase-mails.ts';
import * as repo from './privacy.repo.ts';

export interface ErasureSummary {
  contacts: number;
  portalUsers: number;
  acceptanceStatements: number;
  outboxMessages: number;
  emlErased: number;
  loginFailures: number;
  /** What stays, and why (said to the person in an answer to an erasure request). */
  kept: Array<{ what: string; why: string }>;
}

export const KEPT_AFTER_ERASURE: ErasureSummary['kept'] = [
  {
    what: "Issued invoices and credit notes, with the client's identity printed on them",
    why: 'Code de commerce L123-22: accounting documents are kept 10 years',
  },
  {
    what: 'E-mails that carried an invoice, a debit note or an order acknowledgement, as evidence',
    why: 'Kept with the document they prove (L123-22; CGV art. 22)',
  },
  {
    what: 'The evidence chain: hashes and dates of every act, the erasure included',
    why: 'Proof of what happened (CGV art. 22); the erased values are no longer readable (ADR 0026)',
  },
];

/**
 * Erases or anonymises the personal data attached to a client (art. 17.2), inside the caller's
 * transaction: its e-mail and phone, its contacts, its portal users (whose sessions and tokens
 * end), the signatory's name, title and IP in acceptance records and the portal statements in the
 * evidence store, the e-mails sent to these people, their login failures and the identity in
 * their requests. Each table is written by the module that owns it.
 */
export async function eraseClientPersonalData(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  clientId: string,
  actor: string,
  at: string,
): Promise<ErasureSummary> {
  const client = (await repo.clientsNotErased(trx, orgId, clientId))[0];
  const contacts = await repo.contactsOfClient(trx, orgId, clientId);
  const users = await repo.portalUsersOfClient(trx, orgId, clientId);
  const addresses = [
    ...(client?.email ? [client.email] : []),
    ...contacts.flatMap((c) => (c.email ? [c.email] : [])),
    ...users.map((u) => u.email),
  ];

  await erasePersonalData(trx, orgId, clientId, at);
  await eraseFromIdentityHistory(trx, orgId, clientId, ['email']);
  for (const u of users) {
    await removeAllAccessOfUser(trx, dialect, u.id);
    await anonymiseUser(trx, u.id, at);
  }

  const { statements, quoteIds } = await eraseAcceptanceIdentity(trx, orgId, clientId, at);
  // The staff notification of a portal acceptance named the signatory.
  await rewriteNotificationTexts(trx, orgId, 'quote.accepted', 'quote', quoteIds, {
    fr: "Devis accepté dans l'espace client (signataire effacé, art. 17.2)",
    en: 'Quote accepted in the portal (signatory erased, art. 17.2)',
  });
  let acceptanceStatements = 0;
  for (const sha256 of statements)
    if (
      await eraseDocumentContent(trx, dialect, {
        orgId,
        sha256,
        actor,
        at,
        article: '17.2',
        reason: 'acceptance-statement',
      })
    )
      acceptanceStatements++;

  const mails = await eraseMailsTo(trx, dialect, orgId, addresses, actor, at);

  let loginFailures = 0;
  for (const a of new Set(addresses.map((x) => x.toLowerCase()))) loginFailures += await eraseLoginFailuresOf(trx, a);
  await repo.eraseRequestsOfClient(trx, orgId, clientId, at);
  return {
    contacts: contacts.length,
    portalUsers: users.length,
    acceptanceStatements,
    outboxMessages: mails.messages,
    emlErased: mails.emlErased,
    loginFailures,
    kept: KEPT_AFTER_ERASURE,
  };
}
