import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { exportEvidenceArchive, findDocument, verifyEvidence } from '../../evidence/index.ts';
import { sendTable } from '../../http/table-export.ts';
import { exportFields } from '../../kernel/list-query.ts';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { allEntries, readEntries, type ReadableEntry } from './read-entries.ts';
import { AppError } from '../../kernel/errors.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';

const READERS: readonly Role[] = ['admin', 'order-admin', 'accounting', 'dpo'];

const Entry = z.object({
  seq: z.number(),
  kind: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  contractId: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
  documentSha256: z.string().nullable(),
  decision: z.unknown().nullable(),
  hash: z.string(),
  objectLabel: z.string().nullable(),
  who: z.object({ fr: z.string(), en: z.string() }),
  what: z.object({ fr: z.string(), en: z.string() }),
  article: z.string().nullable(),
  /** The app's page of the object, when it has one. */
  link: z.string().nullable(),
});

/** The largest sequence number: evidence_entries.seq is an `integer` column (PostgreSQL int4), and a cursor beyond it is refused (400), not sent to the database. */
const MAX_SEQ = 2_147_483_647;

/** The evidence log (journal de preuves, art. 22): browse, verify, export, download documents. */
export function evidenceLogRoutes(app: App, ctx: AppContext) {
  const filters = {
    clientId: z.string().min(1).max(100).optional(),
    contractId: z.string().min(1).max(100).optional(),
    kind: z.string().min(1).max(100).optional(),
    from: civilDateSchema.optional(),
    to: civilDateSchema.optional(),
  };

  app.get(
    '/api/evidence',
    {
      config: { access: READERS },
      schema: {
        tags: ['evidence'],
        summary:
          'Evidence entries, newest first, told in words (who, what, article, link); filters by client, contract, kind and period',
        querystring: z.strictObject({
          ...filters,
          limit: z.coerce.number().int().min(1).max(500).default(100),
          before: z.coerce.number().int().min(1).max(MAX_SEQ).optional(),
          /** The `nextCursor` of the previous page. */
          after: z.string().max(100).optional(),
          // The shared list sends its sort: the log has one order, newest first.
          sort: z.enum(['seq']).optional(),
          dir: z.enum(['desc']).optional(),
        }),
        response: { 200: z.object({ items: z.array(Entry), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { sort: _sort, dir: _dir, ...q } = req.query;
      return readEntries(ctx, actorOf(req), q);
    },
  );

  app.get(
    '/api/evidence/entries/export',
    {
      config: { access: READERS },
      schema: {
        tags: ['evidence'],
        summary: 'The filtered evidence entries as CSV (UTF-8 with BOM, `;`) or XLSX: when, who, what, article, hash',
        querystring: z.strictObject({
          ...filters,
          sort: z.enum(['seq']).optional(),
          dir: z.enum(['desc']).optional(),
          ...exportFields,
        }),
      },
    },
    async (req, reply) => {
      const { format, lang, sort: _sort, dir: _dir, ...q } = req.query;
      const rows = await allEntries(ctx, actorOf(req), q);
      const fr = lang === 'fr';
      return sendTable(reply, {
        format,
        basename: fr ? 'journal-de-preuves' : 'evidence-log',
        sheet: fr ? 'Journal de preuves' : 'Evidence log',
        columns: [
          { header: fr ? 'N°' : 'No.', value: (r: ReadableEntry) => r.seq },
          { header: fr ? 'Date (UTC)' : 'Date (UTC)', value: (r) => r.at },
          { header: fr ? 'Qui' : 'Who', value: (r) => r.who[lang] },
          { header: fr ? 'Quoi' : 'What', value: (r) => r.what[lang] },
          { header: fr ? 'Article' : 'Article', value: (r) => r.article },
          { header: fr ? 'Type' : 'Kind', value: (r) => r.kind },
          { header: fr ? 'Empreinte' : 'Hash', value: (r) => r.hash },
        ],
        rows,
      });
    },
  );

  app.get(
    '/api/evidence/verify',
    {
      config: { access: ['admin', 'dpo'] },
      schema: {
        tags: ['evidence'],
        summary: 'Check the whole hash chain; reports the first broken link',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number(),
            organisations: z.number(),
            firstBroken: z
              .object({ orgId: z.string(), seq: z.number(), problem: z.string(), detail: z.string() })
              .nullable(),
            heads: z.array(z.object({ orgId: z.string(), seq: z.number(), hash: z.string() })),
          }),
        },
      },
    },
    async () => verifyEvidence(ctx.db, ctx.dialect, { documents: true }),
  );

  app.get(
    '/api/evidence/export',
    {
      config: { access: READERS },
      schema: {
        tags: ['evidence'],
        summary: 'Evidence of one contract (or object) as a tar archive: manifest.json + documents',
        querystring: z.strictObject({
          contractId: z.string().min(1).max(100).optional(),
          objectType: z.string().min(1).max(50).optional(),
          objectId: z.string().min(1).max(100).optional(),
        }),
      },
    },
    async (req, reply) => {
      const q = req.query;
      const target = q.contractId
        ? { contractId: q.contractId }
        : q.objectType && q.objectId
          ? { objectType: q.objectType, objectId: q.objectId }
          : null;
      if (!target)
        throw new AppError('request.invalid', {
          errors: [
            {
              path: 'query.contractId',
              message: 'give contractId, or objectType and objectId',
              fr: 'indiquez contractId, ou objectType et objectId',
            },
          ],
        });
      const { archive, entries } = await exportEvidenceArchive(ctx.db, actorOf(req).orgId, target, ctx.now());
      if (entries === 0) throw new AppError('evidence.not_found');
      const name =
        'contractId' in target
          ? `preuves-contrat-${target.contractId}.tar`
          : `preuves-${target.objectType}-${target.objectId}.tar`;
      return reply
        .type('application/x-tar')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(archive);
    },
  );

  app.get(
    '/api/evidence/documents/:sha256',
    {
      config: { access: READERS },
      schema: {
        tags: ['evidence'],
        summary: 'A stored document, by its SHA-256',
        params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
      },
    },
    async (req, reply) => {
      const doc = await findDocument(ctx.db, actorOf(req).orgId, req.params.sha256);
      if (!doc) throw new AppError('evidence.not_found');
      return reply
        .type(doc.media_type)
        .header('content-disposition', `attachment; filename="${doc.filename.replace(/"/g, '')}"`)
        .send(Buffer.from(doc.content));
    },
  );
}
