/**
 * Dunning that starts late, on both engines (CGV art. 10.3, 15.2): when the sweep first meets an
 * invoice that has reached several steps of the ladder at once (dunning switched on for old
 * invoices, a sweep stopped for days), it sends the one letter that fits the delay, and that
 * letter states only what happened — no "Malgré nos relances" in a formal notice that is the
 * first letter, no "Relance n° 2" on the first reminder. The normal path (day 1, 15, 30) is in
 * late-payment.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { memoryTransport } from '../helpers/memory-transport.ts';
import { issueInvoice } from '../helpers/invoices.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

for (const dialect of DIALECTS) {
  describe(`dunning that starts late states no reminder it did not send [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    /** Due 1 April 2026: 40 days late at the first sweep. */
    let old: { id: string; number: string };
    /** Due 22 April 2026: 19 days late at the first sweep. */
    let recent: { id: string; number: string };

    const moveClock = async (date: string) => {
      t.setNow(`${date}T08:00:00Z`);
      accounting = await t.signIn('accounting');
    };
    const sweep = async (date: string) => {
      t.setNow(`${date}T01:00:00Z`);
      await runSweep(t.ctx, t.handle, { asOf: date });
      await moveClock(date);
    };
    const manualInvoice = async (clientId: string) => {
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
              unitPriceCents: 100_000,
              vatRatePercent: '20',
            },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const actionsOf = (invoiceId: string) =>
      t.ctx.db
        .selectFrom('dunning_actions')
        .selectAll()
        .where('invoice_id', '=', invoiceId)
        .orderBy('step_position')
        .execute();
    const noticeText = async (invoiceId: string) => {
      const action = (await actionsOf(invoiceId)).find((a) => a.channel === 'formal-notice')!;
      const doc = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', action.document_sha256)
        .executeTakeFirstOrThrow();
      expect(doc.media_type).toBe('application/pdf');
      return flat((await pdfText(doc.content)).text);
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      // The sweep's last step delivers the reminder e-mails it queued (no worker in this process).
      t.ctx.mailTransport = memoryTransport();
      const clientA = await t.createClient('Transports Morel SAS');
      const clientB = await t.createClient('Clinique du Parc SA');
      await t.ctx.db.updateTable('clients').set({ email: 'compta@morel.example' }).where('id', '=', clientA).execute();
      await t.ctx.db
        .updateTable('clients')
        .set({ email: 'compta@clinique.example' })
        .where('id', '=', clientB)
        .execute();
      await moveClock('2026-03-02');
      old = await manualInvoice(clientA);
      await moveClock('2026-03-23');
      recent = await manualInvoice(clientB);
    });
    afterAll(() => t.cleanup());

    it('first sweep 40 days after the due date: the formal notice alone, which mentions no reminder but keeps its legal content', async () => {
      await sweep('2026-05-11');
      expect((await actionsOf(old.id)).map((a) => [a.step_position, a.channel, a.done_on])).toEqual([
        [3, 'formal-notice', '2026-05-11'],
      ]);
      expect(
        await t.ctx.db.selectFrom('outbox_messages').select('id').where('related_id', '=', old.id).execute(),
      ).toEqual([]);
      const text = await noticeText(old.id);
      expect(text).toContain('Lettre recommandée avec accusé de réception');
      expect(text).toContain(`Mise en demeure de payer — facture n° ${old.number}`);
      expect(text).not.toContain('Malgré');
      expect(text).not.toMatch(/relance/i);
      expect(text).toContain(`Sauf erreur de notre part, la facture n° ${old.number} du 2 mars 2026`);
      expect(text).toContain('avec 40 jours de retard au 11 mai 2026');
      expect(text).toContain('art. 10.1');
      expect(text).toContain('article 10.3');
      expect(text).toContain('40,00 €');
      expect(text).toContain('nous vous mettons en demeure');
      expect(text).toContain('trente (30) jours, soit au plus tard le 10 juin 2026');
      expect(text).toContain('article 15.2');
      const notice = await t.ctx.db
        .selectFrom('decisions')
        .selectAll()
        .where('object_id', '=', old.id)
        .where('rule', '=', 'termination.formal-notice')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(notice.decision_json)).toMatchObject({ noticeDate: '2026-05-11', cureDeadline: '2026-06-10' });
    });

    it('first sweep 19 days after the due date: one reminder email, titled as the first one', async () => {
      expect((await actionsOf(recent.id)).map((a) => [a.step_position, a.channel, a.done_on])).toEqual([
        [2, 'email', '2026-05-11'],
      ]);
      const mails = await t.ctx.db
        .selectFrom('outbox_messages')
        .select(['subject', 'text'])
        .where('related_id', '=', recent.id)
        .execute();
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain(`Relance — facture n° ${recent.number}`);
      expect(mails[0]!.subject).not.toContain('n° 2');
      expect(flat(mails[0]!.text)).toContain('avec 19 jours de retard au 11 mai 2026');
    });

    it('day 30 of the second invoice: the formal notice names the one reminder actually sent, with its date', async () => {
      await sweep('2026-05-22');
      expect((await actionsOf(recent.id)).map((a) => [a.step_position, a.channel, a.done_on])).toEqual([
        [2, 'email', '2026-05-11'],
        [3, 'formal-notice', '2026-05-22'],
      ]);
      const text = await noticeText(recent.id);
      expect(text).toContain(`Malgré notre relance du 11 mai 2026, la facture n° ${recent.number}`);
      expect(text).not.toContain('Malgré nos relances');
      // The first invoice gets nothing more.
      expect(await actionsOf(old.id)).toHaveLength(1);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}
