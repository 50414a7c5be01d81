import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail } from './clients.schemas.ts';
import * as contactsRepo from './contacts.repo.ts';
import { getClient } from './get-client.ts';

/** Names one of the client's contacts as its designated correspondent (art. 7), or none (null). */
export async function setCorrespondent(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  contactId: string | null,
): Promise<ClientDetail> {
  await loadWritableClient(ctx, actor, clientId);
  // Only a contact of this very client: another client's contact is unknown here.
  if (contactId !== null && !(await contactsRepo.findContact(ctx.db, actor.orgId, clientId, contactId))) {
    throw new AppError('client.contact_not_found', {
      errors: [
        { path: 'contactId', message: 'not a contact of this client', fr: "ce contact n'appartient pas à ce client" },
      ],
    });
  }
  await repo.updateClient(ctx.db, actor.orgId, clientId, {
    correspondent_contact_id: contactId,
    updated_at: ctx.now().toISOString(),
  });
  return getClient(ctx, actor, clientId);
}
