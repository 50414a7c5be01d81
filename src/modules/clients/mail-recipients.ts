import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import * as clients from './clients.repo.ts';
import * as contacts from './contacts.repo.ts';

export interface MailRecipients {
  /** The designated correspondent's address (art. 7), else the client's. */
  correspondent: string | null;
  /** Where invoices go: the client's own (accounting) address, else the correspondent's. */
  billing: string | null;
  /** The client has a portal account: the e-mail may offer the portal. */
  portalAccount: boolean;
}

/** Who a document e-mail goes to by default, and whether the client can use the portal. */
export async function mailRecipients(ctx: AppContext, orgId: string, clientId: string): Promise<MailRecipients> {
  const client = await clients.findClient(ctx.db, orgId, clientId);
  if (!client) throw new AppError('client.not_found');
  const correspondent = client.correspondent_contact_id
    ? await contacts.findContact(ctx.db, orgId, clientId, client.correspondent_contact_id)
    : undefined;
  // A correspondent who restricted the processing of their data (GDPR art. 18) or objected to it
  // (art. 21) is no longer written to: the client's own address takes their place (ADR 0021).
  const usable = correspondent && !correspondent.restricted_on && !correspondent.objected_on;
  const correspondentEmail = usable ? (correspondent.email ?? null) : null;
  return {
    correspondent: correspondentEmail ?? client.email,
    billing: client.email ?? correspondentEmail,
    portalAccount: await contacts.hasPortalAccount(ctx.db, orgId, clientId),
  };
}
