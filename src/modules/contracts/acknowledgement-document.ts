import type { ContractLinesTable, ContractsTable } from '../../db/schema.ts';
import type { OrderAcknowledgementDocument, PartyIdentity, SellerIdentity } from '../../documents/index.ts';
import { documentLine } from '../shared/index.ts';
import type { VatRateChangeOnLine } from './vat-of-order-date.ts';

/** The order acknowledgement restating the contract it forms (art. 3.2). */
export function acknowledgementDocument(
  c: Pick<
    ContractsTable,
    | 'acknowledgement_number'
    | 'order_date'
    | 'quote_terms_version'
    | 'purchase_order_reference'
    | 'number'
    | 'effective_date'
    | 'terms_version'
    | 'delivery_lead_time'
    | 'net_cents'
    | 'vat_cents'
    | 'gross_cents'
    | 'monthly_rent_cents'
    | 'vat_breakdown_json'
  >,
  lines: ContractLinesTable[],
  quote: { number: string; version: number },
  parties: { seller: SellerIdentity; client: PartyIdentity; lessorName: string | null },
  issueDate: string,
  vatChanges: readonly VatRateChangeOnLine[] = [],
): OrderAcknowledgementDocument {
  return {
    number: c.acknowledgement_number,
    issueDate,
    orderDate: c.order_date,
    quoteNumber: quote.number,
    quoteVersion: quote.version,
    quoteTermsVersion: c.quote_terms_version,
    ...(c.purchase_order_reference ? { purchaseOrderReference: c.purchase_order_reference } : {}),
    contractNumber: c.number,
    contractEffectiveDate: c.effective_date,
    termsVersion: c.terms_version,
    deliveryLeadTime: c.delivery_lead_time,
    seller: parties.seller,
    client: parties.client,
    ...(parties.lessorName ? { lessorName: parties.lessorName } : {}),
    lines: lines.map(documentLine),
    ...(vatChanges.length > 0
      ? {
          vatChanges: vatChanges.map((c) => ({
            position: c.position,
            fromPercent: c.fromPercent,
            toPercent: c.toPercent,
          })),
        }
      : {}),
    totals: {
      netCents: c.net_cents,
      vatCents: c.vat_cents,
      grossCents: c.gross_cents,
      vatBreakdown: JSON.parse(c.vat_breakdown_json),
      ...(c.monthly_rent_cents !== null ? { monthlyRentCents: c.monthly_rent_cents } : {}),
    },
  };
}
