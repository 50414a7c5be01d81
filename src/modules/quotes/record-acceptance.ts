import { parisDate, type AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import type { PurchaseOrderInput, SignedQuoteInput } from './acceptance.schemas.ts';
import { applyAcceptance } from './apply-acceptance.ts';
import { visibleQuote } from './read-quotes.ts';
import { decodeUpload } from '../shared/index.ts';

/** Staff record the quote the client returned signed, by email or post (art. 3.1). */
export async function recordSignedQuote(ctx: AppContext, actor: Actor, id: string, input: SignedQuoteInput) {
  const quote = await visibleQuote(ctx, actor, id);
  return applyAcceptance(ctx, actor, quote, {
    method: 'signed-quote',
    acceptedOn: input.receivedOn ?? parisDate(ctx.now()),
    withReservations: input.withReservations,
    document: decodeUpload(input.document, 'document'),
    record: {
      channel: 'signed-upload',
      signatoryName: input.signatoryName ?? null,
      signatoryTitle: input.signatoryTitle ?? null,
      ip: null,
      purchaseOrderReference: null,
    },
  });
}

/** "D-2026-00042", "d 2026 00042" and "Devis D-2026-00042 v2" all cite quote D-2026-00042. */
function cites(text: string | null, quoteNumber: string): boolean {
  const squash = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return text !== null && squash(text).includes(squash(quoteNumber));
}

/**
 * Staff record a purchase order; it accepts the quote only if it expressly refers to it
 * (art. 3.1): the reference written on the order must cite the quote's number.
 */
export async function recordPurchaseOrder(ctx: AppContext, actor: Actor, id: string, input: PurchaseOrderInput) {
  const quote = await visibleQuote(ctx, actor, id);
  return applyAcceptance(ctx, actor, quote, {
    method: 'purchase-order',
    acceptedOn: input.receivedOn ?? parisDate(ctx.now()),
    withReservations: input.withReservations,
    referencesQuote: quote.number !== null && cites(input.quoteReference, quote.number),
    document: decodeUpload(input.document, 'document'),
    record: {
      channel: 'purchase-order',
      signatoryName: null,
      signatoryTitle: null,
      ip: null,
      purchaseOrderReference: input.purchaseOrderReference,
    },
  });
}
