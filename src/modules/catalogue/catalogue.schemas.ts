import { z } from 'zod';
import { exportFields, listPaging } from '../../kernel/list-query.ts';
import { centsSchema, NOTHING_TO_CHANGE, ratePercentSchema } from '../../kernel/schemas.ts';
import { idSchema, multiLineText, singleLineText } from '../../kernel/text-schemas.ts';

export const ITEM_KINDS = ['product', 'service'] as const;
export const OFFER_LINES = ['cybersecurity', 'telephony', 'unified-communications'] as const;
/** Hardware is delivered (sold or rented); a virtualized solution is made available under a licence (art. 5, 8). */
export const SOLUTION_KINDS = ['hardware', 'virtualized'] as const;
/** Services of art. 6; anything else is quoted case by case (6.8) under "other". */
export const SERVICE_CATEGORIES = [
  'diagnostic',
  'installation',
  'training',
  'maintenance-ticket',
  'rental-maintenance',
  'other',
] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug such as "wifi-access-point"')
  .max(60);
const sku = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'expected letters, digits and . _ / - (at most 64)');
const optionalText = (max: number) => singleLineText(1, max).nullable().optional();

export const CatalogueItemOut = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  category: z.string(),
  offerLine: z.enum(OFFER_LINES).nullable(),
  solutionKind: z.enum(SOLUTION_KINDS).nullable(),
  manufacturer: z.string().nullable(),
  sku: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** Indicative only (art. 9.1): a quote copies it and is never changed by later edits. */
  indicativePriceCents: z.number(),
  vatRatePercent: z.string(),
  rentable: z.boolean(),
  /** Rental part of the monthly rent; the rent quoted is this plus the maintenance fee (9.1). */
  monthlyRentCents: z.number().nullable(),
  maintenanceFeeCents: z.number().nullable(),
  warrantyMonths: z.number().nullable(),
  licenceUsers: z.number().nullable(),
  lateCancellationIndemnityCents: z.number().nullable(),
  offHoursSurchargePercent: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CatalogueItemOut = z.infer<typeof CatalogueItemOut>;

/** Fields a writer may set; kind is fixed at creation. */
const editable = {
  category: slug,
  offerLine: z.enum(OFFER_LINES).nullable().optional(),
  solutionKind: z.enum(SOLUTION_KINDS).nullable().optional(),
  manufacturer: optionalText(100),
  sku,
  name: singleLineText(1, 300),
  description: multiLineText(0, 4000).nullable().optional(),
  indicativePriceCents: centsSchema,
  vatRatePercent: ratePercentSchema,
  rentable: z.boolean().optional(),
  monthlyRentCents: centsSchema.nullable().optional(),
  maintenanceFeeCents: centsSchema.nullable().optional(),
  warrantyMonths: z.int().min(0).max(120).nullable().optional(),
  licenceUsers: z.int().min(1).max(100_000).nullable().optional(),
  lateCancellationIndemnityCents: centsSchema.nullable().optional(),
  offHoursSurchargePercent: ratePercentSchema.nullable().optional(),
};

export const CreateItemBody = z.strictObject({ kind: z.enum(ITEM_KINDS), ...editable });
export type CreateItemInput = z.infer<typeof CreateItemBody>;

export const UpdateItemBody = z
  .strictObject({
    category: editable.category.optional(),
    offerLine: editable.offerLine,
    solutionKind: editable.solutionKind,
    manufacturer: editable.manufacturer,
    sku: editable.sku.optional(),
    name: editable.name.optional(),
    description: editable.description,
    indicativePriceCents: editable.indicativePriceCents.optional(),
    vatRatePercent: editable.vatRatePercent.optional(),
    rentable: editable.rentable,
    monthlyRentCents: editable.monthlyRentCents,
    maintenanceFeeCents: editable.maintenanceFeeCents,
    warrantyMonths: editable.warrantyMonths,
    licenceUsers: editable.licenceUsers,
    lateCancellationIndemnityCents: editable.lateCancellationIndemnityCents,
    offHoursSurchargePercent: editable.offHoursSurchargePercent,
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateItemInput = z.infer<typeof UpdateItemBody>;

/** The sortable columns of the catalogue list (`name`: French order, accents and case folded). */
export const ITEM_SORTS = ['name', 'reference', 'kind', 'price'] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

/** The filters of the catalogue list, shared by the page and the export. */
const itemFilters = {
  kind: z.enum(ITEM_KINDS).optional(),
  offerLine: z.enum(OFFER_LINES).optional(),
  category: slug.optional(),
  active: z.enum(['true', 'false']).optional(),
  /** Every word in the name (accent- and case-insensitive), the SKU or the manufacturer. */
  q: singleLineText(1, 100).optional(),
};
/** A catalogue reads in alphabetical order unless asked otherwise. */
const ascending = { dir: z.enum(['asc', 'desc']).default('asc') };

export const ListItemsQuery = z.strictObject({
  ...itemFilters,
  ...listPaging(ITEM_SORTS, 'name'),
  ...ascending,
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListItemsQuery = z.infer<typeof ListItemsQuery>;

export const ItemExportQuery = z.strictObject({
  ...itemFilters,
  sort: z.enum(ITEM_SORTS).default('name'),
  ...ascending,
  ...exportFields,
});

export const ItemIdParams = z.strictObject({ id: idSchema });
