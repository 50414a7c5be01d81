import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { civilDateSchema } from '../../kernel/schemas.ts';

import { createDraft } from './create-draft.ts';
import { publishVersion } from './publish-version.ts';
import { getTermsVersion, listTermsVersions } from './read-versions.ts';
import { updateDraft } from './update-draft.ts';
import { termsInForce } from './terms-in-force.ts';

const Bilingual = z.object({ fr: z.string(), en: z.string() });
const VersionSummary = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  status: z.enum(['draft', 'published']),
  basedOn: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
const VersionDetail = VersionSummary.extend({
  parameters: z.array(z.object({ key: z.string(), value: z.unknown(), article: z.string(), label: Bilingual })),
  articles: z.array(z.object({ number: z.string(), title: Bilingual, summary: Bilingual })),
});
const VersionParams = z.strictObject({ version: z.string().min(1).max(40) });
const date = civilDateSchema;

/** Terms versions (CGV): staff read them; admins draft and publish. */
export function termsVersionsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/terms',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['terms'],
        summary: 'List terms versions',
        response: { 200: z.object({ items: z.array(VersionSummary) }) },
      },
    },
    async (req) => ({ items: await listTermsVersions(ctx, actorOf(req)) }),
  );

  app.get(
    '/api/terms/in-force',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['terms'],
        summary: 'The version in force on a date',
        querystring: z.strictObject({ date }),
        response: { 200: VersionDetail },
      },
    },
    async (req) => {
      const terms = await termsInForce(ctx, actorOf(req).orgId, req.query.date);
      return getTermsVersion(ctx, actorOf(req), terms.version);
    },
  );

  app.get(
    '/api/terms/:version',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['terms'],
        summary: 'One version: parameters (with their article) and articles',
        params: VersionParams,
        response: { 200: VersionDetail },
      },
    },
    async (req) => getTermsVersion(ctx, actorOf(req), req.params.version),
  );

  app.post(
    '/api/terms',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['terms'],
        summary: 'Create a draft version from an existing one, with changed parameters',
        body: z.strictObject({
          version: z.string().trim().min(1).max(40),
          effectiveFrom: date,
          basedOn: z.string().min(1).max(40).optional(),
          parameters: z.record(z.string(), z.unknown()).optional(),
        }),
        response: { 201: VersionDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await createDraft(ctx, actorOf(req), req.body)),
  );

  app.patch(
    '/api/terms/:version',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['terms'],
        summary: 'Change a draft (a published version is immutable: 409)',
        params: VersionParams,
        body: z.strictObject({
          effectiveFrom: date.optional(),
          parameters: z.record(z.string(), z.unknown()).optional(),
          articles: z.array(z.unknown()).optional(),
        }),
        response: { 200: VersionDetail },
      },
    },
    async (req) => updateDraft(ctx, actorOf(req), req.params.version, req.body),
  );

  app.post(
    '/api/terms/:version/publish',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['terms'],
        summary: 'Publish a draft (then immutable); recorded in the evidence log',
        params: VersionParams,
        response: { 200: VersionDetail },
      },
    },
    async (req) => publishVersion(ctx, actorOf(req), req.params.version),
  );
}
