import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import * as repo from './clients.repo.ts';
import * as contactsRepo from './contacts.repo.ts';

/** Removes a contact; if it was the correspondent, the client has none until another is named. */
export async function removeContact(ctx: AppContext, actor: Actor, clientId: string, contactId: string): Promise<void> {
  const client = await loadWritableClient(ctx, actor, clientId);
  if (!(await contactsRepo.findContact(ctx.db, actor.orgId, clientId, contactId)))
    throw new AppError('client.contact_not_found');
  await ctx.db.transaction().execute(async (trx) => {
    // The client row points at its correspondent: release it before the contact goes.
    if (client.correspondent_contact_id === contactId)
      await repo.updateClient(trx, actor.orgId, clientId, {
        correspondent_contact_id: null,
        updated_at: ctx.now().toISOString(),
      });
    await contactsRepo.deleteContact(trx, actor.orgId, contactId);
  });
}
