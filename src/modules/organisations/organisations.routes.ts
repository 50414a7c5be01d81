import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES, type Role } from '../auth/index.ts';
import { readOrganisation } from './read-organisation.ts';
import { OrganisationOut, UpdateOrganisationBody } from './organisations.schemas.ts';
import { updateOrganisation } from './update-organisation.ts';

/** Staff read the company's identity (it is on every document they send); administrators change it. */
export const ORGANISATION_READERS: readonly Role[] = STAFF_ROLES;
export const ORGANISATION_WRITERS: readonly Role[] = ['admin'];

/** The selling organisation ("Paramètres de la société"). */
export function organisationsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/organisation',
    {
      config: { access: ORGANISATION_READERS },
      schema: {
        tags: ['organisation'],
        summary: 'The selling organisation: identity printed on documents, VAT-on-debits option',
        response: { 200: z.object({ organisation: OrganisationOut }) },
      },
    },
    async (req) => ({ organisation: await readOrganisation(ctx, actorOf(req)) }),
  );

  app.patch(
    '/api/organisation',
    {
      config: { access: ORGANISATION_WRITERS },
      schema: {
        tags: ['organisation'],
        summary:
          'Change the organisation’s identity or VAT-on-debits option (a new version, in force from now; issued documents keep theirs)',
        body: UpdateOrganisationBody,
        response: { 200: z.object({ organisation: OrganisationOut }) },
      },
    },
    async (req) => ({ organisation: await updateOrganisation(ctx, actorOf(req), req.body) }),
  );
}
