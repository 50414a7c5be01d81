/**
 * Each work figure of the dashboard (issue 17) counts exactly the rows of the list its link opens,
 * on both engines and through HTTP: failed e-mails, deliveries to make, interventions to confirm,
 * rentals without insurance, data requests due, invoices with a dunning step due. Rows that must
 * not be counted are seeded next to those that must. Bad filters are refused, naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/kernel/dates.ts';
import { ensureLadder } from '../../src/modules/dunning/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { seedRentalContracts } from '../helpers/rental-samples.ts';
import { insertInvoices } from '../helpers/seed-invoices.ts';

const AT = '2026-03-01T08:00:00.000Z';

async function seedOutbox(t: TestApi, statuses: readonly ('failed' | 'sent' | 'queued')[]) {
  await t.ctx.db
    .insertInto('outbox_messages')
    .values(
      statuses.map((status, i) => ({
        id: `mail-${i}`,
        org_id: t.orgId,
        from_address: 'factures@alleo.example',
        to: '["client@test.example"]',
        cc: null,
        subject: `Message ${i}`,
        text: 'Bonjour',
        html: null,
        attachments_json: '[]',
        eml: new Uint8Array([65]),
        status,
        attempts: 1,
        next_attempt_at: null,
        last_error: status === 'failed' ? '550 mailbox unavailable' : null,
        related_type: null,
        related_id: null,
        created_at: AT,
        sent_at: status === 'sent' ? AT : null,
        transport: null,
        failed_at: status === 'failed' ? AT : null,
        cancelled_at: null,
        contract_id: null,
      })),
    )
    .execute();
}

for (const dialect of DIALECTS) {
  describe(`dashboard figures and their lists [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let today: string;
    /** The dashboard's JSON: sections of figures ({ count }) or a figure. */
    let figures: Record<string, Record<string, { count: number }> & { count?: number }>;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      const first = await t.as(admin, { method: 'GET', url: '/api/dashboard' });
      today = first.json().asOf as string;
      await seedOutbox(t, ['failed', 'failed', 'sent', 'queued']);

      // Rentals delivered: rd-0 and rd-1 without insurance (counted), rd-2 insured today,
      // rd-3 insured with a certificate that expired yesterday (counted), rd-4 terminated.
      // Nothing delivered (their delivery removed): rd-5, rd-6 and rd-7 to deliver (counted), rd-8 terminated.
      const seeded = await seedRentalContracts(t.ctx, {
        orgId: t.orgId,
        count: 9,
        prefix: 'rd-',
        contractsPerClient: 9,
      });
      const rented = seeded.slice(0, 5);
      const undelivered = seeded.slice(5);
      await t.ctx.db.deleteFrom('equipment_units').where('contract_id', 'in', undelivered).execute();
      await t.ctx.db.deleteFrom('deliveries').where('contract_id', 'in', undelivered).execute();
      const certificate = (id: string, contractId: string, expiresOn: string) => ({
        id,
        org_id: t.orgId,
        contract_id: contractId,
        client_id: 'rd-client-000000',
        insurer: 'Hiscox',
        all_risks: 1 as const,
        starts_on: addDays(today, -300),
        expires_on: expiresOn,
        document_sha256: '0'.repeat(64),
        uploaded_by: admin.userId,
        uploaded_at: AT,
      });
      await t.ctx.db
        .insertInto('insurance_certificates')
        .values([
          certificate('ins-2', rented[2]!, addDays(today, 60)),
          certificate('ins-3', rented[3]!, addDays(today, -1)),
        ])
        .execute();
      await t.ctx.db.updateTable('contracts').set({ status: 'terminated' }).where('id', '=', rented[4]!).execute();

      await t.ctx.db.updateTable('contracts').set({ status: 'terminated' }).where('id', '=', undelivered[3]!).execute();

      // Interventions: pending today and in ten days (counted); pending yesterday, guaranteed,
      // cancelled (not counted).
      const intervention = (
        id: string,
        date: string,
        status: 'scheduled' | 'cancelled',
        confirmation: 'pending' | 'guaranteed',
      ) => ({
        id,
        org_id: t.orgId,
        contract_id: rented[0]!,
        contract_line_id: `${rented[0]!}-l1`,
        client_id: 'rd-client-000000',
        service_kind: 'installation',
        label: `Intervention ${id}`,
        mode: 'on-site' as const,
        site_address: null,
        date,
        start_time: '09:00',
        end_time: '12:00',
        surcharge_percent: null,
        service_price_cents: 50_000,
        terms_version: 'ALLEO-1',
        status,
        confirmation,
        confirmed_on: null,
        confirmed_by: null,
        charge_invoice_id: null,
        report_json: null,
        completed_at: null,
        signed_by_name: null,
        signed_at: null,
        received_on: null,
        invoice_id: null,
        created_by: admin.userId,
        created_at: AT,
        updated_at: AT,
      });
      await t.ctx.db
        .insertInto('interventions')
        .values([
          intervention('iv-today', today, 'scheduled', 'pending'),
          intervention('iv-later', addDays(today, 10), 'scheduled', 'pending'),
          intervention('iv-past', addDays(today, -1), 'scheduled', 'pending'),
          intervention('iv-sure', addDays(today, 3), 'scheduled', 'guaranteed'),
          intervention('iv-off', addDays(today, 4), 'cancelled', 'pending'),
        ])
        .execute();

      // Data requests: due in 7 days, late, extended to 7 days (counted); due in 8 days, extended
      // beyond, answered (not counted).
      const request = (id: string, dueOn: string, extendedDueOn: string | null, status: 'open' | 'answered') => ({
        id,
        org_id: t.orgId,
        client_id: null,
        portal_user_id: null,
        subject_email: `${id}@test.example`,
        subject_name: null,
        kind: 'access' as const,
        channel: 'email' as const,
        details: null,
        received_on: addDays(dueOn, -30),
        identity_status: 'verified' as const,
        due_on: dueOn,
        extended_due_on: extendedDueOn,
        extension_reason: extendedDueOn ? 'Demandes nombreuses' : null,
        extension_letter_sha256: null,
        status,
        answer: null,
        answer_json: null,
        answered_at: null,
        answered_by: null,
        created_by: admin.userId,
        created_at: AT,
        updated_at: AT,
      });
      await t.ctx.db
        .insertInto('data_subject_requests')
        .values([
          request('dr-7', addDays(today, 7), null, 'open'),
          request('dr-late', addDays(today, -2), null, 'open'),
          request('dr-ext', addDays(today, -20), addDays(today, 7), 'open'),
          request('dr-8', addDays(today, 8), null, 'open'),
          request('dr-beyond', addDays(today, -20), addDays(today, 30), 'open'),
          request('dr-done', addDays(today, -2), null, 'answered'),
        ])
        .execute();

      // Dunning (ladder: day 1, 15, 30): D-1 2 days late (step 1 due), D-2 20 days late with
      // step 1 done (step 2 due), D-3 20 days late with steps 1 and 2 done (nothing due), D-4 due
      // today and D-5 settled (not overdue).
      await ensureLadder(t.ctx, t.orgId);
      const client = await t.createClient('Relancé SAS');
      const late = (number: string, days: number, settled = false) => ({
        clientId: client,
        number,
        issueDate: addDays(today, -days - 30),
        dueDate: addDays(today, -days),
        grossCents: 1000,
        ...(settled ? { paidCents: 1000, settledOn: today } : {}),
      });
      await insertInvoices(t.ctx, t.orgId, [
        late('D-1', 2),
        late('D-2', 20),
        late('D-3', 20),
        late('D-4', 0),
        late('D-5', 40, true),
      ]);
      const ids = new Map(
        (await t.ctx.db.selectFrom('invoices').select(['id', 'number']).where('number', 'like', 'D-%').execute()).map(
          (r) => [r.number, r.id],
        ),
      );
      const action = (invoice: string, step: number) => ({
        id: `act-${invoice}-${step}`,
        org_id: t.orgId,
        invoice_id: ids.get(invoice)!,
        step_position: step,
        channel: 'email' as const,
        done_on: today,
        document_sha256: '0'.repeat(64),
        evidence_seq: 0,
        created_at: AT,
        outbox_message_id: null,
      });
      await t.ctx.db
        .insertInto('dunning_actions')
        .values([action('D-2', 1), action('D-3', 1), action('D-3', 2)])
        .execute();

      const res = await t.as(admin, { method: 'GET', url: '/api/dashboard' });
      expect(res.statusCode).toBe(200);
      figures = res.json();
    });
    afterAll(async () => {
      await t?.cleanup();
    });

    const list = async (url: string) => {
      const res = await t.as(admin, { method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as Record<string, unknown>[];
    };

    it('failed e-mails: the outbox filtered on failed', async () => {
      const items = await list('/api/outbox?status=failed');
      expect(items.map((m) => m.id).sort()).toEqual(['mail-0', 'mail-1']);
      expect(figures.failedMails).toEqual({ count: 2 });
    });

    it('deliveries to make: the contracts with nothing delivered', async () => {
      const items = await list('/api/deliveries/progress?state=to-do');
      expect(items.map((p) => p.contractId).sort()).toEqual(['rd-0000005', 'rd-0000006', 'rd-0000007']);
      const operations = figures.operations!;
      expect(operations.deliveriesToMake).toEqual({ count: items.length });
    });

    it('interventions to confirm: scheduled, confirmation pending, from today on', async () => {
      const items = await list(`/api/interventions?status=scheduled&confirmation=pending&from=${today}`);
      expect(items.map((i) => i.id).sort()).toEqual(['iv-later', 'iv-today']);
      const operations = figures.operations!;
      expect(operations.interventionsToConfirm).toEqual({ count: 2 });
    });

    it('insurance missing: the active rentals without a certificate valid today', async () => {
      const items = await list('/api/rentals?insurance=missing');
      expect(items.map((r) => r.contractId).sort()).toEqual(['rd-0000000', 'rd-0000001', 'rd-0000003']);
      const operations = figures.operations!;
      expect(operations.insuranceMissing).toEqual({ count: 3 });
      // Without the filter: every rental delivered.
      expect(await list('/api/rentals')).toHaveLength(5);
    });

    it('data requests due: open, due (or extended) within 7 days or late', async () => {
      const items = await list('/api/privacy/requests?dueSoon=true');
      expect(items.map((r) => r.id).sort()).toEqual(['dr-7', 'dr-ext', 'dr-late']);
      expect(figures.dataRequestsDue).toEqual({ count: 3 });
    });

    it('dunning steps due: the dunning list filtered on a step due', async () => {
      const items = await list('/api/dunning?stepDue=true');
      expect(items.map((i) => i.invoiceNumber).sort()).toEqual(['D-1', 'D-2']);
      const receivables = figures.receivables!;
      expect(receivables.dunningStepsDue).toEqual({ count: 2 });
      // Without the filter: every overdue invoice, D-3 included.
      expect((await list('/api/dunning')).map((i) => i.invoiceNumber).sort()).toEqual(['D-1', 'D-2', 'D-3']);
    });

    it('refuses a bad filter, naming the field', async () => {
      for (const [url, field] of [
        ['/api/rentals?insurance=maybe', 'insurance'],
        ['/api/deliveries/progress?state=late', 'state'],
        ['/api/interventions?confirmation=soon', 'confirmation'],
        ['/api/dunning?stepDue=yes', 'stepDue'],
      ] as const) {
        const res = await t.as(admin, { method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.body, url).toContain(field);
      }
    });
  });
}
