import { z } from 'zod';
import { bilingualMessage, civilDateSchema, NOTHING_TO_CHANGE } from '../../kernel/schemas.ts';
import { idSchema, multiLineText, singleLineText } from '../../kernel/text-schemas.ts';
import { exportFields, listPaging } from '../../kernel/list-query.ts';

export const PAYMENT_METHODS = ['bank-transfer', 'direct-debit', 'administrative-mandate'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** Art. 10.1 and 15.2: ALLEO adapts terms, requires prepayment or terminates on this ground. */
export const FINANCIAL_STATUSES = ['normal', 'watch', 'prepayment-required'] as const;
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number];

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,30}$/, 'expected a phone number such as +33 1 23 45 67 89');
const email = z.email().max(254);
/** Identifiers arrive as people type them (spaces allowed); '' means none. Checked in the use case. */
const identifier = (max: number) => singleLineText(0, max);

const AddressIn = z
  .strictObject({
    line: singleLineText(1, 200),
    postalCode: singleLineText(1, 20),
    city: singleLineText(1, 100),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code such as "FR"')
      .default('FR'),
  })
  .refine((a) => a.country !== 'FR' || /^\d{5}$/.test(a.postalCode), {
    path: ['postalCode'],
    ...bilingualMessage('a French postal code has 5 digits', 'un code postal français comporte 5 chiffres'),
  });

export const AddressOut = z.object({ line: z.string(), postalCode: z.string(), city: z.string(), country: z.string() });
export type AddressOut = z.infer<typeof AddressOut>;

const contactShape = {
  name: singleLineText(1, 200),
  /** Job title, e.g. "DSI", "Responsable achats". */
  title: singleLineText(1, 100).nullable().optional(),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
};
const reachable = (c: { email?: string | null; phone?: string | null }) => Boolean(c.email || c.phone);
const REACHABLE = {
  path: ['email'],
  ...bilingualMessage(
    'a contact needs an email or a phone',
    'un contact doit avoir une adresse e-mail ou un téléphone',
  ),
};

export const ContactBody = z
  .strictObject({ ...contactShape, correspondent: z.boolean().optional() })
  .refine(reachable, REACHABLE);
export type ContactInput = z.infer<typeof ContactBody>;

export const UpdateContactBody = z
  .strictObject({
    name: contactShape.name.optional(),
    title: contactShape.title,
    email: contactShape.email,
    phone: contactShape.phone,
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateContactInput = z.infer<typeof UpdateContactBody>;

const clientShape = {
  legalName: singleLineText(1, 200),
  siren: identifier(20),
  siret: identifier(30).nullable().optional(),
  vatNumber: identifier(30).nullable().optional(),
  billingAddress: AddressIn,
  siteAddress: AddressIn.nullable().optional(),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  paymentMethod: z.enum(PAYMENT_METHODS).optional(),
  iban: identifier(50).nullable().optional(),
  bic: identifier(20).nullable().optional(),
  /** SEPA mandate reference (RUM), required with its signature date for direct debit. */
  mandateReference: identifier(35).nullable().optional(),
  mandateSignedOn: civilDateSchema.nullable().optional(),
  publicBuyer: z.boolean().optional(),
  /** Art. 14.7: the client refused in writing to be cited as a commercial reference. */
  referenceOptOut: z.boolean().optional(),
};

export const CreateClientBody = z
  .strictObject({ ...clientShape, contacts: z.array(ContactBody).max(50).optional() })
  .superRefine((b, ctx) => {
    // The correspondent of art. 7 is one person: a second one is named at its own index.
    let seen = false;
    (b.contacts ?? []).forEach((c, i) => {
      if (c.correspondent && seen)
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', i, 'correspondent'],
          ...bilingualMessage(
            'only one contact can be the correspondent',
            'un seul contact peut être le correspondant désigné',
          ),
        });
      if (c.correspondent) seen = true;
    });
  });
