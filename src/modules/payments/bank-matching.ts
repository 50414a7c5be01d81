/**
 * Proposing, for each credit of a bank statement, the invoice(s) it pays. Pure: given the open
 * invoices. First an invoice number (F-YYYY-NNNNNNN) found in the label or the reference, when
 * the amount fits in what is open on the invoice(s) named; else the one open invoice whose open
 * amount is exactly the credit; else nothing (accounting says who paid). Invoices proposed for
 * an earlier line of the same file count as that much less open.
 */
import type { OpenableInvoice } from './payments.repo.ts';
import { openOf } from './allocate.ts';

export interface Proposal {
  method: 'invoice-number' | 'amount' | null;
  clientId: string | null;
  allocations: Array<{ invoiceId: string; invoiceNumber: string; amountCents: number }>;
  note: string | null;
}

/** Invoice numbers written in a text, normalised ('f 2026 0000012' → 'F-2026-0000012'). */
export function invoiceNumbersIn(text: string, digits: number): string[] {
  const re = new RegExp(`(?<![A-Za-z0-9])F[-\\s_/]?(\\d{4})[-\\s_/]?(\\d{${digits}})(?!\\d)`, 'gi');
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const n = `F-${m[1]}-${m[2]}`;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

export class Matcher {
  /** Cents already proposed per invoice by earlier lines of the file. */
  private readonly reserved = new Map<string, number>();
  private readonly byNumber: Map<string, OpenableInvoice>;

  constructor(
    named: readonly OpenableInvoice[],
    private readonly open: readonly OpenableInvoice[],
    private readonly digits: number,
  ) {
    this.byNumber = new Map(named.filter((i) => i.number).map((i) => [i.number!, i]));
  }

  private left(inv: OpenableInvoice): number {
    if (inv.kind !== 'invoice' || inv.status !== 'issued') return 0;
    return openOf(inv) - (this.reserved.get(inv.id) ?? 0);
  }

  private take(p: Proposal): Proposal {
    for (const a of p.allocations)
      this.reserved.set(a.invoiceId, (this.reserved.get(a.invoiceId) ?? 0) + a.amountCents);
    return p;
  }

  propose(line: { amountCents: number; label: string; reference: string | null }): Proposal {
    const numbers = invoiceNumbersIn(`${line.label} ${line.reference ?? ''}`, this.digits);
    const named = numbers
      .map((n) => this.byNumber.get(n))
      .filter((i): i is OpenableInvoice => i !== undefined && this.left(i) > 0);
    let note: string | null = numbers.length > 0 && named.length === 0 ? `no open invoice ${numbers.join(', ')}` : null;
    if (named.length > 0) {
      const clientId = named[0]!.client_id;
      const sameClient = named.filter((i) => i.client_id === clientId);
      const openTotal = sameClient.reduce((s, i) => s + this.left(i), 0);
      if (line.amountCents <= openTotal) {
        const allocations: Proposal['allocations'] = [];
        let rest = line.amountCents;
        for (const inv of sameClient) {
          if (rest <= 0) break;
          const amount = Math.min(rest, this.left(inv));
          allocations.push({ invoiceId: inv.id, invoiceNumber: inv.number!, amountCents: amount });
          rest -= amount;
        }
        return this.take({ method: 'invoice-number', clientId, allocations, note: null });
      }
      note = `${sameClient.map((i) => i.number).join(', ')}: the credit exceeds what is open (${openTotal} cents)`;
    }
    const exact = this.open.filter((i) => this.left(i) === line.amountCents && openOf(i) === line.amountCents);
    if (exact.length === 1) {
      const inv = exact[0]!;
      return this.take({
        method: 'amount',
        clientId: inv.client_id,
        allocations: [{ invoiceId: inv.id, invoiceNumber: inv.number!, amountCents: line.amountCents }],
        note,
      });
    }
    if (exact.length > 1) note = [note, `${exact.length} open invoices have this amount`].filter(Boolean).join('; ');
    return { method: null, clientId: null, allocations: [], note };
  }
}
