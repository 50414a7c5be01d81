import type { ContractLinesTable } from '../../db/schema.ts';
import { toLineOut, totalsOut } from '../shared/index.ts';
import type { ContractRow } from './contracts.repo.ts';
import type { ContractOut, ContractSummary } from './contracts.schemas.ts';

type AssignmentRow = {
  id: string;
  by_party: 'client' | 'alleo';
  assignee_name: string;
  assignee_siren: string | null;
  effective_on: string;
  document_sha256: string;
  recorded_at: string;
};

export function toSummary(r: ContractRow): ContractSummary {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    quoteId: r.quote_id,
    quoteNumber: r.quote_number,
    quoteVersion: r.quote_version,
    orderDate: r.order_date,
    effectiveDate: r.effective_date,
    termsVersion: r.terms_version,
    grossCents: r.gross_cents,
    monthlyRentCents: r.monthly_rent_cents,
  };
}

export function toContractOut(r: ContractRow, lines: ContractLinesTable[], assignments: AssignmentRow[]): ContractOut {
  return {
    ...toSummary(r),
    quoteTermsVersion: r.quote_terms_version,
    purchaseOrderReference: r.purchase_order_reference,
    lessorId: r.lessor_id,
    deliveryLeadTime: r.delivery_lead_time,
    totals: totalsOut(r),
    acknowledgementNumber: r.acknowledgement_number,
    acknowledgementSha256: r.acknowledgement_sha256,
    formedAt: r.formed_at,
    billing: {
      goods: r.goods_billing,
      services: r.services_billing,
      paymentTermDays: r.payment_term_days,
      prepaymentRequired: r.prepayment_required === 1,
      guaranteeNote: r.guarantee_note,
      rentalPeriodStart: r.rental_period_start,
    },
    lines: lines.map((l) => ({ ...toLineOut(l), rentalEndsOn: l.rental_ends_on })),
    assignments: assignments.map((a) => ({
      id: a.id,
      by: a.by_party,
      assigneeName: a.assignee_name,
      assigneeSiren: a.assignee_siren,
      effectiveOn: a.effective_on,
      documentSha256: a.document_sha256,
      recordedAt: a.recorded_at,
    })),
  };
}

/** The price fields of a contract line, left out for the roles that do not see prices. */
const LINE_PRICE_FIELDS = [
  'unitPriceCents',
  'discountPercent',
  'rentCents',
  'maintenanceFeeCents',
  'monthlyRentCents',
  'vatRatePercent',
  'netCents',
] as const;

/** A summary without its amounts. */
export function summaryWithoutPrices(s: ContractSummary): ContractSummary {
  const { grossCents: _gross, monthlyRentCents: _rent, ...rest } = s;
  return rest;
}

/** What a technician reads of a contract: its lines (what, how many, until when), not what they cost. */
export function contractWithoutPrices(c: ContractOut): ContractOut {
  const { totals: _totals, grossCents: _gross, monthlyRentCents: _rent, ...rest } = c;
  return {
    ...rest,
    lines: c.lines.map((l) => {
      const line = { ...l };
      for (const f of LINE_PRICE_FIELDS) delete line[f];
      return line;
    }),
  };
}
