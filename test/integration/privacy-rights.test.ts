/**
 * The data-subject rights that change what is done with the data (art. 17.3; GDPR art. 16, 18,
 * 20, 21; ADR 0021), on both engines: a rectification answered corrects the person's contact and
 * account, the change in the evidence chain (fields, not values); a restriction answered marks the
 * person, who is then written to no more and whom the export shows restricted; an objection made
 * in the portal and answered stops the e-mails the contract does not require; a portability
 * request gives the machine-readable export, logged under art. 20.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { mailRecipients } from '../../src/modules/clients/index.ts';
import { notifyStaff } from '../../src/modules/notifications/index.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';

for (const dialect of DIALECTS) {
  describe(`data-subject rights applied [${dialect}]`, () => {
    let t: TestApi;
    let dpo: Session;
    let sales: Session;

    const record = (subjectEmail: string, kind: string) =>
      t.as(dpo, {
        method: 'POST',
        url: '/api/privacy/requests',
        payload: { subjectEmail, kind, channel: 'email', receivedOn: '2027-02-09' },
      });
    const verify = (id: string) =>
      t.as(dpo, { method: 'POST', url: `/api/privacy/requests/${id}/identity`, payload: { status: 'verified' } });
    const answer = (id: string, payload: Record<string, unknown>) =>
      t.as(dpo, { method: 'POST', url: `/api/privacy/requests/${id}/answer`, payload });
    const contactOf = (clientId: string) =>
      t.ctx.db.selectFrom('client_contacts').selectAll().where('client_id', '=', clientId).executeTakeFirstOrThrow();
    async function clientWithCorrespondent(legalName: string, email: string) {
      const clientId = await t.createClient(legalName);
      await t.ctx.db
        .updateTable('clients')
        .set({ email: 'compta@client.example' })
        .where('id', '=', clientId)
        .execute();
      const res = await t.as(sales, {
        method: 'POST',
        url: `/api/clients/${clientId}/contacts`,
        payload: { name: 'Anne Durand', title: 'DSI', email, phone: '0601020304', correspondent: true },
      });
      expect(res.statusCode, res.body).toBe(201);
      return clientId;
    }

    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow('2027-02-10T09:00:00Z');
      dpo = await t.signIn('dpo');
      sales = await t.signIn('sales');
    });
    afterAll(() => t.cleanup());

    it('a rectification answered corrects the contact, records the fields corrected, and answers', async () => {
      const clientId = await clientWithCorrespondent('Durand SA', 'anne@durand.example');
      const r = (await record('anne@durand.example', 'rectification')).json().request;
      await verify(r.id);
      // Bad input names the field and changes nothing.
      const missing = await answer(r.id, { outcome: 'answered', answer: 'Corrigé.' });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors[0].path).toBe('rectification');
      const badPhone = await answer(r.id, {
        outcome: 'answered',
        answer: 'Corrigé.',
        rectification: { email: 'not-an-address' },
      });
      expect(badPhone.statusCode).toBe(400);
      expect(badPhone.json().errors[0].path).toBe('rectification.email');
      expect(await contactOf(clientId)).toMatchObject({ name: 'Anne Durand', title: 'DSI' });
      expect((await t.as(dpo, { method: 'GET', url: `/api/privacy/requests/${r.id}` })).json().request.status).toBe(
        'open',
      );

      const done = await answer(r.id, {
        outcome: 'answered',
        answer: 'Votre fonction et votre nom ont été corrigés.',
        rectification: { name: 'Anne Durand-Leroy', title: 'Directrice des systèmes d’information' },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().request).toMatchObject({
        status: 'answered',
        result: { contacts: 1, accounts: 0, fields: ['name', 'title'] },
      });
      expect(await contactOf(clientId)).toMatchObject({
        name: 'Anne Durand-Leroy',
        title: 'Directrice des systèmes d’information',
        email: 'anne@durand.example',
        phone: '0601020304',
      });
      const evidence = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'privacy.request-answered')
        .where('object_id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(evidence.decision_json!)).toMatchObject({
        kind: 'rectification',
        applied: { contacts: 1, accounts: 0, fields: ['name', 'title'] },
      });
      expect(evidence.decision_json).not.toContain('Leroy');
    });

    it('a rectification about no one held, or corrections on another kind, is refused and writes nothing', async () => {
      const nobody = (await record('personne@nulle.example', 'rectification')).json().request;
      await verify(nobody.id);
      const res = await answer(nobody.id, { outcome: 'answered', answer: 'Corrigé.', rectification: { name: 'X' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('rectification');
      const access = (await record('personne@nulle.example', 'access')).json().request;
      await verify(access.id);
      const wrong = await answer(access.id, { outcome: 'answered', answer: 'Voici.', rectification: { name: 'X' } });
      expect(wrong.statusCode).toBe(400);
      const after = await t.ctx.db
        .selectFrom('data_subject_requests')
        .select('status')
        .where('id', 'in', [nobody.id, access.id])
        .execute();
      expect(after.map((a) => a.status)).toEqual(['open', 'open']);
    });

    it('a restriction answered marks the person: no more e-mail to them, the export shows it', async () => {
      const clientId = await clientWithCorrespondent('Restreinte SARL', 'marc@restreinte.example');
      expect((await mailRecipients(t.ctx, t.orgId, clientId)).correspondent).toBe('marc@restreinte.example');
      const r = (await record('Marc@restreinte.example', 'restriction')).json().request;
      await verify(r.id);
      const done = await answer(r.id, {
        outcome: 'answered',
        answer: 'Le traitement de vos données est limité à leur conservation.',
      });
      expect(done.statusCode, done.body).toBe(200);
      const result = done.json().request.result;
      expect(result).toMatchObject({ contacts: 1, accounts: 0, since: '2027-02-10' });
      expect(result.continues.map((c: { why: string }) => c.why).join(' ')).toContain('L123-22');
      expect((await contactOf(clientId)).restricted_on).toBe('2027-02-10');
      // Document e-mails go to the client's own address, no longer to the restricted person.
      expect((await mailRecipients(t.ctx, t.orgId, clientId)).correspondent).toBe('compta@client.example');
      const exported = await t.as(dpo, {
        method: 'GET',
        url: '/api/privacy/subject-export?email=marc@restreinte.example',
      });
      expect(exported.json().contacts).toEqual([expect.objectContaining({ restrictedOn: '2027-02-10' })]);
      const contacts = await t.as(sales, { method: 'GET', url: `/api/clients/${clientId}` });
      expect(contacts.json().client.contacts[0]).toMatchObject({ restrictedOn: '2027-02-10', objectedOn: null });

      // Lifted with a reason, the person told by a letter kept as evidence (art. 18(3)); once only.
      const noReason = await t.as(dpo, { method: 'POST', url: `/api/privacy/requests/${r.id}/lift`, payload: {} });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].path).toBe('reason');
      const lifted = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/lift`,
        payload: { reason: 'L’exactitude des données a été vérifiée' },
      });
      expect(lifted.statusCode, lifted.body).toBe(200);
      const after = lifted.json().request.result;
      expect(after).toMatchObject({ since: '2027-02-10', liftedOn: '2027-02-10' });
      const letter = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', after.liftLetterSha256)
        .executeTakeFirstOrThrow();
      expect(Buffer.from(letter.content).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await contactOf(clientId)).restricted_on).toBeNull();
      expect((await mailRecipients(t.ctx, t.orgId, clientId)).correspondent).toBe('marc@restreinte.example');
      const twice = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/lift`,
        payload: { reason: 'Encore une fois' },
      });
      expect(twice.statusCode).toBe(409);
    });

    it('a staff member who restricted their data gets no notification e-mail, only the in-app one', async () => {
      const admin = await t.signIn('admin');
      await t.ctx.db.updateTable('users').set({ notify_by_email: 1 }).where('id', '=', admin.userId).execute();
      await t.ctx.db.updateTable('organisations').set({ email: 'adv@alleo.example' }).execute();
      const r = (await record(admin.email, 'restriction')).json().request;
      await verify(r.id);
      expect((await answer(r.id, { outcome: 'answered', answer: 'Limité.' })).json().request.result).toMatchObject({
        accounts: 1,
      });
      const outboxBefore = await t.ctx.db.selectFrom('outbox_messages').select('id').execute();
      await t.ctx.db.transaction().execute((trx) =>
        notifyStaff(trx, t.ctx, {
          orgId: t.orgId,
          kind: 'payment.received',
          objectType: 'payment',
          objectId: 'p1',
          fr: 'Paiement reçu',
          en: 'Payment received',
          at: t.ctx.now().toISOString(),
        }),
      );
      const outboxAfter = await t.ctx.db.selectFrom('outbox_messages').selectAll().execute();
      expect(outboxAfter.length).toBe(outboxBefore.length);
      const inApp = await t.ctx.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', admin.userId)
        .execute();
      expect(inApp).toHaveLength(1);
    });

    it('an objection made in the portal and answered: the person is no longer written to', async () => {
      const clientId = await t.createClient('Opposant SAS');
      const portal = await t.signIn('client', { clientId });
      await t.ctx.db
        .updateTable('clients')
        .set({ email: 'compta@opposant.example' })
        .where('id', '=', clientId)
        .execute();
      const contact = await t.as(sales, {
        method: 'POST',
        url: `/api/clients/${clientId}/contacts`,
        payload: { name: 'Léa Opposant', email: portal.email, correspondent: true },
      });
      expect(contact.statusCode, contact.body).toBe(201);
      // The portal names no one else: a subject e-mail is refused.
      const other = await t.as(portal, {
        method: 'POST',
        url: '/api/portal/privacy/requests',
        payload: { kind: 'objection', subjectEmail: 'someone@else.example' },
      });
      expect(other.statusCode).toBe(400);
      const made = await t.as(portal, {
        method: 'POST',
        url: '/api/portal/privacy/requests',
        payload: { kind: 'objection', details: 'Je ne veux plus recevoir de courriels commerciaux.' },
      });
      expect(made.statusCode, made.body).toBe(201);
      const r = made.json().request;
      const done = await answer(r.id, {
        outcome: 'answered',
        answer: 'Vous ne recevrez plus de courriel que le contrat n’impose pas.',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().request.result).toMatchObject({ contacts: 1, accounts: 1, since: '2027-02-10' });
      expect(done.json().request.result.effects.join(' ')).toContain('21(2)');
      expect((await mailRecipients(t.ctx, t.orgId, clientId)).correspondent).toBe('compta@opposant.example');
      const seen = await t.as(portal, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}` });
      expect(seen.json().request).toMatchObject({ status: 'answered', kind: 'objection' });
      const user = await t.ctx.db
        .selectFrom('users')
        .select('objected_on')
        .where('id', '=', portal.userId)
        .executeTakeFirstOrThrow();
      expect(user.objected_on).toBe('2027-02-10');
    });

    it('a portability request gives the machine-readable export, logged under art. 20', async () => {
      const portal = await t.signIn('client');
      const r = (
        await t.as(portal, { method: 'POST', url: '/api/portal/privacy/requests', payload: { kind: 'portability' } })
      ).json().request;
      expect((await answer(r.id, { outcome: 'answered', answer: 'Vos données sont disponibles.' })).statusCode).toBe(
        200,
      );
      const out = await t.as(portal, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}/export` });
      expect(out.statusCode, out.body).toBe(200);
      expect(out.headers['content-type']).toContain('application/json');
      expect(out.headers['content-disposition']).toContain('.json');
      const data = out.json();
      expect(data).toMatchObject({ email: portal.email.toLowerCase() });
      expect(data.accounts[0]).toMatchObject({ id: portal.userId, role: 'client' });
      const logged = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('decision_json')
        .where('kind', '=', 'personal-data.exported')
        .where('actor', '=', portal.userId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(logged.decision_json!)).toMatchObject({ article: 'RGPD 20', requestId: r.id });
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true })).ok).toBe(true);
    });

    it('exports are for administrators and the data protection officer only', async () => {
      const accounting = await t.signIn('accounting');
      const client = await t.signIn('client');
      for (const s of [sales, accounting, client])
        for (const url of [
          '/api/privacy/subject-export?email=paul@exemple.fr',
          '/api/privacy/register?format=csv',
          '/api/privacy/register?format=pdf',
          '/api/privacy/requests',
        ])
          expect((await t.as(s, { method: 'GET', url })).statusCode, url).toBe(403);
      const admin = await t.signIn('admin');
      expect(
        (await t.as(admin, { method: 'GET', url: '/api/privacy/subject-export?email=paul@exemple.fr' })).statusCode,
      ).toBe(200);
      const logged = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('decision_json')
        .where('kind', '=', 'personal-data.exported')
        .where('actor', '=', admin.userId)
        .execute();
      expect(logged.map((l) => JSON.parse(l.decision_json!))).toEqual([
        expect.objectContaining({ article: 'RGPD 15', byRole: 'admin' }),
      ]);
    });
  });
}
