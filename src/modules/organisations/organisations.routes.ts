import { z } from 'zod';
import { base64Length } from '../../kernel/text-schemas.ts';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES, type Role } from '../auth/index.ts';
import { readOrganisation } from './read-organisation.ts';
import { changeLogo, currentLogo } from './organisation-logo.ts';
import { OrganisationOut, UpdateOrganisationBody, UploadLogoBody } from './organisations.schemas.ts';
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

  app.get(
    '/api/organisation/logo',
    {
      config: { access: ORGANISATION_READERS },
      schema: {
        tags: ['organisation'],
        summary: 'The logo printed on documents (PNG or JPEG); 404 when there is none',
      },
    },
    async (req, reply) => {
      const logo = await currentLogo(ctx, actorOf(req));
      return reply.type(logo.mediaType).header('etag', `"${logo.sha256}"`).send(Buffer.from(logo.bytes));
    },
  );

  app.put(
    '/api/organisation/logo',
    {
      config: { access: ORGANISATION_WRITERS },
      bodyLimit: base64Length(2 * 1024 * 1024) + 1024,
      schema: {
        tags: ['organisation'],
        summary:
          'Upload the logo printed on every document: PNG or JPEG, at most 1 MB and 2,000 pixels a side (a new identity version; issued documents keep theirs)',
        body: UploadLogoBody,
        response: { 200: z.object({ organisation: OrganisationOut }) },
      },
    },
    async (req) => ({
      organisation: await changeLogo(ctx, actorOf(req), new Uint8Array(Buffer.from(req.body.contentBase64, 'base64'))),
    }),
  );

  app.delete(
    '/api/organisation/logo',
    {
      config: { access: ORGANISATION_WRITERS },
      schema: {
        tags: ['organisation'],
        summary: 'Remove the logo from documents issued from now on (issued documents keep theirs)',
        response: { 200: z.object({ organisation: OrganisationOut }) },
      },
    },
    async (req) => ({ organisation: await changeLogo(ctx, actorOf(req), null) }),
  );
}
