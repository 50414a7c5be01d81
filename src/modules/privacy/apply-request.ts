import type { Db } from '../../db/database.ts';
import { AppError } from '../../kernel/errors.ts';
import { markContactsWithEmail, rectifyContactsWithEmail } from '../clients/index.ts';
import { markUsersWithEmail, rectifyUsersWithEmail } from '../users/index.ts';
import type { Rectification } from './privacy.schemas.ts';
import type * as repo from './privacy.repo.ts';

export interface Applied {
  /** What the answer changed, in the person's own rows. */
  contacts: number;
  accounts: number;
  /** Rectification: the fields corrected (their values stay out of the evidence chain, ADR 0026). */
  fields?: string[];
  /** Restriction / objection: the day it took effect. */
  since?: string;
  /** What the restriction or objection blocks from then on, and what goes on, and why (ADR 0021). */
  effects?: string[];
  continues?: Array<{ what: string; why: string }>;
}

const invalid = (message: string, fr: string) =>
  new AppError('request.invalid', { errors: [{ path: 'rectification', message, fr }] });

/** The effects of restriction and objection, stated in the answer (ADR 0021). */
const RESTRICTION_EFFECTS = [
  'The data is only stored: no document, notice or notification is e-mailed to this address (GDPR art. 18(2))',
  'Screens and the "what we hold" export show the restriction',
];
const OBJECTION_EFFECTS = [
  'No prospecting or marketing e-mail, nor any e-mail that the contract does not require, goes to this address (GDPR art. 21(2), (3))',
  'The person is no longer the default correspondent of document e-mails: they go to the client’s own address',
];
const CONTINUES = [
  {
    what: 'Issued invoices and the e-mails that carried them',
    why: 'Legal obligation: Code de commerce L123-22, 10 years (GDPR art. 17(3)(b), 18(2))',
  },
  {
    what: 'The evidence chain (acceptance records, notices, this request)',
    why: 'Establishment and defence of legal claims (CGV art. 22; GDPR art. 18(2), 21(1))',
  },
];

/**
 * Applies an answered rectification (GDPR art. 16), restriction (art. 18) or objection (art. 21)
 * to the rows that hold the person's data — their contact records and accounts — inside the
 * answer's transaction; the caller records the result as evidence and in the answer.
 */
export async function applyRequest(
  trx: Db,
  row: repo.RequestRow,
  rectification: Rectification | undefined,
  today: string,
  at: string,
): Promise<Applied | null> {
  const email = row.subject_email;
  if (row.kind === 'rectification') {
    const fields = Object.keys(rectification ?? {}) as Array<keyof Rectification>;
    if (!rectification || fields.length === 0)
      throw invalid(
        'a rectification answered says what to correct: name, title, email or phone',
        'une rectification acceptée indique ce qu’il faut corriger : nom, fonction, e-mail ou téléphone',
      );
    const contacts = await rectifyContactsWithEmail(trx, row.org_id, email, rectification, at);
    const userSet = {
      ...(rectification.name !== undefined ? { name: rectification.name } : {}),
      ...(rectification.email !== undefined ? { email: rectification.email } : {}),
    };
    const accounts =
      Object.keys(userSet).length > 0 ? await rectifyUsersWithEmail(trx, row.org_id, email, userSet, at) : 0;
    if (contacts + accounts === 0)
      throw invalid(
        'no contact or account holds this e-mail address: nothing to correct',
        'aucun contact ni compte ne porte cette adresse : rien à corriger',
      );
    return { contacts, accounts, fields };
  }
  if (rectification)
    throw invalid(
      'only a rectification request carries corrections',
      'seule une demande de rectification porte des corrections',
    );
  if (row.kind === 'restriction' || row.kind === 'objection') {
    const set = row.kind === 'restriction' ? { restricted_on: today } : { objected_on: today };
    const contacts = await markContactsWithEmail(trx, row.org_id, email, set, at);
    const accounts = await markUsersWithEmail(trx, row.org_id, email, set, at);
    return {
      contacts,
      accounts,
      since: today,
      effects: row.kind === 'restriction' ? RESTRICTION_EFFECTS : OBJECTION_EFFECTS,
      continues: CONTINUES,
    };
  }
  return null;
}
