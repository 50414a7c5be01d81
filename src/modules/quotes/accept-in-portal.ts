import { parisDate, type AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import type { PortalAcceptInput } from './acceptance.schemas.ts';
import { applyAcceptance } from './apply-acceptance.ts';
import { visibleQuote } from './read-quotes.ts';

/**
 * The client user accepts in the portal (art. 3.1, "devis signé"): we keep who, when, from which
 * IP, and the SHA-256 of the PDF it accepted, as a JSON statement stored in the evidence log.
 */
export async function acceptInPortal(ctx: AppContext, actor: Actor, id: string, input: PortalAcceptInput, ip: string) {
  const quote = await visibleQuote(ctx, actor, id);
  const at = ctx.now().toISOString();
  const statement = {
    statement: 'Bon pour accord — devis accepté sans réserve',
    quoteId: quote.id,
    quoteNumber: quote.number,
    quoteVersion: quote.version,
    quotePdfSha256: quote.pdf_sha256,
    acceptedWithoutReservation: input.acceptedWithoutReservation,
    reservations: input.reservations ?? null,
    signatoryName: input.signatoryName,
    signatoryTitle: input.signatoryTitle,
    userId: actor.userId,
    userEmail: actor.email,
    ip,
    at,
  };
  return applyAcceptance(ctx, actor, quote, {
    method: 'signed-quote',
    acceptedOn: parisDate(ctx.now()),
    withReservations: !input.acceptedWithoutReservation || input.reservations !== undefined,
    document: {
      bytes: Buffer.from(JSON.stringify(statement, null, 2)),
      mediaType: 'application/json',
      filename: `acceptation-portail-${quote.number}-v${quote.version}.json`,
    },
    record: {
      channel: 'portal',
      signatoryName: input.signatoryName,
      signatoryTitle: input.signatoryTitle,
      ip,
      purchaseOrderReference: null,
    },
  });
}
