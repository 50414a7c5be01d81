/**
 * ALLEO as processor (annex; GDPR art. 28, 30(2), 33), on both engines: a sub-processor change
 * notifies exactly the clients whose contracts use its solutions, an audit inside 12 months is
 * refused citing the annex, breaches carry the 48-hour flag and the 72-hour CNIL deadline, the
 * register exports, and the return-then-destruction task ends with its certificate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract } from '../helpers/invoices.ts';
import { seedCatalogue, type Catalogue } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`processor duties [${dialect}]`, () => {
    let t: TestApi;
    let dpo: Session;
    let sales: Session;
    let cat: Catalogue;
    let usesTwoFactor: string;
    let usesFirewall: string;
    let noContract: string;

    const count = async (table: 'sub_processors' | 'sub_processor_notices' | 'outbox_messages') =>
      (await t.ctx.db.selectFrom(table).select('id').execute()).length;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      const admin = await t.signIn('admin');
      dpo = await t.signIn('dpo');
      sales = await t.signIn('sales');
      const adv = await t.signIn('order-admin');
      cat = await seedCatalogue(t, admin);
      usesTwoFactor = await t.createClient('Deux Facteurs SAS');
      usesFirewall = await t.createClient('Pare-Feu SARL');
      noContract = await t.createClient('Prospect SA');
      for (const [id, email] of [
        [usesTwoFactor, 'dpo@deuxfacteurs.example'],
        [usesFirewall, 'it@parefeu.example'],
        [noContract, 'info@prospect.example'],
      ] as const)
        await t.ctx.db.updateTable('clients').set({ email }).where('id', '=', id).execute();
      await formedContract(
        t,
        { sales, adv, clientUser: await t.signIn('client', { clientId: usesTwoFactor }) },
        usesTwoFactor,
        cat,
        { lines: [{ kind: 'sale', catalogueItemId: cat.twoFactor, quantity: 1 }] },
      );
      await formedContract(
        t,
        { sales, adv, clientUser: await t.signIn('client', { clientId: usesFirewall }) },
        usesFirewall,
        cat,
        { lines: [{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }] },
      );
    });
    afterAll(() => t.cleanup());

    it('a new sub-processor notifies exactly the clients whose solutions use it, with evidence and an objection period', async () => {
      const before = await count('outbox_messages');
      const res = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/sub-processors',
        payload: {
          name: 'OVH',
          addressLine: '2 rue Kellermann, 59100 Roubaix',
          country: 'FR',
          activity: 'Hébergement de la solution',
          solutionIds: [cat.twoFactor],
          objectionDays: 30,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const notices = res.json().notices;
      expect(notices.map((n: { clientId: string }) => n.clientId)).toEqual([usesTwoFactor]);
      expect(notices[0]).toMatchObject({ objectionUntil: '2026-04-01' });
      expect(await count('outbox_messages')).toBe(before + 1);
      const mail = await t.ctx.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('id', '=', notices[0].outboxMessageId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(mail.to)).toEqual(['dpo@deuxfacteurs.example']);
      expect(mail.subject).toContain('OVH');
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'privacy.sub-processor-notice')
        .executeTakeFirstOrThrow();
      expect(entry.object_id).toBe(usesTwoFactor);
      expect(JSON.parse(entry.decision_json!)).toMatchObject({
        article: 'Annexe — Sous-traitants ultérieurs',
        change: 'added',
        outboxMessageId: mail.id,
      });
      const list = (await t.as(dpo, { method: 'GET', url: '/api/privacy/sub-processors' })).json().items;
      expect(list[0]).toMatchObject({
        name: 'OVH',
        active: true,
        outsideEu: false,
        notices: [{ clientId: usesTwoFactor }],
      });
    });

    it('a replacement covering both solutions notifies both clients, ends the old one; bad input writes nothing', async () => {
      const old = (await t.as(dpo, { method: 'GET', url: '/api/privacy/sub-processors' })).json().items[0];
      const counts = [
        await count('sub_processors'),
        await count('sub_processor_notices'),
        await count('outbox_messages'),
      ];
      const noSafeguard = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/sub-processors',
        payload: { name: 'AWS', country: 'US', activity: 'Hébergement', solutionIds: [cat.twoFactor, cat.firewall] },
      });
      expect(noSafeguard.statusCode).toBe(400);
      expect(noSafeguard.json().errors[0].path).toBe('transferSafeguard');
      const badItem = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/sub-processors',
        payload: { name: 'AWS', country: 'IE', activity: 'Hébergement', solutionIds: [cat.twoFactor, 'nope'] },
      });
      expect(badItem.json().errors[0].path).toBe('solutionIds.1');
      const bySales = await t.as(sales, {
        method: 'POST',
        url: '/api/privacy/sub-processors',
        payload: { name: 'AWS', country: 'IE', activity: 'Hébergement', solutionIds: [cat.twoFactor] },
      });
      expect(bySales.statusCode).toBe(403);
      expect([
        await count('sub_processors'),
        await count('sub_processor_notices'),
        await count('outbox_messages'),
      ]).toEqual(counts);

      const res = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/sub-processors',
        payload: {
          name: 'AWS',
          country: 'US',
          activity: 'Hébergement',
          solutionIds: [cat.twoFactor, cat.firewall],
          transferSafeguard: 'Clauses contractuelles types (décision 2021/914)',
          replacesId: old.id,
          objectionDays: 15,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(
        res
          .json()
          .notices.map((n: { clientId: string }) => n.clientId)
          .sort(),
      ).toEqual([usesTwoFactor, usesFirewall].sort());
      expect(res.json().notices.map((n: { clientId: string }) => n.clientId)).not.toContain(noContract);
      const subs = (await t.as(dpo, { method: 'GET', url: '/api/privacy/sub-processors' })).json().items;
      expect(subs.find((s: { id: string }) => s.id === old.id)).toMatchObject({ active: false });
      expect(subs.find((s: { name: string }) => s.name === 'AWS')).toMatchObject({ active: true, outsideEu: true });
    });

    it('the register lists each client and solution with its sub-processors and transfers, as JSON, CSV and PDF', async () => {
      const json = await t.as(dpo, { method: 'GET', url: '/api/privacy/register' });
      expect(json.statusCode, json.body).toBe(200);
      const row = json.json().items.find((r: { clientId: string }) => r.clientId === usesTwoFactor);
      expect(row.subProcessors).toEqual(['AWS (US)']);
      expect(row.transfersOutsideEu[0]).toContain('Clauses contractuelles types');
      expect(json.json().items.some((r: { clientId: string }) => r.clientId === noContract)).toBe(false);
      const csv = await t.as(dpo, { method: 'GET', url: '/api/privacy/register?format=csv' });
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\r\n')[0]).toContain('"Client";"Solution"');
      expect(csv.body).toContain('"Deux Facteurs SAS"');
      const pdf = await t.as(dpo, { method: 'GET', url: '/api/privacy/register?format=pdf' });
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      // Each download of the register is logged in the evidence chain (who, when, which format).
      const logged = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['actor', 'decision_json'])
        .where('kind', '=', 'privacy.register-exported')
        .orderBy('seq')
        .execute();
      expect(logged.map((l) => JSON.parse(l.decision_json!).format)).toEqual(['csv', 'pdf']);
      expect(logged.every((l) => l.actor === dpo.userId)).toBe(true);
      expect((await t.as(sales, { method: 'GET', url: '/api/privacy/register' })).statusCode).toBe(403);
    });

    it('an audit inside 12 months of the previous one is refused, citing the annex', async () => {
      const first = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/audits',
        payload: { clientId: usesTwoFactor, requestedOn: '2025-06-15', auditor: 'Cabinet Audit SAS' },
      });
      expect(first.statusCode, first.body).toBe(201);
      const second = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/audits',
        payload: { clientId: usesTwoFactor, requestedOn: '2026-06-14', auditor: 'Cabinet Audit SAS' },
      });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({
        code: 'privacy.audit_too_soon',
        citation: { article: 'Annexe — Contrôle et audit' },
        nextAllowedOn: '2026-06-15',
      });
      const after = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/audits',
        payload: { clientId: usesTwoFactor, requestedOn: '2026-06-15', auditor: 'Cabinet Audit SAS' },
      });
      expect(after.statusCode, after.body).toBe(201);
      const report = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/audits/${first.json().audit.id}/report`,
        payload: {
          report: {
            filename: 'rapport.pdf',
            mediaType: 'application/pdf',
            contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
          },
        },
      });
      expect(report.statusCode, report.body).toBe(200);
      expect(report.json().audit.reportSha256).toMatch(/^[0-9a-f]{64}$/);
      const list = (await t.as(dpo, { method: 'GET', url: '/api/privacy/audits' })).json().items;
      expect(list).toHaveLength(2);
    });

    it('a processor breach open 48 hours without notice is flagged; an own breach shows the 72-hour CNIL deadline', async () => {
      const res = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/breaches',
        payload: {
          role: 'processor',
          discoveredAt: '2026-02-28T08:00:00Z',
          facts: 'Accès non autorisé à la console 2FA',
          dataCategories: 'Identifiants, journaux de connexion',
          subjects: 'Utilisateurs du client',
          consequences: 'Risque d’usurpation de comptes',
          measures: 'Mots de passe réinitialisés',
          clientIds: [usesTwoFactor],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      // 2026-03-02T09:00Z is 49 hours later.
      expect(res.json().breach).toMatchObject({ noticeOverdue: true, cnilDeadline: null });
      const notified = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/breaches/${res.json().breach.id}/notify-clients`,
      });
      expect(notified.statusCode, notified.body).toBe(200);
      expect(notified.json().breach.noticeOverdue).toBe(false);
      expect(notified.json().breach.clientsNotifiedAt).not.toBeNull();
      const notice = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'privacy.breach-notice')
        .execute();
      expect(notice.map((e) => e.object_id)).toEqual([usesTwoFactor]);
      expect(notice[0]!.document_sha256).not.toBeNull();

      const own = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/breaches',
        payload: {
          role: 'controller',
          discoveredAt: '2026-03-01T10:00:00Z',
          facts: 'Ordinateur portable volé',
          dataCategories: 'Contacts clients',
          subjects: 'Contacts',
          consequences: 'Faible (disque chiffré)',
          measures: 'Accès révoqués',
        },
      });
      expect(own.json().breach).toMatchObject({ cnilDeadline: '2026-03-04T10:00:00.000Z', cnilOverdue: false });
      const future = await t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/breaches',
        payload: {
          role: 'controller',
          discoveredAt: '2027-01-01T00:00:00Z',
          facts: 'x',
          dataCategories: 'x',
          subjects: 'x',
          consequences: 'x',
          measures: 'x',
        },
      });
      expect(future.statusCode).toBe(400);
      expect(future.json().errors[0].path).toBe('discoveredAt');
    });

    it('end of contract: the data is returned, then destroyed, with its certificate', async () => {
      const task = (
        await t.as(dpo, { method: 'POST', url: '/api/privacy/return-tasks', payload: { clientId: usesFirewall } })
      ).json().task;
      expect(task.status).toBe('open');
      const tooEarly = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/return-tasks/${task.id}/destroyed`,
        payload: { on: '2026-03-02' },
      });
      expect(tooEarly.statusCode).toBe(409);
      const returned = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/return-tasks/${task.id}/returned`,
        payload: { on: '2026-03-02' },
      });
      expect(returned.json().task.status).toBe('returned');
      const destroyed = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/return-tasks/${task.id}/destroyed`,
        payload: { on: '2026-03-02' },
      });
      expect(destroyed.statusCode, destroyed.body).toBe(200);
      expect(destroyed.json().task).toMatchObject({ status: 'destroyed', destroyedOn: '2026-03-02' });
      const cert = await t.as(dpo, { method: 'GET', url: `/api/privacy/return-tasks/${task.id}/certificate` });
      expect(cert.statusCode).toBe(200);
      expect(cert.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true })).ok).toBe(true);
    });
  });
}
