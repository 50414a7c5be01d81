import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderOrderAcknowledgementPdf } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { addDays, addMonths, formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findLessorIdentity } from '../lessors/index.ts';
import { draftForContractEvent } from '../invoices/index.ts';
import { createLicencesForContract } from '../licences/index.ts';
import { quoteLinesOf, visibleQuote } from '../quotes/index.ts';
import { loadParties, nextNumber } from '../shared/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { acknowledgementDocument } from './acknowledgement-document.ts';
import * as repo from './contracts.repo.ts';
import type { FormContractBody } from './contracts.schemas.ts';
import { getContract } from './read-contracts.ts';
import { rentalFileOf } from './rental-file.ts';
import { vatOfOrderDate, vatRateChangeDecision } from './vat-of-order-date.ts';

const PARTY_NAMES = { alleo: 'ALLEO', lessor: 'the financing partner' } as const;

/**
 * Issues the order acknowledgement, which forms the contract (art. 3.2): the accepted quote's
 * lines and prices, governed by the terms in force on the order date (art. 1.2), effective on the
 * stated date or the signature date (art. 15.1). A rental waits for its file's approvals. The
 * PDF, the contract, its lines and its licences commit together.
 */
export async function formContract(ctx: AppContext, actor: Actor, input: FormContractBody) {
  const quote = await visibleQuote(ctx, actor, input.quoteId);
  if (quote.status !== 'accepted' || !quote.accepted_on)
    throw new AppError('quote.not_accepted', { detail: `The quote is ${quote.status}` });
  if (await repo.contractOfQuote(ctx.db, actor.orgId, quote.id)) throw new AppError('contract.already_formed');
  const file = await rentalFileOf(ctx, actor.orgId, quote);
  if (file.missing.length > 0) {
    const what = file.missing.map((p) => `${PARTY_NAMES[p]} (${file[p].status})`).join(' and ');
    throw new AppError('contract.rental_file_pending', {
      detail: `The rental file still needs the approval of ${what}`,
      extra: { missing: file.missing, rentalFile: file },
    });
  }
  const orderDate = quote.accepted_on;
  const effectiveDate = input.effectiveDate ?? orderDate;
  if (effectiveDate < orderDate)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'effectiveDate',
          message: `must not be before the order date ${orderDate}`,
          fr: `ne peut pas précéder la date de la commande (${formatDateFr(orderDate)})`,
        },
      ],
    });
  const terms = await termsInForce(ctx, actor.orgId, orderDate);
  // The VAT that applies is the rate in force on the order date; a change since the quote is passed on (art. 9.2).
  const vat = await vatOfOrderDate(ctx, await quoteLinesOf(ctx.db, quote.id), orderDate);
  const { seller, client } = await loadParties(ctx, actor.orgId, quote.client_id);
  const lessor = quote.lessor_id ? await findLessorIdentity(ctx, actor.orgId, quote.lessor_id) : undefined;
  const today = parisDate(ctx.now());
  const at = ctx.now().toISOString();
  const contractId = newId();
  const acceptance = quote.acceptance_json
    ? (JSON.parse(quote.acceptance_json) as { purchaseOrderReference: string | null; documentSha256: string | null })
    : null;
  const lines = vat.lines.map(({ quote_id: _q, ...l }) => ({
    ...l,
    id: newId(),
    contract_id: contractId,
    rental_ends_on: l.rental_months ? addDays(addMonths(effectiveDate, l.rental_months), -1) : null,
  }));

  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const year = Number(today.slice(0, 4));
      const contract = {
        id: contractId,
        org_id: actor.orgId,
        number: await nextNumber(trx, actor.orgId, 'C', year),
        client_id: quote.client_id,
        quote_id: quote.id,
        status: 'active' as const,
        order_date: orderDate,
        effective_date: effectiveDate,
        terms_version: terms.version,
        quote_terms_version: quote.terms_version!,
        purchase_order_reference: acceptance?.purchaseOrderReference ?? null,
        lessor_id: quote.lessor_id,
        delivery_lead_time: quote.delivery_lead_time,
        net_cents: quote.net_cents,
        vat_cents: vat.totals?.vatCents ?? quote.vat_cents,
        gross_cents: vat.totals?.grossCents ?? quote.gross_cents,
        monthly_rent_cents: quote.monthly_rent_cents,
        vat_breakdown_json: vat.totals ? JSON.stringify(vat.totals.vatBreakdown) : quote.vat_breakdown_json,
        acknowledgement_number: await nextNumber(trx, actor.orgId, 'AR', year),
        acknowledgement_sha256: '',
        formed_at: at,
        formed_by: actor.userId,
        created_at: at,
        updated_at: at,
        goods_billing: input.goodsBilling ?? ('order' as const),
        services_billing: input.servicesBilling ?? ('completion' as const),
        payment_term_days: input.paymentTermDays ?? null,
        prepayment_required: input.prepaymentRequired ? (1 as const) : (0 as const),
        guarantee_note: input.guaranteeNote ?? null,
        rental_period_start: input.rentalPeriodStart ?? terms.parameters.rentalPeriodStart,
      };
      const pdf = await renderOrderAcknowledgementPdf(
        acknowledgementDocument(
          contract,
          lines,
          { number: quote.number!, version: quote.version },
          { seller, client, lessorName: lessor?.name ?? null },
          today,
          vat.changes,
        ),
      );
      contract.acknowledgement_sha256 = sha256OfBytes(pdf);
      await repo.insertContract(trx, contract);
      await repo.insertLines(trx, lines);
      await createLicencesForContract(trx, {
        orgId: actor.orgId,
        contractId,
        clientId: quote.client_id,
        termsVersion: terms.version,
        at,
        // Licences are catalogue solutions: a free-text line (no SKU) never carries one.
        lines: lines.flatMap((l) =>
          l.sku === null ? [] : [{ id: l.id, label: l.label, sku: l.sku, licensedUsers: l.licensed_users }],
        ),
      });
      await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'document.issued',
        objectType: 'contract',
        objectId: contractId,
        contractId,
        actor: actor.userId,
        at,
        document: {
          bytes: pdf,
          mediaType: PDF_MEDIA_TYPE,
          filename: `accuse-reception-${contract.acknowledgement_number}.pdf`,
        },
      });
      // The quote and the client's acceptance were stored before the contract existed: link them to
      // it, so the contract's evidence export holds the offer and its acceptance too (art. 22).
      for (const sha of [quote.pdf_sha256, acceptance?.documentSha256]) {
        if (sha)
          await appendEvidence(trx, ctx.dialect, {
            orgId: actor.orgId,
            kind: 'contract.document-linked',
            objectType: 'quote',
            objectId: quote.id,
            contractId,
            actor: actor.userId,
            at,
            documentSha256: sha,
          });
      }
      const decision = vatRateChangeDecision({
        asOf: today,
        terms,
        contractNumber: contract.number,
        orderDate,
        changes: vat.changes,
        vatCents: { quoted: quote.vat_cents, contract: contract.vat_cents },
      });
      if (decision.outcome === 'rerated') {
        await recordDecision(trx, ctx.dialect, {
          orgId: actor.orgId,
          decision,
          objectType: 'contract',
          objectId: contractId,
          contractId,
          effectKey: `contract.vat-rate:contract:${contractId}`,
          actor: actor.userId,
          at,
        });
      }
      // What the contract makes invoiceable on order (art. 10.1) waits for accounting as a draft.
      await draftForContractEvent(trx, {
        orgId: actor.orgId,
        contractId,
        event: 'order',
        operationDate: orderDate,
        actorId: actor.userId,
        at,
        vatRates: vat.rates,
      });
    })
    .catch(async (e: unknown) => {
      // Two acknowledgements at once: the unique quote_id lets only one contract in.
      if (await repo.contractOfQuote(ctx.db, actor.orgId, quote.id)) throw new AppError('contract.already_formed');
      throw e;
    });
  return getContract(ctx, actor, contractId);
}
