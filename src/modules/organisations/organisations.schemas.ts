import { z } from 'zod';
import { NOTHING_TO_CHANGE } from '../../kernel/schemas.ts';
import { base64Length, singleLineText } from '../../kernel/text-schemas.ts';

/** The selling organisation ("Société"): its identity printed on every document, and its VAT option. */
export const OrganisationOut = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: z.string(),
  shareCapitalCents: z.number().nullable(),
  addressLine: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  siren: z.string(),
  siret: z.string().nullable(),
  vatNumber: z.string().nullable(),
  rcs: z.string().nullable(),
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  /** SEPA creditor identifier (ICS), printed on direct-debit invoices (EN 16931 BT-90). */
  sepaCreditorId: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** "Option pour le paiement de la taxe d'après les débits" (CGI ann. II art. 242 nonies A, LEGAL.md §1.7 C). */
  vatOnDebits: z.boolean(),
  /** SHA-256 of the logo printed on documents (GET /api/organisation/logo), or null: none (ADR 0034). */
  logoSha256: z.string().nullable(),
  /** The identity's version (1 at creation, +1 per change) and the instant it came into force. */
  version: z.number(),
  validFrom: z.string(),
});
export type OrganisationOut = z.infer<typeof OrganisationOut>;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,30}$/, 'expected a phone number such as +33 1 23 45 67 89');
/** Identifiers arrive as people type them (spaces allowed); '' means none. Checked in the use case. */
const identifier = (max: number) => singleLineText(0, max);

/** A change names only what changes; null (or '') clears an optional field. */
export const UpdateOrganisationBody = z
  .strictObject({
    name: singleLineText(1, 200).optional(),
    legalForm: singleLineText(1, 50).optional(),
    // A printed mention, not a document amount: any safe integer of cents (not MAX_DOCUMENT_CENTS).
    shareCapitalCents: z
      .int({ error: 'expected an integer amount of cents' })
      .min(0, 'must be 0 or more')
      .nullable()
      .optional(),
    addressLine: singleLineText(1, 200).optional(),
    postalCode: singleLineText(1, 20).optional(),
    city: singleLineText(1, 100).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code such as "FR"')
      .optional(),
    siren: identifier(20).optional(),
    siret: identifier(30).nullable().optional(),
    vatNumber: identifier(30).nullable().optional(),
    rcs: singleLineText(0, 100).nullable().optional(),
    iban: identifier(50).nullable().optional(),
    bic: identifier(20).nullable().optional(),
    sepaCreditorId: identifier(50).nullable().optional(),
    email: z.email().max(254).nullable().optional(),
    phone: phone.nullable().optional(),
    vatOnDebits: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationBody>;

/** A logo upload: the image as base64 (its type is read from the bytes, ADR 0034). */
export const UploadLogoBody = z.strictObject({
  contentBase64: z
    .base64('expected base64')
    .min(4)
    .max(base64Length(2 * 1024 * 1024)),
});
