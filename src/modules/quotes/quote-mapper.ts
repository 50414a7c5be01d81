import { toLineOut, totalsOut } from '../shared/index.ts';
import type { QuoteLineRow, QuoteRow } from './quotes.repo.ts';
import type { AcceptanceOut, QuoteOut, QuoteSummary } from './quotes.schemas.ts';

export function toSummary(r: QuoteRow): QuoteSummary {
  return {
    id: r.id,
    number: r.number,
    version: r.version,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    subject: r.subject,
    issueDate: r.issue_date,
    expiresOn: r.expires_on,
    netCents: r.net_cents,
    grossCents: r.gross_cents,
    updatedAt: r.updated_at,
  };
}

export function toQuoteOut(r: QuoteRow, lines: QuoteLineRow[]): QuoteOut {
  return {
    ...toSummary(r),
    supersedesId: r.supersedes_id,
    deliveryLeadTime: r.delivery_lead_time,
    validityDays: r.validity_days,
    termsVersion: r.terms_version,
    lessorId: r.lessor_id,
    notes: JSON.parse(r.notes_json) as string[],
    lines: lines.map(toLineOut),
    totals: totalsOut(r),
    pdfSha256: r.pdf_sha256,
    issuedAt: r.issued_at,
    acceptance: r.acceptance_json ? (JSON.parse(r.acceptance_json) as AcceptanceOut) : null,
    createdAt: r.created_at,
  };
}
