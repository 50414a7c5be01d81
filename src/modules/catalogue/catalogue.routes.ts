import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES } from '../auth/index.ts';
import { sendTable } from '../../http/table-export.ts';
import {
  CatalogueItemOut,
  CreateItemBody,
  ItemExportQuery,
  ItemIdParams,
  ListItemsQuery,
  UpdateItemBody,
} from './catalogue.schemas.ts';
import { createItem } from './create-item.ts';
import { getCatalogueItem } from './get-item.ts';
import { allCatalogueItems, itemExportColumns, listCatalogueItems } from './list-items.ts';
import { setItemActive } from './set-item-active.ts';
import { updateItem } from './update-item.ts';

const ItemBody = z.object({ item: CatalogueItemOut });

/**
 * The catalogue of products and services (prices indicative, art. 9.1). Staff read it to build
 * quotes; only administrators maintain it (SPEC "Administrator: … catalogue"). Client users never
 * see it: what binds them is the price copied into their quote.
 */
export function catalogueRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/catalogue',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['catalogue'],
        summary:
          'List items (filters: kind, offerLine, category, active, q folded for accents and case; sort by name in French order, reference, kind or price; keyset paged)',
        querystring: ListItemsQuery,
        response: {
          200: z.object({
            items: z.array(CatalogueItemOut),
            nextCursor: z.string().nullable(),
            total: z.number(),
            limit: z.number(),
            offset: z.number(),
          }),
        },
      },
    },
    async (req) => listCatalogueItems(ctx, actorOf(req).orgId, req.query),
  );

  app.get(
    '/api/catalogue/export',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['catalogue'],
        summary: 'The filtered catalogue as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order',
        querystring: ItemExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      return sendTable(reply, {
        format,
        basename: 'catalogue',
        sheet: 'Catalogue',
        columns: itemExportColumns(lang),
        rows: await allCatalogueItems(ctx, actorOf(req).orgId, filters),
      });
    },
  );

  app.get(
    '/api/catalogue/:id',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['catalogue'],
        summary: 'One item (inactive items stay readable)',
        params: ItemIdParams,
        response: { 200: ItemBody },
      },
    },
    async (req) => ({ item: await getCatalogueItem(ctx, actorOf(req).orgId, req.params.id) }),
  );

  app.post(
    '/api/catalogue',
    {
      config: { access: ['admin'] },
      schema: { tags: ['catalogue'], summary: 'Create an item', body: CreateItemBody, response: { 201: ItemBody } },
    },
    async (req, reply) => reply.code(201).send({ item: await createItem(ctx, actorOf(req), req.body) }),
  );

  app.patch(
    '/api/catalogue/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['catalogue'],
        summary: 'Change an item (never alters quotes or contracts already written)',
        params: ItemIdParams,
        body: UpdateItemBody,
        response: { 200: ItemBody },
      },
    },
    async (req) => ({ item: await updateItem(ctx, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/api/catalogue/:id/deactivate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['catalogue'],
        summary: 'Withdraw an item from sale (never deleted)',
        params: ItemIdParams,
        response: { 200: ItemBody },
      },
    },
    async (req) => ({ item: await setItemActive(ctx, actorOf(req), req.params.id, false) }),
  );

  app.post(
    '/api/catalogue/:id/reactivate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['catalogue'],
        summary: 'Put a withdrawn item back on sale',
        params: ItemIdParams,
        response: { 200: ItemBody },
      },
    },
    async (req) => ({ item: await setItemActive(ctx, actorOf(req), req.params.id, true) }),
  );
}
