import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import type { ClientDetail, ContactOut, UpdateContactInput } from './clients.schemas.ts';
import * as contactsRepo from './contacts.repo.ts';
import { getClient } from './get-client.ts';

/** Changes a contact's name, title, email or phone; it must stay reachable (email or phone). */
export async function updateContact(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  contactId: string,
  input: UpdateContactInput,
): Promise<{ contact: ContactOut; client: ClientDetail }> {
  await loadWritableClient(ctx, actor, clientId);
  const current = await contactsRepo.findContact(ctx.db, actor.orgId, clientId, contactId);
  if (!current) throw new AppError('client.contact_not_found');
  const email = input.email !== undefined ? (input.email?.toLowerCase() ?? null) : current.email;
  const phone = input.phone !== undefined ? input.phone : current.phone;
  if (!email && !phone)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'email',
          message: 'a contact needs an email or a phone',
          fr: 'un contact doit avoir une adresse e-mail ou un téléphone',
        },
      ],
    });
  await contactsRepo.updateContact(ctx.db, actor.orgId, contactId, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    email,
    phone,
    updated_at: ctx.now().toISOString(),
  });
  const client = await getClient(ctx, actor, clientId);
  const contact = client.contacts.find((c) => c.id === contactId);
  if (!contact) throw new AppError('client.contact_not_found');
  return { contact, client };
}
