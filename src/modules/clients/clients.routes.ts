import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import {
  ClientDetail,
  ClientExportQuery,
  ClientIdParams,
  ClientSummary,
  CorrespondentBody,
  CreateClientBody,
  ListClientsQuery,
  RelationshipEndBody,
  UpdateClientBody,
} from './clients.schemas.ts';
import { createClient } from './create-client.ts';
import { setRelationshipEnd } from './end-relationship.ts';
import { getClient } from './get-client.ts';
import { allClients, listClients } from './list-clients.ts';
import { clientExportColumns } from './client-export.ts';
import { sendTable } from '../../http/table-export.ts';
import { setCorrespondent } from './set-correspondent.ts';
import { updateClient } from './update-client.ts';

/**
 * Who keeps client accounts: sales opens them, order administration and accounting maintain
 * them (addresses, payment method, mandate), the administrator can do all. Technicians and the
 * DPO only read. A client user reads its own account and nothing else (another id is a 404).
 */
export const CLIENT_WRITERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
/**
 * The end of the commercial relationship starts the art. 17.2 retention clock of the client's
 * personal data: sales, who own the relationship, and the data protection officer, who owns the
 * retention, decide it (with the administrator); order administration and accounting do not.
 */
export const RELATIONSHIP_END_WRITERS: readonly Role[] = ['admin', 'sales', 'dpo'];

const ClientBody = z.object({ client: ClientDetail });

export function clientsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/clients',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['clients'],
        summary:
          'List clients, one keyset page in the asked sort (search by name or SIREN/SIRET, financial status; a client user sees its own)',
        querystring: ListClientsQuery,
        response: {
          200: z.object({
            items: z.array(ClientSummary),
            total: z.number(),
            limit: z.number(),
            offset: z.number(),
            /** The cursor of the next page (`after`), null on the last page. */
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => listClients(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/clients/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['clients'],
        summary:
          'The filtered clients list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort; no financial status for a client user)',
        querystring: ClientExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      const actor = actorOf(req);
      return sendTable(reply, {
        format,
        basename: 'clients',
        sheet: 'Clients',
        columns: clientExportColumns(lang, actor.role !== 'client'),
        rows: await allClients(ctx, actor, filters),
      });
    },
  );

  app.get(
    '/api/clients/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['clients'],
        summary: 'A client with contacts, correspondent and financial status history',
        params: ClientIdParams,
        response: { 200: ClientBody },
      },
    },
    async (req) => ({ client: await getClient(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/clients',
    {
      config: { access: CLIENT_WRITERS },
      schema: {
        tags: ['clients'],
        summary: 'Create a client, with its contacts and correspondent',
        body: CreateClientBody,
        response: { 201: ClientBody },
      },
    },
    async (req, reply) => reply.code(201).send({ client: await createClient(ctx, actorOf(req), req.body) }),
  );

  app.patch(
    '/api/clients/:id',
    {
      config: { access: CLIENT_WRITERS },
      schema: {
        tags: ['clients'],
        summary: 'Change identity, addresses, payment method or reference opt-out',
        params: ClientIdParams,
        body: UpdateClientBody,
        response: { 200: ClientBody },
      },
    },
    async (req) => ({ client: await updateClient(ctx, actorOf(req), req.params.id, req.body) }),
  );

  app.put(
    '/api/clients/:id/correspondent',
    {
      config: { access: CLIENT_WRITERS },
      schema: {
        tags: ['clients'],
        summary: 'Designate the correspondent (art. 7) among the contacts, or none',
        params: ClientIdParams,
        body: CorrespondentBody,
        response: { 200: ClientBody },
      },
    },
    async (req) => ({ client: await setCorrespondent(ctx, actorOf(req), req.params.id, req.body.contactId) }),
  );

  app.put(
    '/api/clients/:id/relationship-end',
    {
      config: { access: RELATIONSHIP_END_WRITERS },
      schema: {
        tags: ['clients'],
        summary:
          'Set or clear the end of the commercial relationship (starts the art. 17.2 retention); who and when are recorded',
        params: ClientIdParams,
        body: RelationshipEndBody,
        response: { 200: ClientBody },
      },
    },
    async (req) => ({ client: await setRelationshipEnd(ctx, actorOf(req), req.params.id, req.body.endedOn) }),
  );
}
