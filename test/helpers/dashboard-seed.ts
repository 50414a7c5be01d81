/**
 * Rows behind each work figure of the dashboard (issue 17), those that count and those that must
 * not, next to each other: failed e-mails, deliveries to make, interventions to confirm, rentals
 * without insurance, data requests due, invoices with a dunning step due. Dates hang on `today`,
 * the server's (the dashboard's `asOf`). Shared by the integration and the e2e tests.
 *
 * Counted: mail-0, mail-1; contracts rd-0000005..7 (to deliver); rd-0000000, 1, 3 (no valid
 * insurance); iv-today, iv-later; dr-7, dr-ext, dr-late; invoices D-1, D-2 (a step due).
 * Not counted: mail-2 (sent), mail-3 (queued); rd-0000008 (terminated, to deliver); rd-0000002
 * (insured), rd-0000004 (terminated); iv-past, iv-sure, iv-off; dr-8, dr-beyond, dr-done; D-3
 * (steps done), D-4 (due today), D-5 (settled).
 */
import type { AppContext } from '../../src/context.ts';
import { addDays } from '../../src/kernel/dates.ts';
import { ensureLadder } from '../../src/modules/dunning/index.ts';
import { seedRentalContracts } from './rental-samples.ts';
import { insertInvoices } from './seed-invoices.ts';

export interface DashboardSeed {
  orgId: string;
  /** The user credited with the rows (certificates, interventions, requests). */
  userId: string;
  /** The server's today (YYYY-MM-DD). */
  today: string;
  /** The client of the dunned invoices D-1 to D-5. */
  dunnedClientId: string;
}

const AT = '2026-03-01T08:00:00.000Z';

async function seedOutbox(ctx: AppContext, orgId: string, statuses: readonly ('failed' | 'sent' | 'queued')[]) {
  await ctx.db
    .insertInto('outbox_messages')
    .values(
      statuses.map((status, i) => ({
        id: `mail-${i}`,
        org_id: orgId,
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

export async function seedDashboardRows(ctx: AppContext, { orgId, userId, today, dunnedClientId }: DashboardSeed) {
  await seedOutbox(ctx, orgId, ['failed', 'failed', 'sent', 'queued']);

  // Rentals delivered: rd-0 and rd-1 without insurance (counted), rd-2 insured today,
  // rd-3 insured with a certificate that expired yesterday (counted), rd-4 terminated.
  // Nothing delivered (their delivery removed): rd-5, rd-6 and rd-7 to deliver (counted), rd-8 terminated.
  const seeded = await seedRentalContracts(ctx, {
    orgId: orgId,
    count: 9,
    prefix: 'rd-',
    contractsPerClient: 9,
  });
  const rented = seeded.slice(0, 5);
  const undelivered = seeded.slice(5);
  await ctx.db.deleteFrom('equipment_units').where('contract_id', 'in', undelivered).execute();
  await ctx.db.deleteFrom('deliveries').where('contract_id', 'in', undelivered).execute();
  const certificate = (id: string, contractId: string, expiresOn: string) => ({
    id,
    org_id: orgId,
    contract_id: contractId,
    client_id: 'rd-client-000000',
    insurer: 'Hiscox',
    all_risks: 1 as const,
    starts_on: addDays(today, -300),
    expires_on: expiresOn,
    document_sha256: '0'.repeat(64),
    uploaded_by: userId,
    uploaded_at: AT,
  });
  await ctx.db
    .insertInto('insurance_certificates')
    .values([
      certificate('ins-2', rented[2]!, addDays(today, 60)),
      certificate('ins-3', rented[3]!, addDays(today, -1)),
    ])
    .execute();
  await ctx.db.updateTable('contracts').set({ status: 'terminated' }).where('id', '=', rented[4]!).execute();

  await ctx.db.updateTable('contracts').set({ status: 'terminated' }).where('id', '=', undelivered[3]!).execute();

  // Interventions: pending today and in ten days (counted); pending yesterday, guaranteed,
  // cancelled (not counted).
  const intervention = (
    id: string,
    date: string,
    status: 'scheduled' | 'cancelled',
    confirmation: 'pending' | 'guaranteed',
  ) => ({
    id,
    org_id: orgId,
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
    created_by: userId,
    created_at: AT,
    updated_at: AT,
  });
  await ctx.db
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
    org_id: orgId,
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
    created_by: userId,
    created_at: AT,
    updated_at: AT,
  });
  await ctx.db
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
  await ensureLadder(ctx, orgId);
  const late = (number: string, days: number, settled = false) => ({
    clientId: dunnedClientId,
    number,
    issueDate: addDays(today, -days - 30),
    dueDate: addDays(today, -days),
    grossCents: 1000,
    ...(settled ? { paidCents: 1000, settledOn: today } : {}),
  });
  await insertInvoices(ctx, orgId, [
    late('D-1', 2),
    late('D-2', 20),
    late('D-3', 20),
    late('D-4', 0),
    late('D-5', 40, true),
  ]);
  const ids = new Map(
    (
      await ctx.db
        .selectFrom('invoices')
        .select(['id', 'number'])
        .where('org_id', '=', orgId)
        .where('number', 'in', ['D-1', 'D-2', 'D-3'])
        .execute()
    ).map((r) => [r.number, r.id]),
  );
  const action = (invoice: string, step: number) => ({
    id: `act-${invoice}-${step}`,
    org_id: orgId,
    invoice_id: ids.get(invoice)!,
    step_position: step,
    channel: 'email' as const,
    done_on: today,
    document_sha256: '0'.repeat(64),
    evidence_seq: 0,
    created_at: AT,
    outbox_message_id: null,
  });
  await ctx.db
    .insertInto('dunning_actions')
    .values([action('D-2', 1), action('D-3', 1), action('D-3', 2)])
    .execute();
}
