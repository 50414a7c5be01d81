/** Quotes, contracts and rental-file reviews written straight to the database, for the list tests. */
import type { AppContext } from '../../src/context.ts';
import { newId } from '../../src/kernel/ids.ts';

const AT = '2026-01-01T00:00:00.000Z';

export interface SeedQuote {
  clientId: string;
  number: string | null;
  status: 'draft' | 'issued' | 'accepted' | 'refused' | 'expired' | 'superseded';
  issueDate?: string | null;
  expiresOn?: string | null;
  grossCents: number;
  lessorId?: string | null;
  updatedAt?: string;
}

/** Inserts the quotes (no lines: lists read the totals kept on the row); returns their ids in order. */
export async function insertQuotes(ctx: AppContext, orgId: string, quotes: readonly SeedQuote[]): Promise<string[]> {
  const ids = quotes.map(() => newId());
  await ctx.db
    .insertInto('quotes')
    .values(
      quotes.map((s, i) => ({
        id: ids[i]!,
        org_id: orgId,
        client_id: s.clientId,
        number: s.number,
        version: 1,
        supersedes_id: null,
        status: s.status,
        subject: `Objet ${s.number ?? i}`,
        delivery_lead_time: '2 semaines',
        validity_days: null,
        lessor_id: s.lessorId ?? null,
        notes_json: '[]',
        net_cents: Math.round(s.grossCents / 1.2),
        vat_cents: s.grossCents - Math.round(s.grossCents / 1.2),
        gross_cents: s.grossCents,
        monthly_rent_cents: null,
        vat_breakdown_json: '[]',
        issue_date: s.issueDate ?? null,
        expires_on: s.expiresOn ?? null,
        terms_version: null,
        pdf_sha256: null,
        issued_at: null,
        issued_by: null,
        accepted_on: s.status === 'accepted' ? (s.issueDate ?? null) : null,
        acceptance_json: null,
        closed_at: null,
        created_by: 'seed',
        created_at: AT,
        updated_at: s.updatedAt ?? AT,
      })),
    )
    .execute();
  return ids;
}

export async function insertLessor(ctx: AppContext, orgId: string, name = 'Loc Finance'): Promise<string> {
  const id = newId();
  await ctx.db
    .insertInto('lessors')
    .values({
      id,
      org_id: orgId,
      name,
      siren: null,
      address_line: '2 rue du Bailleur',
      postal_code: '69001',
      city: 'Lyon',
      country: 'FR',
      email: null,
      active: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

export interface SeedContract {
  clientId: string;
  quoteId: string;
  number: string;
  status?: 'active' | 'suspended' | 'terminated' | 'cancelled' | 'ended';
  effectiveDate: string;
  formedAt?: string;
}

/** Inserts contracts formed from the given quotes (no lines). */
export async function insertContracts(ctx: AppContext, orgId: string, contracts: readonly SeedContract[]) {
  await ctx.db
    .insertInto('contracts')
    .values(
      contracts.map((s) => ({
        id: newId(),
        org_id: orgId,
        number: s.number,
        client_id: s.clientId,
        quote_id: s.quoteId,
        status: s.status ?? 'active',
        order_date: s.effectiveDate,
        effective_date: s.effectiveDate,
        terms_version: '2026-01',
        quote_terms_version: '2026-01',
        purchase_order_reference: null,
        lessor_id: null,
        delivery_lead_time: '2 semaines',
        net_cents: 1000,
        vat_cents: 200,
        gross_cents: 1200,
        monthly_rent_cents: null,
        vat_breakdown_json: '[]',
        acknowledgement_number: `AR-${s.number}`,
        acknowledgement_sha256: 'seed',
        formed_at: s.formedAt ?? AT,
        formed_by: 'seed',
        created_at: AT,
        updated_at: AT,
        payment_term_days: null,
        guarantee_note: null,
        ended_on: null,
      })),
    )
    .execute();
}

/** A lessor's review of a quote's rental file (the quote then no longer waits for the lessor). */
export async function insertLessorReview(ctx: AppContext, orgId: string, quoteId: string, lessorId: string) {
  await ctx.db
    .insertInto('rental_file_reviews')
    .values({
      id: newId(),
      org_id: orgId,
      quote_id: quoteId,
      party: 'lessor',
      lessor_id: lessorId,
      outcome: 'approved',
      note: null,
      document_sha256: null,
      decided_by: 'seed',
      decided_at: AT,
      evidence_seq: 0,
    })
    .execute();
}
