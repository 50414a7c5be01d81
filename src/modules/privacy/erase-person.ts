import type { Db, Dialect } from '../../db/database.ts';
import { eraseLoginFailuresOf, removeAllAccessOfUser } from '../auth/index.ts';
import { eraseContactsWithEmail } from '../clients/index.ts';
import { anonymiseUser } from '../users/index.ts';
import { eraseMailsTo } from './erase-mails.ts';
import * as repo from './privacy.repo.ts';

export interface PersonErasure {
  erased: { contacts: number; portalAccounts: number; emails: number; emailEvidence: number; loginFailures: number };
  kept: Array<{ what: string; why: string }>;
}

/**
 * An erasure request (GDPR art. 17): erases what is not legally retained about one e-mail
 * address — the contacts and portal accounts with it, the e-mails sent to it (their .eml too,
 * unless it carried an invoice, a debit note or a contract document), its login failures — and
 * says what is kept and why. Inside the caller's transaction.
 */
export async function erasePerson(
  trx: Db,
  dialect: Dialect,
  orgId: string,
  email: string,
  actor: string,
  at: string,
): Promise<PersonErasure> {
  const address = email.toLowerCase();
  const users = (await repo.usersByEmail(trx, orgId, address)).filter((u) => u.role === 'client');
  const acceptances = await repo.acceptancesByUsers(
    trx,
    orgId,
    users.map((u) => u.id),
  );
  for (const u of users) {
    await removeAllAccessOfUser(trx, dialect, u.id);
    await anonymiseUser(trx, u.id, at);
  }
  const contacts = await eraseContactsWithEmail(trx, orgId, address, at);
  const mails = await eraseMailsTo(trx, dialect, orgId, [address], actor, at);
  const loginFailures = await eraseLoginFailuresOf(trx, address);
  const kept: PersonErasure['kept'] = [
    {
      what: 'This request and its answer',
      why: 'Proof that the request was handled (GDPR art. 5(2), 12)',
    },
  ];
  if (acceptances.length > 0)
    kept.push({
      what: `The acceptance record of ${acceptances.length} quote(s) signed in the portal (name, title, IP)`,
      why: 'Proof of the contract (CGV art. 3.1, 22; GDPR art. 17(3)(e)), kept until 5 years after the end of the relationship (CGV art. 17.2)',
    });
  if (mails.emlKept > 0)
    kept.push({
      what: `${mails.emlKept} e-mail(s) that carried an invoice, a debit note or a contract document, as evidence`,
      why: 'Kept with the accounting document they prove (Code de commerce L123-22: 10 years; GDPR art. 17(3)(b))',
    });
  kept.push({
    what: 'Issued invoices, with the identity printed on them',
    why: 'Code de commerce L123-22: 10 years (GDPR art. 17(3)(b))',
  });
  return {
    erased: {
      contacts,
      portalAccounts: users.length,
      emails: mails.messages,
      emailEvidence: mails.emlErased,
      loginFailures,
    },
    kept,
  };
}
