import type { PartyIdentity, QuoteDocument, SellerIdentity } from '../../documents/index.ts';
import { documentLine, documentTotals } from '../shared/index.ts';
import type { QuoteLineRow, QuoteRow } from './quotes.repo.ts';

/** The model of the quote PDF, from the quote as it is being issued. */
export function quoteDocument(
  q: QuoteRow & { number: string; issue_date: string; expires_on: string; terms_version: string },
  lines: QuoteLineRow[],
  seller: SellerIdentity,
  client: PartyIdentity,
): QuoteDocument {
  return {
    number: q.number,
    version: q.version,
    issueDate: q.issue_date,
    validUntil: q.expires_on,
    deliveryLeadTime: q.delivery_lead_time,
    termsVersion: q.terms_version,
    seller,
    client,
    ...(q.subject ? { subject: q.subject } : {}),
    lines: lines.map(documentLine),
    totals: documentTotals(q),
    notes: JSON.parse(q.notes_json) as string[],
  };
}
