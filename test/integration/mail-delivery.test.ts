/**
 * E-mail that really leaves (issue #18), on both engines, against a real SMTP server started
 * here (npm smtp-server on a loopback port): the server's delivery worker sends what a quote send
 * queued, with its PDF and headers; a refusal is retried after its back-off and delivered once;
 * the last attempt gives up with the error and tells the staff; an administrator retries or
 * cancels; the sweep's reminder e-mails leave and take their delivery date; two workers on one
 * database send each of 200 messages exactly once.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { queueMail, smtpTransport, startMailWorker, type MailTransport } from '../../src/mail/index.ts';
import { deliverOutbox, DELIVERY_LISTENERS } from '../../src/modules/outbox/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS, PG_URL } from '../helpers/db.ts';
import { issueInvoice } from '../helpers/invoices.ts';
import { issuedQuote, seedCatalogue, threeLines, type Catalogue } from '../helpers/quotes.ts';
import { base64Part, header, startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';

const POLL = { timeout: 10_000, interval: 20 };

for (const dialect of DIALECTS) {
  describe(`the server's delivery worker sends the outbox over SMTP [${dialect}]`, () => {
    let t: TestApi;
    let sink: SmtpSink;
    let refuseNext = 0;
    let transport: MailTransport;
    let admin: Session;
    let sales: Session;
    let cat: Catalogue;
    let clientId: string;
    let clock = new Date('2026-03-02T09:00:00Z');
    const setClock = (iso: string) => {
      clock = new Date(iso);
      t.setNow(iso);
    };
    const later = (ms: number) => setClock(new Date(clock.getTime() + ms).toISOString());
    const messagesOf = async (quoteId: string) =>
      (await t.as(sales, { method: 'GET', url: `/api/outbox/of/quote/${quoteId}` })).json().items as Array<
        Record<string, unknown>
      >;
    const receivedWithId = (messageId: string) =>
      sink.received.filter((r) => header(r.data, 'Message-ID')?.startsWith(`<${messageId}@`));
    const sendQuote = async () => {
      const q = await issuedQuote(t, sales, clientId, threeLines(cat, { rental: false }));
      const res = await t.as(sales, { method: 'POST', url: `/api/quotes/${q.id}/send` });
      expect(res.statusCode, res.body).toBe(200);
      return { quote: q, sent: res.json() as { messageId: string; to: string[]; emlSha256: string; status: string } };
    };

    beforeAll(async () => {
      sink = await startSmtpSink({
        refuse: () => (refuseNext > 0 ? (refuseNext--, 'Greylisted, try again later') : null),
      });
      transport = smtpTransport(sink.url);
      t = await startTestApi(dialect, { mail: { transport, pollMs: 50, maxAttempts: 3 } });
      setClock('2026-03-02T09:00:00Z');
      admin = await t.signIn('admin');
      sales = await t.signIn('sales');
      cat = await seedCatalogue(t, admin);
      clientId = await t.createClient('Transports Morel SAS');
      await t.ctx.db.updateTable('clients').set({ email: 'compta@morel.example' }).where('id', '=', clientId).execute();
    });
    afterAll(async () => {
      await t?.cleanup();
      transport?.close();
      await sink?.close();
    });

    it('a quote sent in the app arrives at the SMTP server with its PDF and headers, then shows as sent on its delivery date', async () => {
      const { quote, sent } = await sendQuote();
      expect(sent).toMatchObject({ status: 'queued', to: ['compta@morel.example'] });
      await expect.poll(() => receivedWithId(sent.messageId).length, POLL).toBe(1);
      const got = receivedWithId(sent.messageId)[0]!;
      expect(got.to).toEqual(['compta@morel.example']);
      expect(got.from).toMatch(/@/);
      expect(header(got.data, 'To')).toBe('compta@morel.example');
      expect(header(got.data, 'Subject')).toMatch(/^=\?UTF-8\?/);
      const pdf = await t.as(sales, { method: 'GET', url: `/api/quotes/${quote.id}/pdf` });
      expect(base64Part(got.data, /application\/pdf/)?.equals(pdf.rawPayload)).toBe(true);
      // The quote says the CGV are "jointes et acceptées": their PDF is attached.
      const cgv = base64Part(got.data, /name\*?=.*CGV-ALLEO-1\.pdf/s);
      expect(cgv?.subarray(0, 5).toString()).toBe('%PDF-');
      // … and it is the terms version the quote names (art. 1.1), with its articles.
      const cgvText = (await pdfText(cgv!)).text.replace(/\s+/g, ' ');
      expect(cgvText).toContain('Conditions générales de vente et de location — version ALLEO-1');
      expect(cgvText).toMatch(/Article 4 — /);
      // No portal account: the e-mail does not offer the portal.
      expect(got.data.toString('latin1')).not.toMatch(/espace client/);
      await expect
        .poll(async () => (await messagesOf(quote.id))[0], POLL)
        .toMatchObject({
          id: sent.messageId,
          status: 'sent',
          attempts: 1,
          sentAt: clock.toISOString(),
          transport: 'smtp',
          lastError: null,
        });
      const kinds = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['kind', 'at'])
        .where('object_id', '=', quote.id)
        .orderBy('seq')
        .execute();
      expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['mail.queued', 'mail.delivered']));
    });

    it('offers the portal only when the client has a portal account', async () => {
      await t.signIn('client', { clientId });
      const { sent } = await sendQuote();
      await expect.poll(() => receivedWithId(sent.messageId).length, POLL).toBe(1);
      expect(receivedWithId(sent.messageId)[0]!.data.toString('utf8').replace(/=\r\n/g, '')).toMatch(/espace client/);
    });

    it('the SMTP server refusing then accepting: retried after its back-off and delivered once', async () => {
      refuseNext = 1;
      const { quote, sent } = await sendQuote();
      await expect
        .poll(async () => (await messagesOf(quote.id))[0], POLL)
        .toMatchObject({
          status: 'queued',
          attempts: 1,
          lastError: expect.stringMatching(/try again later/i),
          sentAt: null,
        });
      expect(receivedWithId(sent.messageId)).toHaveLength(0);
      later(61_000); // past the first back-off (1 minute)
      await expect
        .poll(async () => (await messagesOf(quote.id))[0], POLL)
        .toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(receivedWithId(sent.messageId)).toHaveLength(1);
    });

    it('gives up after the last attempt with its error and tells the staff; an administrator retries it', async () => {
      refuseNext = 1000;
      const { quote, sent } = await sendQuote();
      for (let attempt = 1; attempt < 3; attempt++) {
        // The attempt is over once its failure set the back-off: 1, then 2 minutes from now.
        const retryAt = new Date(clock.getTime() + 60_000 * 2 ** (attempt - 1)).toISOString();
        await expect
          .poll(async () => (await messagesOf(quote.id))[0], POLL)
          .toMatchObject({ status: 'queued', attempts: attempt, nextAttemptAt: retryAt });
        later(3_600_000);
      }
      await expect
        .poll(async () => (await messagesOf(quote.id))[0], POLL)
        .toMatchObject({
          status: 'failed',
          attempts: 3,
          lastError: expect.stringMatching(/try again later/i),
          failedAt: expect.any(String),
        });
      const notes = (await t.as(admin, { method: 'GET', url: '/api/notifications' })).json();
      expect(notes.items).toContainEqual(
        expect.objectContaining({ kind: 'mail.failed', objectType: 'quote', objectId: quote.id, readAt: null }),
      );
      expect(notes.unread).toBeGreaterThan(0);
      expect(
        (
          await t.ctx.db
            .selectFrom('evidence_entries')
            .select('kind')
            .where('object_id', '=', quote.id)
            .where('kind', '=', 'mail.failed')
            .execute()
        ).length,
      ).toBe(1);
      refuseNext = 0;
      const retried = await t.as(admin, { method: 'POST', url: `/api/outbox/${sent.messageId}/retry` });
      expect(retried.statusCode, retried.body).toBe(200);
      await expect.poll(async () => (await messagesOf(quote.id))[0], POLL).toMatchObject({ status: 'sent' });
      expect(receivedWithId(sent.messageId)).toHaveLength(1);
      const again = await t.as(admin, { method: 'POST', url: `/api/outbox/${sent.messageId}/retry` });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('outbox.not_retryable');
    });

    it('an administrator cancels a message that waits for its retry: it never leaves', async () => {
      refuseNext = 1;
      const { quote, sent } = await sendQuote();
      await expect
        .poll(async () => (await messagesOf(quote.id))[0], POLL)
        .toMatchObject({ attempts: 1, nextAttemptAt: new Date(clock.getTime() + 60_000).toISOString() });
      const cancelled = await t.as(admin, { method: 'POST', url: `/api/outbox/${sent.messageId}/cancel` });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledAt: clock.toISOString() });
      later(3_600_000);
      expect(await deliverOutbox(t.ctx, transport, { onlyId: sent.messageId })).toEqual({ sent: [], failed: [] });
      expect(receivedWithId(sent.messageId)).toHaveLength(0);
      expect((await messagesOf(quote.id))[0]).toMatchObject({ status: 'cancelled' });
    });

    it('invoices and credit notes go by e-mail with their Factur-X PDF to the billing address', async () => {
      const accounting = await t.signIn('accounting');
      const draft = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            {
              label: 'Prestation de maintenance',
              nature: 'services',
              quantity: 1,
              unitPriceCents: 100_000,
              vatRatePercent: '20',
            },
          ],
        },
      });
      const inv = await issueInvoice(t, accounting, draft.json().invoice.id);
      const res = await t.as(accounting, { method: 'POST', url: `/api/invoices/${inv.id}/send` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'queued', to: ['compta@morel.example'] });
      await expect.poll(() => receivedWithId(res.json().messageId).length, POLL).toBe(1);
      const got = receivedWithId(res.json().messageId)[0]!;
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.id}/pdf` });
      const attached = base64Part(got.data, /application\/pdf/)!;
      expect(attached.equals(pdf.rawPayload)).toBe(true);
      expect(attached.toString('latin1')).toContain('factur-x.xml');
      const credit = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: { reason: 'Geste commercial' },
      });
      expect(credit.statusCode, credit.body).toBe(201);
      const issuedCredit = await issueInvoice(t, accounting, credit.json().invoice.id);
      const sentCredit = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${issuedCredit.id}/send`,
        payload: { to: ['daf@morel.example'] },
      });
      expect(sentCredit.json()).toMatchObject({ status: 'queued', to: ['daf@morel.example'] });
      await expect.poll(() => receivedWithId(sentCredit.json().messageId).length, POLL).toBe(1);
      expect(header(receivedWithId(sentCredit.json().messageId)[0]!.data, 'Subject')).toBeDefined();
      const invoicesOutbox = (await t.as(accounting, { method: 'GET', url: `/api/outbox/of/invoice/${inv.id}` })).json()
        .items;
      expect(invoicesOutbox).toEqual([expect.objectContaining({ status: 'sent', to: ['compta@morel.example'] })]);
      // A draft is not sent.
      const another = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [{ label: 'x', nature: 'services', quantity: 1, unitPriceCents: 100, vatRatePercent: '20' }],
        },
      });
      expect(
        (await t.as(accounting, { method: 'POST', url: `/api/invoices/${another.json().invoice.id}/send` })).json()
          .code,
      ).toBe('invoice.not_issued');
      expect((await t.as(sales, { method: 'POST', url: `/api/invoices/${inv.id}/send` })).statusCode).toBe(403);
    });

    it('staff are notified of a quote accepted in the portal and of a payment, in the app and by e-mail when they opted in', async () => {
      const optIn = await t.as(sales, {
        method: 'PUT',
        url: '/api/notifications/settings',
        payload: { emailOptIn: true },
      });
      expect(optIn.json()).toEqual({ emailOptIn: true });
      expect((await t.as(sales, { method: 'GET', url: '/api/notifications/settings' })).json()).toEqual({
        emailOptIn: true,
      });
      const portalUser = await t.signIn('client', { clientId });
      const q = await issuedQuote(t, sales, clientId, threeLines(cat, { rental: false }));
      const accepted = await t.as(portalUser, {
        method: 'POST',
        url: `/api/portal/quotes/${q.id}/accept`,
        payload: { acceptedWithoutReservation: true, signatoryName: 'Marc Morel', signatoryTitle: 'Gérant' },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const mine = (await t.as(sales, { method: 'GET', url: '/api/notifications?unread=true' })).json();
      const note = mine.items.find(
        (n: { kind: string; objectId: string }) => n.kind === 'quote.accepted' && n.objectId === q.id,
      );
      expect(note.text.fr).toContain('Marc Morel');
      // Opted in: the same notice leaves by e-mail to the user.
      await expect.poll(() => sink.received.filter((r) => r.to.includes(sales.email)).length, POLL).toBe(1);
      const read = await t.as(sales, { method: 'POST', url: `/api/notifications/${note.id}/read` });
      expect(read.json()).toEqual({ marked: 1 });
      expect(
        (await t.as(sales, { method: 'GET', url: '/api/notifications?unread=true' }))
          .json()
          .items.some((n: { id: string }) => n.id === note.id),
      ).toBe(false);
      expect((await t.as(sales, { method: 'POST', url: '/api/notifications/nope/read' })).json().code).toBe(
        'notification.not_found',
      );
      const accounting = await t.signIn('accounting');
      const paid = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId,
          receivedOn: '2026-03-02',
          amountCents: 5000,
          means: 'bank-transfer',
          keepExcessAsCredit: true,
        },
      });
      expect(paid.statusCode, paid.body).toBe(201);
      const acc = (await t.as(accounting, { method: 'GET', url: '/api/notifications' })).json();
      expect(acc.items).toContainEqual(expect.objectContaining({ kind: 'payment.received', objectType: 'payment' }));
      // Not opted in: no e-mail to accounting.
      expect(sink.received.filter((r) => r.to.includes(accounting.email))).toHaveLength(0);
      expect(
        (await t.as(accounting, { method: 'POST', url: '/api/notifications/read-all' })).json().marked,
      ).toBeGreaterThan(0);
      expect((await t.as(accounting, { method: 'GET', url: '/api/notifications' })).json().unread).toBe(0);
      expect((await t.as(portalUser, { method: 'GET', url: '/api/notifications' })).statusCode).toBe(403);
    });

    it('the outbox screen API: administrators list, read and preview the .eml; others may not', async () => {
      const list = await t.as(admin, { method: 'GET', url: '/api/outbox?limit=50' });
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json().items as Array<{ id: string; status: string; related: { type: string } | null }>;
      expect(new Set(items.map((i) => i.status))).toEqual(new Set(['sent', 'cancelled']));
      expect(new Set(items.map((i) => i.related?.type))).toEqual(new Set(['quote', 'invoice', 'notification']));
      const failedOnly = await t.as(admin, { method: 'GET', url: '/api/outbox?status=cancelled' });
      expect(failedOnly.json().items).toHaveLength(1);
      const eml = await t.as(admin, { method: 'GET', url: `/api/outbox/${items[0]!.id}/eml` });
      expect(eml.statusCode).toBe(200);
      expect(eml.headers['content-type']).toContain('message/rfc822');
      expect(eml.body).toMatch(/^Content-Type: multipart\/mixed|^From: /m);
      const one = await t.as(admin, {
        method: 'GET',
        url: `/api/outbox/${items.find((i) => i.related?.type === 'quote')!.id}`,
      });
      expect(one.json().text).toContain('Madame, Monsieur');
      for (const url of ['/api/outbox', `/api/outbox/${items[0]!.id}/eml`])
        expect((await t.as(sales, { method: 'GET', url })).statusCode).toBe(403);
      expect((await t.as(admin, { method: 'POST', url: '/api/outbox/nope/retry' })).json().code).toBe(
        'outbox.message_not_found',
      );
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });

  describe(`an instance that does not serve: the sweep delivers, two workers never send twice [${dialect}]`, () => {
    let t: TestApi;
    let sink: SmtpSink;
    let transport: MailTransport;
    let accounting: Session;

    beforeAll(async () => {
      sink = await startSmtpSink();
      transport = smtpTransport(sink.url);
      t = await startTestApi(dialect); // no delivery worker in this process
      t.ctx.mailTransport = transport;
    });
    afterAll(async () => {
      await t?.cleanup();
      transport?.close();
      await sink?.close();
    });

    it("the sweep's reminder e-mail arrives; its dunning action takes the delivery date and accounting is told", async () => {
      t.setNow('2026-03-02T08:00:00Z');
      accounting = await t.signIn('accounting');
      const clientId = await t.createClient('Transports Morel SAS');
      await t.ctx.db.updateTable('clients').set({ email: 'compta@morel.example' }).where('id', '=', clientId).execute();
      const draft = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            {
              label: 'Prestation de maintenance',
              nature: 'services',
              quantity: 1,
              unitPriceCents: 100_000,
              vatRatePercent: '20',
            },
          ],
        },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const inv = await issueInvoice(t, accounting, draft.json().invoice.id);
      t.setNow('2026-04-02T01:00:00Z');
      const report = await runSweep(t.ctx, t.handle, { asOf: '2026-04-02' });
      expect(report.steps.find((s) => s.step === 'mail.delivery')).toMatchObject({ status: 'ran', acted: 1 });
      const got = sink.received.filter((r) => r.to.includes('compta@morel.example'));
      expect(got).toHaveLength(1);
      expect(got[0]!.data.toString('utf8').replace(/=\r\n/g, '')).toContain(inv.number);
      const [action] = await t.ctx.db
        .selectFrom('dunning_actions')
        .selectAll()
        .where('invoice_id', '=', inv.id)
        .execute();
      // Delivered at 03:00 Paris time on 2 April: the reminder's date is its delivery's.
      expect(action).toMatchObject({ channel: 'email', done_on: '2026-04-02' });
      const msg = await t.ctx.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('id', '=', action!.outbox_message_id!)
        .executeTakeFirstOrThrow();
      expect(msg).toMatchObject({ status: 'sent', sent_at: '2026-04-02T01:00:00.000Z', transport: 'smtp' });
      const told = await t.ctx.db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', accounting.userId)
        .execute();
      expect(told).toContainEqual(
        expect.objectContaining({ kind: 'dunning.reminder-sent', object_id: inv.id, read_at: null }),
      );
      t.setNow('2026-04-02T08:00:00Z');
      accounting = await t.signIn('accounting');
      const dashboard = (await t.as(accounting, { method: 'GET', url: '/api/dunning' }))
        .json()
        .items.find((i: { invoiceId: string }) => i.invoiceId === inv.id);
      expect(dashboard.lastStep).toMatchObject({
        channelUsed: 'email',
        doneOn: '2026-04-02',
        delivery: { status: 'sent', sentAt: '2026-04-02T01:00:00.000Z' },
      });
    });

    it('a debit note goes by e-mail with its PDF to the billing address', async () => {
      t.setNow('2026-04-02T09:00:00Z');
      accounting = await t.signIn('accounting');
      const clientId = (
        await t.ctx.db
          .selectFrom('clients')
          .select('id')
          .where('legal_name', '=', 'Transports Morel SAS')
          .executeTakeFirstOrThrow()
      ).id;
      const note = await t.as(accounting, { method: 'POST', url: '/api/debit-notes', payload: { clientId } });
      expect(note.statusCode, note.body).toBe(201);
      const id = note.json().debitNote.id;
      const res = await t.as(accounting, { method: 'POST', url: `/api/debit-notes/${id}/send` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'queued', to: ['compta@morel.example'] });
      expect(await deliverOutbox(t.ctx, transport, { onlyId: res.json().messageId })).toMatchObject({
        sent: [res.json().messageId],
      });
      const got = sink.received.at(-1)!;
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/debit-notes/${id}/pdf` });
      expect(base64Part(got.data, /application\/pdf/)?.equals(pdf.rawPayload)).toBe(true);
      expect((await t.as(accounting, { method: 'GET', url: `/api/outbox/of/debit-note/${id}` })).json().items).toEqual([
        expect.objectContaining({ status: 'sent' }),
      ]);
    });

    it('a reminder queued on a day and delivered on the next is dated by its delivery', async () => {
      const clientId = await t.createClient('Clinique du Parc SA');
      await t.ctx.db
        .updateTable('clients')
        .set({ email: 'compta@clinique.example' })
        .where('id', '=', clientId)
        .execute();
      t.setNow('2026-04-03T08:00:00Z');
      accounting = await t.signIn('accounting');
      const draft = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            { label: 'Installation', nature: 'services', quantity: 1, unitPriceCents: 50_000, vatRatePercent: '20' },
          ],
        },
      });
      const inv = await issueInvoice(t, accounting, draft.json().invoice.id);
      const transportOff = t.ctx.mailTransport;
      delete t.ctx.mailTransport; // the relay is unreachable that night: the sweep only queues
      t.setNow('2026-05-04T01:00:00Z');
      await runSweep(t.ctx, t.handle, { asOf: '2026-05-04' });
      const [queued] = await t.ctx.db
        .selectFrom('dunning_actions')
        .selectAll()
        .where('invoice_id', '=', inv.id)
        .execute();
      expect(queued).toMatchObject({ done_on: '2026-05-04' });
      t.setNow('2026-05-05T07:30:00Z');
      const report = await deliverOutbox(t.ctx, transportOff!);
      expect(report.sent).toEqual([queued!.outbox_message_id]);
      const [delivered] = await t.ctx.db
        .selectFrom('dunning_actions')
        .selectAll()
        .where('invoice_id', '=', inv.id)
        .execute();
      expect(delivered).toMatchObject({ done_on: '2026-05-05' });
      t.ctx.mailTransport = transportOff!;
    });

    it('two workers on one database deliver each of 200 messages exactly once', async () => {
      let second: DatabaseHandle | undefined;
      if (dialect === 'postgres') {
        const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.ctx.db)).rows[0]!.s;
        second = openDatabase(PG_URL, { pgSchema: schema, pgPoolSize: 4 });
      }
      const before = sink.received.length;
      const ids: string[] = [];
      for (let i = 0; i < 200; i++) {
        const q = await queueMail(t.ctx.db, t.ctx, {
          orgId: t.orgId,
          from: 'adv@alleo.example',
          to: [`client-${i}@bulk.example`],
          subject: `Message ${i}`,
          text: 'Bonjour',
          related: { type: 'bulk', id: `b-${i}` },
        });
        ids.push(q.id);
      }
      const transports = [smtpTransport(sink.url), smtpTransport(sink.url)];
      const workers = [
        startMailWorker(t.ctx, { transport: transports[0]!, pollMs: 20, batch: 25, listeners: DELIVERY_LISTENERS }),
        startMailWorker(second ? { db: second.db, dialect, now: t.ctx.now } : t.ctx, {
          transport: transports[1]!,
          pollMs: 20,
          batch: 25,
          listeners: DELIVERY_LISTENERS,
        }),
      ];
      try {
        await expect
          .poll(
            async () =>
              Number(
                (
                  await t.ctx.db
                    .selectFrom('outbox_messages')
                    .select((eb) => eb.fn.countAll().as('n'))
                    .where('related_type', '=', 'bulk')
                    .where('status', '=', 'sent')
                    .executeTakeFirstOrThrow()
                ).n,
              ),
            { timeout: 60_000, interval: 100 },
          )
          .toBe(200);
      } finally {
        for (const w of workers) await w.stop();
        for (const tr of transports) tr.close();
        await second?.close();
      }
      const got = sink.received.slice(before).map((r) => header(r.data, 'Message-ID')!.replace(/^<([^@]+)@.*$/, '$1'));
      expect(got).toHaveLength(200);
      expect(new Set(got)).toEqual(new Set(ids));
      const attempts = await t.ctx.db
        .selectFrom('outbox_messages')
        .select('attempts')
        .where('related_type', '=', 'bulk')
        .execute();
      expect(attempts.every((a) => Number(a.attempts) === 1)).toBe(true);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}
