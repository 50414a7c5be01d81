/**
 * camt.053.001.08 statements on both engines (issue 13): validated against the ISO schema (a bad
 * file refused whole, the line and element named, nothing written), entries matched like CSV lines
 * (structured reference first, then the exact open amount), an entry imported once by its bank
 * reference, a statement of another account refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { issueInvoice } from '../helpers/invoices.ts';
import { camt053, xmllintSchema } from '../helpers/camt.ts';

interface Line {
  id: string;
  position: number;
  bookedOn: string;
  amountCents: number;
  status: string;
  clientId: string | null;
  proposal: { method: string | null; allocations: Array<{ invoiceId: string; amountCents: number }> } | null;
}

const IBAN = 'FR7630006000011234567890189';

for (const dialect of DIALECTS) {
  describe(`camt.053 statement import [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let morel: string;
    let inv1: { id: string; number: string };
    let inv2: { id: string; number: string };
    const invoiceFor = async (clientId: string, netCents: number) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            { label: 'Prestation', nature: 'services', quantity: 1, unitPriceCents: netCents, vatRatePercent: '20' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const upload = (xml: string, filename = 'releve.xml') =>
      t.as(accounting, { method: 'POST', url: '/api/bank-imports', payload: { filename, xml } });
    const counts = async () => {
      const [imports, lines] = await Promise.all([
        t.ctx.db
          .selectFrom('bank_imports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
        t.ctx.db
          .selectFrom('bank_lines')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { imports: Number(imports.n), lines: Number(lines.n) };
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      await t.ctx.db.updateTable('organisations').set({ iban: IBAN }).where('id', '=', t.orgId).execute();
      t.setNow('2026-03-02T09:00:00Z');
      accounting = await t.signIn('accounting');
      morel = await t.createClient('Transports Morel SAS');
      const parc = await t.createClient('Clinique du Parc SA');
      inv1 = await invoiceFor(morel, 10000); // 120,00 €
      inv2 = await invoiceFor(parc, 7777); // 93,32 €
      t.setNow('2026-03-10T09:00:00Z');
      accounting = await t.signIn('accounting');
    });
    afterAll(() => t.cleanup());

    it('refuses a file that breaks the ISO schema whole, naming the line and element; nothing written', async () => {
      const before = await counts();
      const bad = camt053(IBAN, [{ ref: 'BQ-BAD', amount: '12,50', bookedOn: '2026-03-05' }]);
      expect(xmllintSchema(bad, 'camt.053.001.08').ok).toBe(false);
      const res = await upload(bad);
      expect(res.statusCode, res.body).toBe(400);
      const body = res.json();
      expect(body.code).toBe('bank_import.invalid_file');
      const problem = body.errors.find((e: { path: string }) => e.path === 'Amt');
      expect(problem?.message).toMatch(/^line \d+, element Amt ?: /);
      expect(await counts()).toEqual(before);
    });

    it('refuses a statement of another account; nothing written', async () => {
      const before = await counts();
      const other = camt053('FR1420041010050500013M02606', [{ ref: 'BQ-X', amount: '120.00', bookedOn: '2026-03-05' }]);
      const res = await upload(other);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('bank_import.other_account');
      expect(res.json().errors[0].path).toBe('Stmt.Acct.Id.IBAN');
      expect(await counts()).toEqual(before);
    });

    it('matches by structured reference, then by exact amount; debits and pending entries are not payments', async () => {
      const xml = camt053(IBAN, [
        {
          ref: 'BQ-0001',
          amount: '120.00',
          bookedOn: '2026-03-05',
          valueOn: '2026-03-04',
          debtor: 'TRANSPORTS MOREL',
          structuredRef: inv1.number,
        },
        {
          ref: 'BQ-0002',
          amount: '93.32',
          bookedOn: '2026-03-06',
          debtor: 'CLINIQUE DU PARC',
          unstructured: 'VIREMENT',
        },
        { ref: 'BQ-0003', amount: '45.00', credit: false, bookedOn: '2026-03-06', debtor: 'FOURNISSEUR' },
        { ref: 'BQ-0004', amount: '500.00', bookedOn: '2026-03-07', status: 'PDNG' },
      ]);
      expect(xmllintSchema(xml, 'camt.053.001.08')).toEqual({ ok: true, output: '' });
      const res = await upload(xml);
      expect(res.statusCode, res.body).toBe(201);
      const lines = (res.json().lines as Line[]).sort((a, b) => a.position - b.position);
      expect(lines).toHaveLength(3); // the pending entry is not on the account yet
      expect(lines[0]).toMatchObject({ bookedOn: '2026-03-04', amountCents: 12000, status: 'proposed' });
      expect(lines[0]!.proposal).toMatchObject({
        method: 'invoice-number',
        allocations: [{ invoiceId: inv1.id, amountCents: 12000 }],
      });
      expect(lines[1]!.proposal).toMatchObject({
        method: 'amount',
        allocations: [{ invoiceId: inv2.id, amountCents: 9332 }],
      });
      expect(lines[2]).toMatchObject({ amountCents: -4500, status: 'ignored' });
      const stored = await t.ctx.db
        .selectFrom('bank_lines')
        .select(['bank_reference'])
        .where('import_id', '=', res.json().import.id)
        .orderBy('position')
        .execute();
      expect(stored.map((s) => s.bank_reference)).toEqual(['BQ-0001', 'BQ-0002', 'BQ-0003']);
      // Confirming a line records the payment through the existing flow.
      const confirm = await t.as(accounting, {
        method: 'POST',
        url: `/api/bank-imports/${res.json().import.id}/lines/${lines[0]!.id}/confirm`,
      });
      expect(confirm.statusCode, confirm.body).toBe(200);
      expect(confirm.json().payment.receivedOn).toBe('2026-03-04');
    });

    it('is idempotent: the same statement again adds nothing; an overlapping one adds only its new entries', async () => {
      const before = await counts();
      const again = camt053(
        IBAN,
        [
          {
            ref: 'BQ-0001',
            amount: '120.00',
            bookedOn: '2026-03-05',
            valueOn: '2026-03-04',
            debtor: 'TRANSPORTS MOREL',
            structuredRef: inv1.number,
          },
          {
            ref: 'BQ-0002',
            amount: '93.32',
            bookedOn: '2026-03-06',
            debtor: 'CLINIQUE DU PARC',
            unstructured: 'VIREMENT',
          },
          { ref: 'BQ-0003', amount: '45.00', credit: false, bookedOn: '2026-03-06', debtor: 'FOURNISSEUR' },
        ],
        'STMT-2026-03-10-BIS',
      );
      const res = await upload(again, 'releve-bis.xml');
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('bank_import.duplicate');
      expect(await counts()).toEqual(before);

      const overlap = camt053(
        IBAN,
        [
          { ref: 'BQ-0002', amount: '93.32', bookedOn: '2026-03-06', debtor: 'CLINIQUE DU PARC' },
          { ref: 'BQ-0005', amount: '10.00', bookedOn: '2026-03-09', debtor: 'INCONNU' },
        ],
        'STMT-2026-03-11',
      );
      const added = await upload(overlap, 'releve-11.xml');
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json().lines.map((l: Line) => l.amountCents)).toEqual([1000]);
      expect(await counts()).toEqual({ imports: before.imports + 1, lines: before.lines + 1 });
    });
  });
}
