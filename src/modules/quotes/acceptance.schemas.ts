import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { UploadedDocument } from '../shared/index.ts';

const person = z.string().trim().min(1).max(200);

/** The client user's acceptance in the portal: it has read the PDF and ticks "without reservation". */
export const PortalAcceptBody = z.strictObject({
  acceptedWithoutReservation: z.boolean(),
  signatoryName: person,
  signatoryTitle: person,
  /** Any reservation makes it a counter-offer, not an acceptance (art. 3.1). */
  reservations: z.string().trim().min(1).max(2000).optional(),
});
export type PortalAcceptInput = z.infer<typeof PortalAcceptBody>;

/** The client user declines the quote in the portal; the reason is optional. */
export const PortalRefuseBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000).optional(),
});
export type PortalRefuseInput = z.infer<typeof PortalRefuseBody>;

const received = {
  document: UploadedDocument,
  /** The day the client's document reached ALLEO (default: today). */
  receivedOn: civilDateSchema.optional(),
  /** Reservations written on the document: then it is not an acceptance. */
  withReservations: z.boolean().default(false),
};

/** Staff record the quote returned signed by email or post. */
export const SignedQuoteBody = z.strictObject({
  ...received,
  receivedBy: z.enum(['email', 'post']),
  signatoryName: person.optional(),
  signatoryTitle: person.optional(),
});
export type SignedQuoteInput = z.infer<typeof SignedQuoteBody>;

/** Staff record the client's purchase order. */
export const PurchaseOrderBody = z.strictObject({
  ...received,
  /** The purchase order's own number. */
  purchaseOrderReference: z.string().trim().min(1).max(100),
  /** The quote reference as written on the purchase order, or null when it cites none. */
  quoteReference: z.string().trim().max(200).nullable(),
});
export type PurchaseOrderInput = z.infer<typeof PurchaseOrderBody>;
