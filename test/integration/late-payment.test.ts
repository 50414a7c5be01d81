/**
 * Late-payment enforcement through the API and the daily sweep on both engines (CGV art. 10.3,
 * 15.2; LEGAL.md §1): interest and EUR 40 by rule invoice.late-payment, decisions on state changes
 * only, acceleration of the client's other invoices, prepayment and its release, debit notes
 * (once per invoice), the dunning ladder with its emails and formal notice, cancellation of an
 * order in progress, and reruns that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { deliveryBlockedByPrepayment } from '../../src/modules/late-payment/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { memoryTransport } from '../helpers/memory-transport.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

for (const dialect of DIALECTS) {
  describe(`late payment, debit notes and dunning [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let userA: Session;
    let userB: Session;
    let clientA: string;
    let clientB: string;
    let clientP: string;
    let cat: Catalogue;
    const inv = {} as Record<
      'A1' | 'A2' | 'B1' | 'P1',
      { id: string; number: string; dueDate: string; grossCents: number }
    >;
    let contractA: string;
    let contractB: string;

    /** Moves the clock (Paris morning) and signs everyone in again (sessions expire). */
    const moveClock = async (date: string) => {
      t.setNow(`${date}T08:00:00Z`);
      [admin, sales, adv, accounting, userA, userB] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
        t.signIn('client', { clientId: clientA }),
        t.signIn('client', { clientId: clientB }),
      ]);
    };
    const sweep = async (date: string) => {
      t.setNow(`${date}T01:00:00Z`);
      const report = await runSweep(t.ctx, t.handle, { asOf: date });
      await moveClock(date);
      return Object.fromEntries(report.steps.map((s) => [s.step, s]));
    };
    const manualInvoice = async (clientId: string, unitPriceCents: number) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            {
              label: 'Prestation de maintenance',
              nature: 'services',
              quantity: 1,
              unitPriceCents,
              vatRatePercent: '20',
            },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const issued = await issueInvoice(t, accounting, res.json().invoice.id);
      return { id: issued.id, number: issued.number, dueDate: issued.dueDate, grossCents: issued.grossCents };
    };
    const pay = async (clientId: string, invoiceId: string, amountCents: number, receivedOn: string) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId,
          receivedOn,
          amountCents,
          means: 'bank-transfer',
          allocations: [{ invoiceId, amountCents }],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    /** The rule itself, over HTTP: the figures every decision must match. */
    const rule = async (asOf: string, facts: Record<string, unknown>) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/rules/invoice.late-payment/evaluate',
        payload: { asOf, facts },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const invoiceRow = (id: string) =>
      t.ctx.db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const decisionsOf = (objectId: string) =>
      t.ctx.db
        .selectFrom('decisions')
        .selectAll()
        .where('object_id', '=', objectId)
        .orderBy('created_at')
        .orderBy('evidence_seq')
        .execute();
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const table of [
        'decisions',
        'evidence_entries',
        'debit_notes',
        'debit_note_rows',
        'dunning_actions',
        'outbox_messages',
        'client_financial_status_changes',
        'document_sequences',
      ] as const) {
        out[table] = Number(
          (
            await t.ctx.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      }
      return out;
    };
    const invoiceFigures = async () =>
      (
        await t.ctx.db
          .selectFrom('invoices')
          .select([
            'id',
            'late_json',
            'late_as_of',
            'late_interest_cents',
            'late_indemnity_cents',
            'interest_claimed_cents',
            'indemnity_claimed',
            'accelerated_on',
          ])
          .orderBy('id')
          .execute()
      ).map((r) => ({ ...r }));

    beforeAll(async () => {
      t = await startTestApi(dialect);
      // The sweep's last step delivers the reminder e-mails it queued (no worker in this process).
      t.ctx.mailTransport = memoryTransport();
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Clinique du Parc SA');
      clientP = await t.createClient('Commune de Cluny');
      await t.ctx.db.updateTable('clients').set({ email: 'compta@morel.example' }).where('id', '=', clientA).execute();
      await t.ctx.db
        .updateTable('clients')
        .set({ email: 'mairie@cluny.example', public_buyer: 1, payment_method: 'administrative-mandate' })
        .where('id', '=', clientP)
        .execute();
      await moveClock('2026-03-02');
      cat = await seedCatalogue(t, admin);
      contractA = (await formedContract(t, { sales, adv, clientUser: userA }, clientA, cat, { rental: false }))
        .contractId;
      contractB = (await formedContract(t, { sales, adv, clientUser: userB }, clientB, cat, { rental: false }))
        .contractId;
      inv.A1 = await manualInvoice(clientA, 100_000);
      inv.P1 = await manualInvoice(clientP, 100_000);
      await moveClock('2026-03-20');
      inv.A2 = await manualInvoice(clientA, 50_000);
      inv.B1 = await manualInvoice(clientB, 50_000);
    });
    afterAll(() => t.cleanup());

    it("on the due date nothing is late; the day after, the decision is late with the rule's interest and EUR 40", async () => {
      expect(inv.A1).toMatchObject({ dueDate: '2026-04-01', grossCents: 120_000 });
      const onDue = await sweep('2026-04-01');
      expect(onDue['invoice.late-payment']).toMatchObject({ status: 'ran', examined: 0, acted: 0 });
      expect(await decisionsOf(inv.A1.id)).toHaveLength(0);

      const day1 = await sweep('2026-04-02');
      expect(day1['invoice.late-payment']).toMatchObject({ status: 'ran', examined: 2, acted: 2 });
      const expected = await rule('2026-04-02', {
        issueDate: '2026-03-02',
        dueDate: '2026-04-01',
        totalCents: 120_000,
        payments: [],
      });
      expect(expected).toMatchObject({ outcome: 'late', daysLate: 1, indemnityCents: 4000 });
      const row = await invoiceRow(inv.A1.id);
      expect(row).toMatchObject({
        late_as_of: '2026-04-02',
        late_outcome: 'late',
        late_interest_cents: expected.interestCents,
        late_indemnity_cents: 4000,
      });
      expect(JSON.parse(row.late_json!)).toEqual(expected);
      const [d] = await decisionsOf(inv.A1.id);
      expect(d).toMatchObject({
        rule: 'invoice.late-payment',
        outcome: 'late',
        article: '10.3',
        terms_version: 'ALLEO-1',
        actor: 'system:sweep',
        effect_key: `invoice.late-payment:${inv.A1.id}:late`,
      });
      // The invoice API shows the stored decision.
      const api = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.A1.id}` })).json();
      expect(api.invoice).toMatchObject({
        paymentState: 'overdue',
        lateInterestCents: expected.interestCents,
        lateIndemnityCents: 4000,
        lateAsOf: '2026-04-02',
      });
      expect(api.decisions.map((x: { rule: string }) => x.rule)).toContain('invoice.late-payment');
    });

    it('a public buyer bears the MRO of the semester + 8 points, fixed (R2192-31)', async () => {
      const row = await invoiceRow(inv.P1.id);
      const decision = JSON.parse(row.late_json!);
      const expected = await rule('2026-04-02', {
        issueDate: '2026-03-02',
        dueDate: '2026-04-01',
        totalCents: 120_000,
        payments: [],
        publicBuyer: true,
      });
      expect(decision).toEqual(expected);
      expect(decision.periods).toEqual([
        expect.objectContaining({ from: '2026-04-02', to: '2026-04-02', ratePercent: '10.15' }),
      ]);
      expect(decision.parameters).toMatchObject({ publicBuyerMarginPoints: '8' });
      expect(decision.explanation.fr).toContain('acheteur public');
    });

    it("accelerates the other not-yet-due invoice of the late client, citing 10.3 and naming the overdue invoice — not another client's", async () => {
      const a2 = await invoiceRow(inv.A2.id);
      expect(a2.accelerated_on).toBe('2026-04-02');
      const [d] = await decisionsOf(inv.A2.id);
      expect(d).toMatchObject({
        rule: 'invoice.acceleration',
        outcome: 'accelerated',
        article: '10.3',
        terms_version: 'ALLEO-1',
        effect_key: `invoice.acceleration:${inv.A2.id}`,
      });
      const decision = JSON.parse(d!.decision_json);
      expect(decision.explanation.fr).toContain(inv.A1.number);
      expect(decision.explanation.en).toContain(inv.A1.number);
      expect(decision).toMatchObject({
        payableFrom: '2026-04-02',
        originalDueDate: '2026-04-19',
        overdueInvoice: { id: inv.A1.id, number: inv.A1.number },
      });
      const api = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.A2.id}` })).json().invoice;
      expect(api).toMatchObject({ acceleratedOn: '2026-04-02', paymentState: 'due' });
      expect((await invoiceRow(inv.B1.id)).accelerated_on).toBeNull();
      expect(await decisionsOf(inv.B1.id)).toHaveLength(0);
    });

    it('puts the late client on prepayment with a decision and a history line; delivery is blocked', async () => {
      const client = (await t.as(accounting, { method: 'GET', url: `/api/clients/${clientA}` })).json().client;
      expect(client.financialStatus).toBe('prepayment-required');
      expect(client.financialStatusHistory[0]).toMatchObject({ from: 'normal', to: 'prepayment-required' });
      expect(client.financialStatusHistory[0].reason).toContain('art. 10.3');
      const [d] = await decisionsOf(clientA);
      expect(d).toMatchObject({
        rule: 'client.prepayment',
        outcome: 'prepayment-required',
        article: '10.3',
        actor: 'system:sweep',
      });
      expect(JSON.parse(d!.decision_json).explanation.fr).toContain(inv.A1.number);
      expect(await deliveryBlockedByPrepayment(t.ctx, t.orgId, clientA)).toBe(true);
      expect(await deliveryBlockedByPrepayment(t.ctx, t.orgId, clientB)).toBe(false);
      const b = (await t.as(accounting, { method: 'GET', url: `/api/clients/${clientB}` })).json().client;
      expect(b.financialStatus).toBe('normal');
    });

    it('refuses to lift the prepayment while an invoice is overdue, with the citation', async () => {
      await moveClock('2026-04-02');
      const before = await counts();
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${clientA}/financial-status`,
        payload: { status: 'normal', reason: 'Le client promet de payer' },
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'late_payment.release_refused',
        decision: {
          rule: 'client.prepayment',
          outcome: 'release-refused',
          citation: { article: '10.3', termsVersion: 'ALLEO-1' },
        },
      });
      expect(res.json().decision.explanation.fr).toContain(inv.A1.number);
      expect(await counts()).toEqual(before);
    });

    it('sends the day-1 reminder email once, kept in the outbox and the evidence log', async () => {
      const mails = await t.ctx.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('related_id', '=', inv.A1.id)
        .execute();
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(JSON.parse(mail.to)).toEqual(['compta@morel.example']);
      expect(mail.subject).toContain(`Relance — facture n° ${inv.A1.number}`);
      const text = flat(mail.text);
      expect(text).toContain(inv.A1.number);
      expect(text).toContain('1 200,00 €');
      expect(text).toContain('1er avril 2026');
      expect(text).toContain('article 10.3');
      expect(text).toContain('art. 10.1');
      expect(text).toContain('40,00 €');
      const eml = Buffer.from(mail.eml).toString('utf8');
      expect(eml).toMatch(/^From: /m);
      const actions = await t.ctx.db
        .selectFrom('dunning_actions')
        .selectAll()
        .where('invoice_id', '=', inv.A1.id)
        .execute();
      expect(actions).toEqual([expect.objectContaining({ step_position: 1, channel: 'email', done_on: '2026-04-02' })]);
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('seq', '=', actions[0]!.evidence_seq)
        .where('org_id', '=', t.orgId)
        .executeTakeFirstOrThrow();
      // Queued by the sweep, then delivered by its last step: the action names its outbox message and is dated by its delivery.
      expect(actions[0]!.outbox_message_id).toBe(mail.id);
      expect(mail).toMatchObject({ status: 'sent', attempts: 1 });
      expect(entry).toMatchObject({
        kind: 'mail.queued',
        object_type: 'invoice',
        object_id: inv.A1.id,
        document_sha256: actions[0]!.document_sha256,
      });
      const doc = await t.ctx.db
        .selectFrom('evidence_documents')
        .select(['media_type'])
        .where('sha256', '=', entry.document_sha256!)
        .executeTakeFirstOrThrow();
      expect(doc.media_type).toBe('message/rfc822');
    });

    it('a second run the same day changes nothing; rerunning the steps themselves changes nothing either', async () => {
      const before = { counts: await counts(), figures: await invoiceFigures() };
      const again = await sweep('2026-04-02');
      expect(Object.values(again).every((s) => s.status === 'already-done')).toBe(true);
      await t.ctx.db.deleteFrom('sweep_runs').where('as_of', '=', '2026-04-02').execute();
      const forced = await sweep('2026-04-02');
      expect(forced['invoice.late-payment']).toMatchObject({ status: 'ran', acted: 0 });
      expect(forced['invoice.acceleration']).toMatchObject({ status: 'ran', acted: 0 });
      expect(forced['client.prepayment']).toMatchObject({ status: 'ran', acted: 0 });
      expect(forced['invoice.debit-note']).toMatchObject({ status: 'ran', acted: 0 });
      expect(forced['invoice.dunning']).toMatchObject({ status: 'ran', acted: 0 });
      expect(await counts()).toEqual(before.counts);
      expect(await invoiceFigures()).toEqual(before.figures);
    });

    it('refuses to cancel an order when the client has nothing overdue; records who decided otherwise', async () => {
      const refused = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${contractB}/cancel-for-non-payment`,
        payload: { reason: 'Essai' },
      });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'late_payment.nothing_overdue',
        decision: { rule: 'contract.cancellation-for-non-payment', outcome: 'refused', citation: { article: '10.3' } },
      });
      expect(await decisionsOf(contractB)).toHaveLength(0);

      expect(
        (
          await t.as(sales, {
            method: 'POST',
            url: `/api/contracts/${contractA}/cancel-for-non-payment`,
            payload: { reason: 'x' },
          })
        ).statusCode,
      ).toBe(403);
      const enforcement = (
        await t.as(accounting, { method: 'GET', url: `/api/clients/${clientA}/enforcement` })
      ).json();
      expect(enforcement.overdueInvoices.map((i: { number: string }) => i.number)).toEqual([inv.A1.number]);
      expect(enforcement.measures.every((m: { citation: { article: string } }) => m.citation.article === '10.3')).toBe(
        true,
      );
      expect(enforcement.measures.find((m: { measure: string }) => m.measure === 'acceleration')).toMatchObject({
        available: true,
        done: true,
      });
      expect(enforcement.measures.find((m: { measure: string }) => m.measure === 'prepayment')).toMatchObject({
        available: true,
        done: true,
        // The status in words, never its code (the every-page browser test found the code on a French page).
        explanation: {
          fr: expect.stringContaining('(situation financière : paiement préalable exigé)'),
          en: expect.stringContaining('(financial status: prepayment required)'),
        },
      });
      expect(enforcement.contracts).toEqual([
        expect.objectContaining({ id: contractA, canCancel: true, cancelledForNonPayment: null }),
      ]);

      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${contractA}/cancel-for-non-payment`,
        payload: { reason: 'Factures impayées malgré relance' },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        decision: {
          rule: 'contract.cancellation-for-non-payment',
          outcome: 'cancelled',
          citation: { article: '10.3' },
          reason: 'Factures impayées malgré relance',
        },
        decidedBy: { id: accounting.userId },
      });
      const [d] = await decisionsOf(contractA);
      expect(d).toMatchObject({
        rule: 'contract.cancellation-for-non-payment',
        actor: accounting.userId,
        object_type: 'contract',
      });
      const again = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${contractA}/cancel-for-non-payment`,
        payload: { reason: 'Encore' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('late_payment.already_cancelled');
      const after = (await t.as(admin, { method: 'GET', url: `/api/clients/${clientA}/enforcement` })).json();
      expect(after.contracts[0]).toMatchObject({ canCancel: false, cancelledForNonPayment: { by: accounting.userId } });
    });

    it('day 15: the second reminder once; the dashboard shows the last step and the next one', async () => {
      await moveClock('2026-04-10');
      await pay(clientA, inv.A1.id, 60_000, '2026-04-10');
      const s = await sweep('2026-04-16');
      expect(s['invoice.dunning']).toMatchObject({ status: 'ran' });
      const actions = await t.ctx.db
        .selectFrom('dunning_actions')
        .select(['step_position', 'channel'])
        .where('invoice_id', '=', inv.A1.id)
        .orderBy('step_position')
        .execute();
      expect(actions).toEqual([
        { step_position: 1, channel: 'email' },
        { step_position: 2, channel: 'email' },
      ]);
      const mails = await t.ctx.db
        .selectFrom('outbox_messages')
        .select(['subject', 'text'])
        .where('related_id', '=', inv.A1.id)
        .orderBy('created_at')
        .execute();
      expect(mails).toHaveLength(2);
      expect(mails[1]!.subject).toContain('Relance n° 2');
      expect(flat(mails[1]!.text)).toContain('reste impayée à hauteur de 600,00 €');
      await moveClock('2026-04-16');
      const dash = await t.as(accounting, { method: 'GET', url: '/api/dunning' });
      expect(dash.statusCode, dash.body).toBe(200);
      const row = dash.json().items.find((i: { invoiceId: string }) => i.invoiceId === inv.A1.id);
      const a1 = await invoiceRow(inv.A1.id);
      expect(row).toMatchObject({
        invoiceNumber: inv.A1.number,
        clientName: 'Transports Morel SAS',
        daysLate: 15,
        openCents: 60_000,
        interestCents: a1.late_interest_cents,
        indemnityCents: 4000,
        lastStep: { position: 2, channel: 'email', doneOn: '2026-04-16' },
        nextStep: { position: 3, channel: 'formal-notice', date: '2026-05-01' },
      });
      expect((await t.as(sales, { method: 'GET', url: '/api/dunning' })).statusCode).toBe(403);
    });

    it('day 30: the formal notice, a registered letter PDF, with a termination.formal-notice decision and its cure deadline', async () => {
      await sweep('2026-05-01');
      const action = await t.ctx.db
        .selectFrom('dunning_actions')
        .selectAll()
        .where('invoice_id', '=', inv.A1.id)
        .where('step_position', '=', 3)
        .executeTakeFirstOrThrow();
      expect(action).toMatchObject({ channel: 'formal-notice', done_on: '2026-05-01' });
      const doc = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', action.document_sha256)
        .executeTakeFirstOrThrow();
      expect(doc).toMatchObject({ media_type: 'application/pdf', filename: `mise-en-demeure-${inv.A1.number}.pdf` });
      const text = flat((await pdfText(doc.content)).text);
      expect(text).toContain('Lettre recommandée avec accusé de réception');
      expect(text).toContain(`Mise en demeure de payer — facture n° ${inv.A1.number}`);
      // The normal path: the formal notice names the two reminders sent, with their dates.
      expect(text).toContain(`Malgré nos relances du 2 avril 2026 et du 16 avril 2026, la facture n° ${inv.A1.number}`);
      expect(text).toContain('31 mai 2026');
      expect(text).toContain('article 15.2');
      const notice = (await decisionsOf(inv.A1.id)).find((d) => d.rule === 'termination.formal-notice');
      expect(notice).toMatchObject({ outcome: 'cure-period', article: '15.2', actor: 'system:sweep' });
      expect(JSON.parse(notice!.decision_json)).toMatchObject({
        noticeDate: '2026-05-01',
        cureDeadline: '2026-05-31',
        terminableFrom: '2026-06-01',
        invoiceId: inv.A1.id,
        letterSha256: action.document_sha256,
      });
      // The public buyer got its three steps too, each once.
      expect(
        await t.ctx.db
          .selectFrom('dunning_actions')
          .select('step_position')
          .where('invoice_id', '=', inv.P1.id)
          .orderBy('step_position')
          .execute(),
      ).toEqual([{ step_position: 1 }, { step_position: 2 }, { step_position: 3 }]);
      const before = await counts();
      await t.ctx.db.deleteFrom('sweep_runs').where('as_of', '=', '2026-05-01').execute();
      await sweep('2026-05-01');
      expect(await counts()).toEqual(before);
    });

    it('settled late: a debit note with the interest up to the payment date and EUR 40, once', async () => {
      await moveClock('2026-05-05');
      await pay(clientA, inv.A1.id, 60_000, '2026-05-05');
      const s = await sweep('2026-05-06');
      expect(s['invoice.debit-note']).toMatchObject({ status: 'ran', acted: 1 });
      const expected = await rule('2026-05-06', {
        issueDate: '2026-03-02',
        dueDate: '2026-04-01',
        totalCents: 120_000,
        payments: [
          { date: '2026-04-10', amountCents: 60_000 },
          { date: '2026-05-05', amountCents: 60_000 },
        ],
      });
      expect(expected).toMatchObject({ outcome: 'paid-late', daysLate: 34, indemnityCents: 4000 });
      expect(expected.periods).toHaveLength(2);
      const a1 = await invoiceRow(inv.A1.id);
      expect(a1).toMatchObject({
        late_outcome: 'paid-late',
        late_interest_cents: expected.interestCents,
        interest_claimed_cents: expected.interestCents,
        indemnity_claimed: 1,
        late_final_on: '2026-05-05',
      });
      expect(
        (await decisionsOf(inv.A1.id)).filter((d) => d.rule === 'invoice.late-payment').map((d) => d.outcome),
      ).toEqual(['late', 'paid-late']);

      await moveClock('2026-05-06');
      const list = (await t.as(accounting, { method: 'GET', url: `/api/debit-notes?clientId=${clientA}` })).json()
        .items;
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        number: 'ND-2026-0000001',
        issueDate: '2026-05-06',
        totalCents: expected.interestCents + 4000,
        createdBy: 'system:sweep',
        clientName: 'Transports Morel SAS',
      });
      const detail = (await t.as(accounting, { method: 'GET', url: `/api/debit-notes/${list[0].id}` })).json()
        .debitNote;
      expect(detail.rows).toEqual([
        expect.objectContaining({
          invoiceId: inv.A1.id,
          invoiceNumber: inv.A1.number,
          computedUntil: '2026-05-05',
          daysLate: 34,
          interestCents: expected.interestCents,
          indemnityCents: 4000,
          article: '10.3',
        }),
      ]);
      const pdf = await t.as(userA, { method: 'GET', url: `/api/debit-notes/${list[0].id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = flat((await pdfText(pdf.rawPayload)).text);
      expect(text).toContain('NOTE DE DÉBIT n° ND-2026-0000001');
      expect(text).toContain('Montants hors champ de la TVA (indemnités)');
      expect(text).toContain(inv.A1.number);
      expect(text).toContain('art. 10.3');
      expect(text).toContain('40,00 €');
      // Client users: their own only.
      expect((await t.as(userB, { method: 'GET', url: `/api/debit-notes/${list[0].id}` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: '/api/debit-notes' })).json().items).toEqual([]);
      expect((await t.as(userA, { method: 'GET', url: '/api/debit-notes' })).json().items).toHaveLength(1);

      // Rerun: no second debit note, no second EUR 40.
      const before = await counts();
      await sweep('2026-05-07');
      await t.ctx.db.deleteFrom('sweep_runs').where('as_of', '=', '2026-05-07').execute();
      await sweep('2026-05-07');
      const after = await counts();
      expect(after.debit_notes).toBe(before.debit_notes);
      expect(after.debit_note_rows).toBe(before.debit_note_rows);
      expect((await invoiceRow(inv.A1.id)).late_json).toBe(a1.late_json);
    });

    it('on demand: claims what accrued on the other late invoice with its EUR 40 once; then nothing is left', async () => {
      await moveClock('2026-05-07');
      const nothing = await t.as(accounting, {
        method: 'POST',
        url: '/api/debit-notes',
        payload: { clientId: clientA, invoiceIds: [inv.A1.id] },
      });
      expect(nothing.statusCode, nothing.body).toBe(409);
      expect(nothing.json().code).toBe('debit_note.nothing_to_claim');
      const nothingPreview = await t.as(accounting, {
        method: 'POST',
        url: '/api/debit-notes/preview',
        payload: { clientId: clientA, invoiceIds: [inv.A1.id] },
      });
      expect(nothingPreview.statusCode).toBe(409);
      expect(
        (
          await t.as(accounting, {
            method: 'POST',
            url: '/api/debit-notes',
            payload: { clientId: clientA, invoiceIds: [inv.B1.id] },
          })
        ).json().code,
      ).toBe('debit_note.invoice_not_claimable');
      expect(
        (await t.as(sales, { method: 'POST', url: '/api/debit-notes', payload: { clientId: clientA } })).statusCode,
      ).toBe(403);

      // The preview states the invoices and amounts before anything is issued; it writes nothing.
      const before = await counts();
      const preview = await t.as(accounting, {
        method: 'POST',
        url: '/api/debit-notes/preview',
        payload: { clientId: clientA },
      });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(await counts()).toEqual(before);
      expect(
        (await t.as(sales, { method: 'POST', url: '/api/debit-notes/preview', payload: { clientId: clientA } }))
          .statusCode,
      ).toBe(403);
      const res = await t.as(accounting, { method: 'POST', url: '/api/debit-notes', payload: { clientId: clientA } });
      expect(res.statusCode, res.body).toBe(201);
      expect(preview.json()).toEqual({
        issueDate: '2026-05-07',
        rows: res.json().debitNote.rows.map((r: Record<string, unknown>) => ({
          invoiceId: r.invoiceId,
          invoiceNumber: r.invoiceNumber,
          dueDate: '2026-04-19',
          daysLate: 18,
          interestCents: r.interestCents,
          indemnityCents: r.indemnityCents,
          article: '10.3',
        })),
        totalCents: res.json().debitNote.totalCents,
      });
      const expected = await rule('2026-05-07', {
        issueDate: '2026-03-20',
        dueDate: '2026-04-19',
        totalCents: 60_000,
        payments: [],
      });
      expect(expected).toMatchObject({ outcome: 'late', daysLate: 18 });
      const note = res.json().debitNote;
      expect(note).toMatchObject({
        number: 'ND-2026-0000002',
        totalCents: expected.interestCents + 4000,
        createdBy: accounting.userId,
      });
      expect(note.rows).toEqual([
        expect.objectContaining({
          invoiceId: inv.A2.id,
          computedUntil: '2026-05-07',
          interestCents: expected.interestCents,
          indemnityCents: 4000,
        }),
      ]);
      const again = await t.as(accounting, { method: 'POST', url: '/api/debit-notes', payload: { clientId: clientA } });
      expect(again.statusCode).toBe(409);
      // Later, only the interest accrued since is claimed: the EUR 40 was claimed once.
      await moveClock('2026-05-17');
      const later = await t.as(accounting, { method: 'POST', url: '/api/debit-notes', payload: { clientId: clientA } });
      expect(later.statusCode, later.body).toBe(201);
      const expectedLater = await rule('2026-05-17', {
        issueDate: '2026-03-20',
        dueDate: '2026-04-19',
        totalCents: 60_000,
        payments: [],
      });
      expect(later.json().debitNote.rows).toEqual([
        expect.objectContaining({
          invoiceId: inv.A2.id,
          interestCents: expectedLater.interestCents - expected.interestCents,
          indemnityCents: 0,
        }),
      ]);
      expect((await invoiceRow(inv.A2.id)).interest_claimed_cents).toBe(expectedLater.interestCents);
    });

    it('lifts the prepayment once nothing is overdue any more', async () => {
      await moveClock('2026-05-17');
      await pay(clientA, inv.A2.id, 60_000, '2026-05-17');
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${clientA}/financial-status`,
        payload: { status: 'normal', reason: 'Toutes les factures échues sont réglées' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().client.financialStatus).toBe('normal');
      expect(await deliveryBlockedByPrepayment(t.ctx, t.orgId, clientA)).toBe(false);
      // The settled invoice's remaining interest goes on the next automatic debit note.
      await sweep('2026-05-18');
      const a2 = await invoiceRow(inv.A2.id);
      expect(a2).toMatchObject({ late_outcome: 'paid-late', indemnity_claimed: 1 });
      expect(a2.interest_claimed_cents).toBe(a2.late_interest_cents);
      expect(
        (await t.as(accounting, { method: 'GET', url: `/api/clients/${clientA}` })).json().client.financialStatus,
      ).toBe('normal');
    });

    it('the dunning ladder: default, validated replacement', async () => {
      await moveClock('2026-05-18');
      const get = await t.as(accounting, { method: 'GET', url: '/api/dunning/steps' });
      expect(get.json().steps).toEqual([
        { position: 1, daysAfterDue: 1, channel: 'email', label: expect.any(String) },
        { position: 2, daysAfterDue: 15, channel: 'email', label: expect.any(String) },
        { position: 3, daysAfterDue: 30, channel: 'formal-notice', label: expect.any(String) },
      ]);
      const bad = await t.as(accounting, {
        method: 'PUT',
        url: '/api/dunning/steps',
        payload: {
          steps: [
            { position: 1, daysAfterDue: 10, channel: 'email', label: 'a' },
            { position: 3, daysAfterDue: 5, channel: 'letter', label: 'b' },
          ],
        },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'steps.1.position',
        'steps.1.daysAfterDue',
      ]);
      const good = await t.as(admin, {
        method: 'PUT',
        url: '/api/dunning/steps',
        payload: {
          steps: [
            { position: 1, daysAfterDue: 5, channel: 'email', label: 'Relance' },
            { position: 2, daysAfterDue: 45, channel: 'formal-notice', label: 'Mise en demeure' },
          ],
        },
      });
      expect(good.statusCode, good.body).toBe(200);
      expect(good.json().steps).toHaveLength(2);
      expect((await t.as(sales, { method: 'PUT', url: '/api/dunning/steps', payload: { steps: [] } })).statusCode).toBe(
        403,
      );
    });

    it('the evidence chain still verifies', async () => {
      expect(await verifyEvidence(t.ctx.db, t.ctx.dialect)).toMatchObject({ ok: true });
    });
  });
}
