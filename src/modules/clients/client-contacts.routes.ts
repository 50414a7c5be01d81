import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { addContact } from './add-contact.ts';
import { CLIENT_WRITERS } from './clients.routes.ts';
import {
  ClientDetail,
  ClientIdParams,
  ContactBody,
  ContactIdParams,
  ContactOut,
  UpdateContactBody,
} from './clients.schemas.ts';
import { removeContact } from './remove-contact.ts';
import { updateContact } from './update-contact.ts';

const ContactAndClient = z.object({ contact: ContactOut, client: ClientDetail });

/** A client's contacts, kept by the same roles as the client account. */
export function clientContactsRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/clients/:id/contacts',
    {
      config: { access: CLIENT_WRITERS },
      schema: {
        tags: ['clients'],
        summary: 'Add a contact (optionally as the correspondent)',
        params: ClientIdParams,
        body: ContactBody,
        response: { 201: ContactAndClient },
      },
    },
    async (req, reply) => reply.code(201).send(await addContact(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/clients/:id/contacts/:contactId',
    {
      config: { access: CLIENT_WRITERS },
      schema: {
        tags: ['clients'],
        summary: "Change a contact's name, title, email or phone",
        params: ContactIdParams,
        body: UpdateContactBody,
        response: { 200: ContactAndClient },
      },
    },
    async (req) => updateContact(ctx, actorOf(req), req.params.id, req.params.contactId, req.body),
  );

  app.delete(
    '/api/clients/:id/contacts/:contactId',
    {
      config: { access: CLIENT_WRITERS },
      schema: {
        tags: ['clients'],
        summary: 'Remove a contact (if the correspondent, the client has none until another is named)',
        params: ContactIdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await removeContact(ctx, actorOf(req), req.params.id, req.params.contactId);
      return reply.code(204).send(null);
    },
  );
}
