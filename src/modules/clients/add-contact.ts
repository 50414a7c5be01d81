import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import { contactRow } from './client-columns.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail, ContactInput, ContactOut } from './clients.schemas.ts';
import * as contactsRepo from './contacts.repo.ts';
import { getClient } from './get-client.ts';

/** Adds a contact to a client; `correspondent: true` also makes it the designated correspondent (art. 7). */
export async function addContact(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: ContactInput,
): Promise<{ contact: ContactOut; client: ClientDetail }> {
  await loadWritableClient(ctx, actor, clientId);
  const now = ctx.now().toISOString();
  const row = contactRow(actor.orgId, clientId, input, now);
  await ctx.db.transaction().execute(async (trx) => {
    await contactsRepo.insertContact(trx, row);
    if (input.correspondent)
      await repo.updateClient(trx, actor.orgId, clientId, { correspondent_contact_id: row.id, updated_at: now });
  });
  const client = await getClient(ctx, actor, clientId);
  const contact = client.contacts.find((c) => c.id === row.id);
  if (!contact) throw new Error('Contact just added is not found');
  return { contact, client };
}
