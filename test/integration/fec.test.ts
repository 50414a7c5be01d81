/**
 * The FEC export on both engines (issue 13): 18 columns, tab-separated, ISO-8859-15; every entry
 * balanced, entries numbered continuously per journal, totals reconciled with the invoice and
 * payment lists of the period; VAT on receipts moved by the payment; settled invoices lettered;
 * an empty period gives the header alone; bad periods refused; clients may not export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { issueInvoice } from '../helpers/invoices.ts';

const COLUMNS =
  'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise';

type Row = Record<string, string>;
const cents = (s: string) => {
  expect(s).toMatch(/^\d+,\d{2}$/);
  return Number(s.replace(',', ''));
};

function parseFec(bytes: Buffer): Row[] {
  const text = new TextDecoder('iso-8859-15').decode(bytes);
  const lines = text.split('\r\n');
  expect(lines.pop()).toBe('');
  expect(lines[0]).toBe(COLUMNS);
  const names = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const fields = l.split('\t');
    expect(fields).toHaveLength(18);
    return Object.fromEntries(names.map((n, i) => [n, fields[i]!]));
  });
}

for (const dialect of DIALECTS) {
  describe(`FEC export [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let siren: string;
    let morel: string;
    let parc: string;
    const invoiceFor = async (
      clientId: string,
      lines: Array<{ nature: 'goods' | 'services'; cents: number; rate?: string }>,
    ) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: lines.map((l) => ({
            label: l.nature === 'goods' ? 'Matériel' : 'Prestation',
            nature: l.nature,
            quantity: 1,
            unitPriceCents: l.cents,
            vatRatePercent: l.rate ?? '20',
          })),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const pay = async (body: Record<string, unknown>) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: { means: 'bank-transfer', ...body },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().payment as { id: string };
    };
    const fec = (query: string, session: Session = accounting) =>
      t.as(session, { method: 'GET', url: `/api/exports/fec?${query}` });
    let inv1: { id: string; number: string };
    let inv2: { id: string; number: string };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      siren = (
        await t.ctx.db.selectFrom('organisations').select('siren').where('id', '=', t.orgId).executeTakeFirstOrThrow()
      ).siren;
      t.setNow('2026-03-02T09:00:00Z');
      accounting = await t.signIn('accounting');
      morel = await t.createClient('Transports Morel SAS');
      parc = await t.createClient('Clinique du Parc SA');
      inv1 = await invoiceFor(morel, [{ nature: 'services', cents: 10000 }]); // 120,00 € services
      inv2 = await invoiceFor(parc, [
        { nature: 'goods', cents: 28800 },
        { nature: 'services', cents: 5000, rate: '10' },
      ]); // 345,60 + 55,00 = 400,60 €
      const note = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv2.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [{ label: 'Remise', nature: 'goods', quantity: 1, unitPriceCents: 1000, vatRatePercent: '20' }],
        },
      });
      expect(note.statusCode, note.body).toBe(201);
      await issueInvoice(t, accounting, note.json().invoice.id);
      t.setNow('2026-03-12T09:00:00Z');
      accounting = await t.signIn('accounting');
      await pay({
        clientId: morel,
        receivedOn: '2026-03-10',
        amountCents: 12000,
        allocations: [{ invoiceId: inv1.id, amountCents: 12000 }],
        reference: 'VIR MOREL',
      });
      await pay({
        clientId: parc,
        receivedOn: '2026-03-11',
        amountCents: 10000,
        allocations: [{ invoiceId: inv2.id, amountCents: 10000 }],
        reference: 'VIR PARC',
      });
      const bounced = await pay({
        clientId: parc,
        receivedOn: '2026-03-11',
        amountCents: 5000,
        allocations: [{ invoiceId: inv2.id, amountCents: 5000 }],
        reference: 'PRLV PARC',
      });
      const reversed = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${bounced.id}/reverse`,
        payload: { reason: 'Rejet AM04', reversedOn: '2026-03-12' },
      });
      expect(reversed.statusCode, reversed.body).toBe(200);
    });
    afterAll(() => t.cleanup());

    it('writes balanced entries numbered continuously per journal, reconciled with the invoice and payment lists', async () => {
      const res = await fec('from=2026-01-01&to=2026-12-31');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${siren}FEC20261231.txt"`);
      const rows = parseFec(res.rawPayload);
      // Balanced per entry and overall.
      const byEntry = new Map<string, { d: number; c: number }>();
      for (const r of rows) {
        expect(r.EcritureDate).toMatch(/^2026\d{4}$/);
        expect(r.ValidDate).toBe(r.EcritureDate);
        const e = byEntry.get(r.EcritureNum!) ?? { d: 0, c: 0 };
        e.d += cents(r.Debit!);
        e.c += cents(r.Credit!);
        byEntry.set(r.EcritureNum!, e);
      }
      for (const [num, e] of byEntry) expect(e.d, num).toBe(e.c);
      // Continuous numbering per journal.
      for (const journal of ['VE', 'BQ']) {
        const nums = [...new Set(rows.filter((r) => r.JournalCode === journal).map((r) => r.EcritureNum))];
        expect(nums).toEqual(nums.map((_, i) => `${journal}${String(i + 1).padStart(6, '0')}`));
      }
      expect([...new Set(rows.filter((r) => r.JournalCode === 'VE').map((r) => r.EcritureNum))]).toHaveLength(3);
      expect([...new Set(rows.filter((r) => r.JournalCode === 'BQ').map((r) => r.EcritureNum))]).toHaveLength(4);

      // Reconciliation with the lists.
      const invoices = (await t.as(accounting, { method: 'GET', url: '/api/invoices?filter=issued&limit=500' })).json()
        .items as Array<{ kind: string; grossCents: number; issueDate: string }>;
      const expectedSales = invoices.reduce((s, i) => s + (i.kind === 'credit-note' ? -i.grossCents : i.grossCents), 0);
      const sum = (journal: string, account: string) =>
        rows
          .filter((r) => r.JournalCode === journal && r.CompteNum === account)
          .reduce((s, r) => s + cents(r.Debit!) - cents(r.Credit!), 0);
      expect(sum('VE', '411000')).toBe(expectedSales);
      expect(expectedSales).toBe(12000 + 40060 - 1200);
      const payments = (await t.as(accounting, { method: 'GET', url: '/api/payments?limit=500' })).json()
        .items as Array<{
        amountCents: number;
        status: string;
      }>;
      const expectedBank = payments.reduce((s, p) => s + (p.status === 'reversed' ? 0 : p.amountCents), 0);
      expect(sum('BQ', '512000')).toBe(expectedBank);
      expect(expectedBank).toBe(22000);
      // Sales by nature: 706 services 100 + 50, 707 goods 288 − 10.
      expect(-sum('VE', '706000')).toBe(15000);
      expect(-sum('VE', '707000')).toBe(27800);
    });

    it('keeps VAT on services in 44574 until paid, and lets the payment move its share to 44571', async () => {
      const rows = parseFec((await fec('from=2026-01-01&to=2026-12-31')).rawPayload);
      const bal = (account: string) =>
        rows.filter((r) => r.CompteNum === account).reduce((s, r) => s + cents(r.Credit!) - cents(r.Debit!), 0);
      // inv1: 20,00 of VAT at 20 % on services, paid in full → all due. inv2: 5,00 at 10 % on services, 100 of 400,60 paid (the bounced 50 reversed).
      expect(bal('4457420')).toBe(0);
      expect(bal('4457410')).toBe(500 - Math.round((500 * 10000) / 40060));
      expect(bal('4457110')).toBe(Math.round((500 * 10000) / 40060));
      // Goods VAT is due at once: 57,60 − 2,00 (credit note) + 20,00 moved from inv1.
      expect(bal('4457120')).toBe(5760 - 200 + 2000);
    });

    it('moves the VAT on receipts of an invoice dated before the period that a payment of the period settles', async () => {
      const rows = parseFec((await fec('from=2026-03-10&to=2026-03-31')).rawPayload);
      expect(rows.filter((r) => r.JournalCode === 'VE')).toEqual([]);
      const bal = (account: string) =>
        rows.filter((r) => r.CompteNum === account).reduce((s, r) => s + cents(r.Credit!) - cents(r.Debit!), 0);
      // inv1 (2 March): its 20,00 of VAT on services becomes due with the payment of 10 March.
      expect(bal('4457120')).toBe(2000);
      expect(bal('4457420')).toBe(-2000);
      expect(bal('4457110')).toBe(Math.round((500 * 10000) / 40060));
    });

    it('letters the settled invoice with its payment; the open one is not lettered', async () => {
      const rows = parseFec((await fec('from=2026-01-01&to=2026-12-31')).rawPayload);
      const clientLines = rows.filter((r) => r.CompteNum === '411000');
      const inv1Line = clientLines.find((r) => r.PieceRef === inv1.number)!;
      const payLine = clientLines.find((r) => r.PieceRef === 'VIR MOREL')!;
      expect(inv1Line.EcritureLet).toMatch(/^[A-Z]+$/);
      expect(payLine.EcritureLet).toBe(inv1Line.EcritureLet);
      expect(inv1Line.DateLet).toBe('20260310');
      expect(clientLines.find((r) => r.PieceRef === inv2.number)!.EcritureLet).toBe('');
      expect(inv1Line.CompAuxLib).toBe('Transports Morel SAS');
      expect(inv1Line.CompAuxNum).toMatch(/^C[0-9A-F]{12}$/);
    });

    it('an empty period gives the header alone; a bad period is refused naming the field; clients may not export', async () => {
      const empty = await fec('from=2025-01-01&to=2025-12-31');
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toBe(`${COLUMNS}\r\n`);
      const reversedOrder = await fec('from=2026-12-31&to=2026-01-01');
      expect(reversedOrder.statusCode).toBe(400);
      expect(reversedOrder.json().errors[0].path).toBe('to');
      const badDate = await fec('from=2026-02-30&to=2026-12-31');
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().errors[0].path).toMatch(/from/);
      const client = await t.signIn('client', { clientId: morel });
      expect((await fec('from=2026-01-01&to=2026-12-31', client)).statusCode).toBe(403);
    });
  });
}
