/** Builders for the invoicing tests: a contract formed through the API and its invoices. */
import { expect } from 'vitest';
import type { Session, TestApi } from './api.ts';
import { acceptInPortal, type Catalogue, issuedQuote, threeLines } from './quotes.ts';

export interface FormedContract {
  contractId: string;
  contractNumber: string;
  /** The draft invoice the acknowledgement created for what is invoiced on order. */
  orderDraftId: string | null;
}

/**
 * A quote issued by sales, accepted in the portal by the client user, acknowledged by order
 * administration. By default a sale (firewall −10 %) and a service line; `rental: true` adds 4
 * rented access points (the rental file is approved by ALLEO first). Rent is billed only for
 * delivered units (art. 4.2.1): unless `deliverRentals: false`, a rental contract is formed with
 * its rental period starting at its stated start (art. 15.1) and every rented unit is delivered at
 * once, so the rent runs from the effective date as the contract states.
 */
export async function formedContract(
  t: TestApi,
  s: { sales: Session; adv: Session; clientUser: Session },
  clientId: string,
  cat: Catalogue,
  options: { rental?: boolean; lines?: unknown[]; contract?: Record<string, unknown>; deliverRentals?: boolean } = {},
): Promise<FormedContract> {
  const q = await issuedQuote(
    t,
    s.sales,
    clientId,
    options.lines ?? threeLines(cat, { rental: options.rental ?? false }),
  );
  const acc = await acceptInPortal(t, s.clientUser, q.id);
  expect(acc.statusCode, acc.body).toBe(200);
  if (options.rental) {
    const review = await t.as(s.adv, {
      method: 'POST',
      url: `/api/quotes/${q.id}/rental-file/reviews`,
      payload: { party: 'alleo', outcome: 'approved' },
    });
    expect(review.statusCode, review.body).toBe(201);
  }
  const res = await t.as(s.adv, {
    method: 'POST',
    url: '/api/contracts',
    payload: {
      quoteId: q.id,
      ...(options.rental && options.deliverRentals !== false ? { rentalPeriodStart: 'contract-start' } : {}),
      ...options.contract,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const contract = res.json().contract as { id: string; number: string };
  if (options.rental && options.deliverRentals !== false) await deliverRentals(t, s.adv, contract.id);
  const drafts = await t.as(s.adv, { method: 'GET', url: `/api/invoices?contractId=${contract.id}&filter=draft` });
  expect(drafts.statusCode, drafts.body).toBe(200);
  const items = drafts.json().items as Array<{ id: string; origin: string }>;
  return {
    contractId: contract.id,
    contractNumber: contract.number,
    orderDraftId: items.find((i) => i.origin === 'order')?.id ?? null,
  };
}

/**
 * Delivers every rented unit of a contract today, with made-up serials (art. 4.2.1: only delivered
 * units are billed). With `rentalPeriodStart: 'contract-start'` the rent still runs from the
 * contract's stated start.
 */
export async function deliverRentals(t: TestApi, adv: Session, contractId: string) {
  const got = await t.as(adv, { method: 'GET', url: `/api/contracts/${contractId}` });
  expect(got.statusCode, got.body).toBe(200);
  const lines = (got.json().contract.lines as Array<{ id: string; kind: string; quantity: string | number }>).filter(
    (l) => l.kind === 'rental',
  );
  if (lines.length === 0) return;
  const tag = Math.random().toString(36).slice(2, 10).toUpperCase();
  const res = await t.as(adv, {
    method: 'POST',
    url: '/api/deliveries',
    payload: {
      contractId,
      site: 'Site du client',
      lines: lines.map((l) => ({
        contractLineId: l.id,
        serials: Array.from({ length: Number(l.quantity) }, (_, i) => `SN-${tag}-${l.id.slice(-6)}-${i + 1}`),
      })),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** Issues a draft invoice as accounting and returns the issued invoice. */
export async function issueInvoice(t: TestApi, accounting: Session, id: string) {
  const res = await t.as(accounting, { method: 'POST', url: `/api/invoices/${id}/issue` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().invoice as {
    id: string;
    number: string;
    issueDate: string;
    dueDate: string;
    grossCents: number;
    openCents: number;
    [k: string]: unknown;
  };
}

/** Counts of every table the invoicing commands write (to prove a refused command wrote nothing). */
export async function invoicingCounts(t: TestApi) {
  const tables = [
    'invoices',
    'invoice_lines',
    'payments',
    'payment_allocations',
    'debit_notes',
    'debit_note_rows',
    'dunning_actions',
    'decisions',
    'evidence_entries',
    'document_sequences',
    'bank_imports',
    'bank_lines',
  ] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  const seq = await t.ctx.db.selectFrom('document_sequences').select(['series', 'last_value']).execute();
  for (const r of seq) out[`seq:${r.series}`] = Number(r.last_value);
  return out;
}