export type CreateClientInput = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = z
  .strictObject({
    legalName: clientShape.legalName.optional(),
    siren: clientShape.siren.optional(),
    siret: clientShape.siret,
    vatNumber: clientShape.vatNumber,
    billingAddress: clientShape.billingAddress.optional(),
    siteAddress: clientShape.siteAddress,
    email: clientShape.email,
    phone: clientShape.phone,
    paymentMethod: clientShape.paymentMethod,
    iban: clientShape.iban,
    bic: clientShape.bic,
    mandateReference: clientShape.mandateReference,
    mandateSignedOn: clientShape.mandateSignedOn,
    publicBuyer: clientShape.publicBuyer,
    referenceOptOut: clientShape.referenceOptOut,
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateClientInput = z.infer<typeof UpdateClientBody>;

export const FinancialStatusBody = z.strictObject({
  status: z.enum(FINANCIAL_STATUSES),
  reason: multiLineText(3, 1000),
});
export const CorrespondentBody = z.strictObject({ contactId: idSchema.nullable() });
export const RelationshipEndBody = z.strictObject({ endedOn: civilDateSchema.nullable() });

/** The sortable columns of the clients list (`name`: French order of the folded name, the default). */
export const CLIENT_SORTS = ['name', 'siren', 'city', 'created'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

/** The filters of the clients list, shared by the page and the export. */
const clientFilters = {
  /** Part of the legal name, or the first digits of the SIREN / SIRET. */
  q: singleLineText(1, 100).optional(),
  financialStatus: z.enum(FINANCIAL_STATUSES).optional(),
};

export const ListClientsQuery = z.strictObject({
  ...clientFilters,
  ...listPaging(CLIENT_SORTS, 'name'),
  // A list of names reads A to Z unless asked otherwise.
  dir: z.enum(['asc', 'desc']).default('asc'),
  /** Without a cursor: rows skipped (the older paging; `after` is the one that scales). */
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListClientsQuery = z.infer<typeof ListClientsQuery>;

export const ClientExportQuery = ListClientsQuery.omit({ after: true, limit: true, offset: true }).extend(exportFields);

export const ClientIdParams = z.strictObject({ id: idSchema });
export const ContactIdParams = z.strictObject({ id: idSchema, contactId: idSchema });

export const ContactOut = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isCorrespondent: z.boolean(),
  /** A restriction (GDPR art. 18) / objection (art. 21) in force since that day: the person is not written to. */
  restrictedOn: z.string().nullable(),
  objectedOn: z.string().nullable(),
});
export type ContactOut = z.infer<typeof ContactOut>;

export const ClientSummary = z.object({
  id: z.string(),
  legalName: z.string(),
  siren: z.string(),
  siret: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  paymentMethod: z.enum(PAYMENT_METHODS),
  publicBuyer: z.boolean(),
  /** Null for a client user: ALLEO's credit assessment is internal. */
  financialStatus: z.enum(FINANCIAL_STATUSES).nullable(),
  correspondentName: z.string().nullable(),
  relationshipEndedOn: z.string().nullable(),
  anonymised: z.boolean(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const FinancialStatusChangeOut = z.object({
  from: z.enum(FINANCIAL_STATUSES),
  to: z.enum(FINANCIAL_STATUSES),
  reason: z.string(),
  changedBy: z.object({ id: z.string(), name: z.string() }),
  at: z.string(),
});

export const ClientDetail = z.object({
  id: z.string(),
  legalName: z.string(),
  siren: z.string(),
  siret: z.string().nullable(),
  vatNumber: z.string().nullable(),
  billingAddress: AddressOut,
  siteAddress: AddressOut.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  paymentMethod: z.enum(PAYMENT_METHODS),
  iban: z
    .string()
    .nullable()
    .describe('In full for the roles that collect payments (admin, accounting); masked for the others'),
  bic: z.string().nullable(),
  /** True when iban and bic are masked for this reader: send them back only to change them. */
  paymentDetailsMasked: z.boolean(),
  mandateReference: z.string().nullable(),
  mandateSignedOn: z.string().nullable(),
  publicBuyer: z.boolean(),
  referenceOptOut: z.boolean(),
  financialStatus: z.enum(FINANCIAL_STATUSES).nullable(),
  /** Newest first; empty for a client user. */
  financialStatusHistory: z.array(FinancialStatusChangeOut),
  correspondent: ContactOut.nullable(),
  contacts: z.array(ContactOut),
  relationshipEndedOn: z.string().nullable(),
  /** Who last set or cleared the end of the relationship, and when (null before it was recorded). */
  relationshipEndSet: z.object({ by: z.object({ id: z.string(), name: z.string() }), at: z.string() }).nullable(),
  anonymisedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientDetail = z.infer<typeof ClientDetail>;
