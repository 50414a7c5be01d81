/**
 * Data-subject requests (art. 17.3; GDPR art. 12, 15, 17) and the "what we hold about this
 * person" export, on both engines: the one-month deadline (31 January), the two-month extension
 * with its letter, the dashboard of requests due within 7 days, the identity check before any
 * data leaves, an erasure that says what it keeps, and the portal user who asks, waits for the
 * answer and downloads their data — every export logged in the evidence chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';

for (const dialect of DIALECTS) {
  describe(`data-subject requests [${dialect}]`, () => {
    let t: TestApi;
    let dpo: Session;
    let sales: Session;

    const create = (s: Session, payload: Record<string, unknown>) =>
      t.as(s, { method: 'POST', url: '/api/privacy/requests', payload });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow('2027-02-10T09:00:00Z');
      dpo = await t.signIn('dpo');
      sales = await t.signIn('sales');
    });
    afterAll(() => t.cleanup());

    it('a request received on 31 January is due on 28 February (29 in a leap year)', async () => {
      const res = await create(dpo, {
        subjectEmail: 'paul@exemple.fr',
        kind: 'access',
        channel: 'email',
        receivedOn: '2027-01-31',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().request).toMatchObject({
        dueOn: '2027-02-28',
        effectiveDueOn: '2027-02-28',
        identityStatus: 'pending',
        status: 'open',
        daysLeft: 18,
        overdue: false,
      });
      const leap = await create(dpo, {
        subjectEmail: 'paul@exemple.fr',
        kind: 'objection',
        channel: 'letter',
        receivedOn: '2024-01-31',
      });
      expect(leap.json().request).toMatchObject({ dueOn: '2024-02-29', overdue: true });
    });

    it('refuses bad input naming the field, and other roles, writing nothing', async () => {
      const before = await t.ctx.db.selectFrom('data_subject_requests').select('id').execute();
      const future = await create(dpo, {
        subjectEmail: 'paul@exemple.fr',
        kind: 'access',
        channel: 'email',
        receivedOn: '2027-02-11',
      });
      expect(future.statusCode).toBe(400);
      expect(future.json().errors[0].path).toBe('receivedOn');
      const badKind = await create(dpo, {
        subjectEmail: 'paul@exemple.fr',
        kind: 'complaint',
        channel: 'email',
        receivedOn: '2027-02-01',
      });
      expect(badKind.statusCode).toBe(400);
      expect(badKind.json().errors[0].path).toBe('kind');
      const badEmail = await create(dpo, {
        subjectEmail: 'nope',
        kind: 'access',
        channel: 'email',
        receivedOn: '2027-02-01',
      });
      expect(badEmail.json().errors[0].path).toBe('subjectEmail');
      const bySales = await create(sales, {
        subjectEmail: 'paul@exemple.fr',
        kind: 'access',
        channel: 'email',
        receivedOn: '2027-02-01',
      });
      expect(bySales.statusCode).toBe(403);
      expect(await t.ctx.db.selectFrom('data_subject_requests').select('id').execute()).toEqual(before);
    });

    it('the dashboard lists the open requests due within 7 days, overdue ones included', async () => {
      const soon = await create(dpo, {
        subjectEmail: 'soon@exemple.fr',
        kind: 'rectification',
        channel: 'email',
        receivedOn: '2027-01-15',
      });
      const later = await create(dpo, {
        subjectEmail: 'later@exemple.fr',
        kind: 'rectification',
        channel: 'email',
        receivedOn: '2027-02-05',
      });
      expect(soon.json().request.dueOn).toBe('2027-02-15');
      const res = await t.as(dpo, { method: 'GET', url: '/api/privacy/requests?dueSoon=true' });
      expect(res.statusCode, res.body).toBe(200);
      const ids = res.json().items.map((r: { id: string }) => r.id);
      expect(ids).toContain(soon.json().request.id);
      expect(ids).not.toContain(later.json().request.id);
      expect(res.json().items.every((r: { daysLeft: number }) => r.daysLeft <= 7)).toBe(true);
    });

    it('extends by two months once, before the deadline, with a reason and a letter kept as evidence', async () => {
      const r = (
        await create(dpo, {
          subjectEmail: 'long@exemple.fr',
          kind: 'access',
          channel: 'email',
          receivedOn: '2027-01-31',
        })
      ).json().request;
      const noReason = await t.as(dpo, { method: 'POST', url: `/api/privacy/requests/${r.id}/extend`, payload: {} });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].path).toBe('reason');
      const res = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/extend`,
        payload: { reason: 'Données réparties sur dix ans d’archives' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().request).toMatchObject({
        dueOn: '2027-02-28',
        extendedDueOn: '2027-04-30',
        effectiveDueOn: '2027-04-30',
        extensionReason: 'Données réparties sur dix ans d’archives',
      });
      const doc = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', res.json().request.extensionLetterSha256)
        .executeTakeFirstOrThrow();
      expect(doc.media_type).toBe('application/pdf');
      expect(Buffer.from(doc.content).subarray(0, 5).toString()).toBe('%PDF-');
      const again = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/extend`,
        payload: { reason: 'Encore plus de travail' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('privacy.extension_refused');
      // Past the one-month deadline, no extension.
      const late = (
        await create(dpo, {
          subjectEmail: 'late@exemple.fr',
          kind: 'access',
          channel: 'email',
          receivedOn: '2027-01-05',
        })
      ).json().request;
      const lateExt = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${late.id}/extend`,
        payload: { reason: 'Trop tard pour prolonger' },
      });
      expect(lateExt.statusCode).toBe(409);
    });

    it('no answer before the identity is verified; an erasure says what it erased and what it keeps', async () => {
      const clientId = await t.createClient('Garnier SARL');
      const contactRes = await t.as(sales, {
        method: 'POST',
        url: `/api/clients/${clientId}/contacts`,
        payload: { name: 'Luc Garnier', email: 'luc@garnier.example', phone: '0607080910' },
      });
      expect(contactRes.statusCode, contactRes.body).toBe(201);
      const r = (
        await create(dpo, {
          subjectEmail: 'LUC@garnier.example',
          kind: 'erasure',
          channel: 'email',
          receivedOn: '2027-02-09',
        })
      ).json().request;
      expect(r.clientId).toBe(clientId);
      const early = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/answer`,
        payload: { outcome: 'answered', answer: 'Vos données ont été effacées.' },
      });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('privacy.identity_not_verified');
      const stillThere = await t.ctx.db
        .selectFrom('client_contacts')
        .selectAll()
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow();
      expect(stillThere.email).toBe('luc@garnier.example');

      const verified = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/identity`,
        payload: { status: 'verified' },
      });
      expect(verified.json().request.identityStatus).toBe('verified');
      const answered = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/answer`,
        payload: { outcome: 'answered', answer: 'Vos données ont été effacées, sauf ce que la loi impose de garder.' },
      });
      expect(answered.statusCode, answered.body).toBe(200);
      const result = answered.json().request.result;
      expect(result.erased).toMatchObject({ contacts: 1, portalAccounts: 0 });
      expect(result.kept.map((k: { why: string }) => k.why).join(' ')).toContain('L123-22');
      const erased = await t.ctx.db
        .selectFrom('client_contacts')
        .selectAll()
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow();
      expect(erased).toMatchObject({ name: 'Contact anonymisé', email: null, phone: null });
      const twice = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/answer`,
        payload: { outcome: 'refused', answer: 'Non' },
      });
      expect(twice.json().code).toBe('privacy.request_closed');
    });

    it('staff export what is held about an e-mail address (JSON and PDF), each export logged', async () => {
      const bySales = await t.as(sales, { method: 'GET', url: '/api/privacy/subject-export?email=paul@exemple.fr' });
      expect(bySales.statusCode).toBe(403);
      const badEmail = await t.as(dpo, { method: 'GET', url: '/api/privacy/subject-export?email=nope' });
      expect(badEmail.statusCode).toBe(400);
      expect(badEmail.json().errors[0].path).toBe('querystring.email');
      const before = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('seq')
        .where('kind', '=', 'personal-data.exported')
        .execute();
      const json = await t.as(dpo, { method: 'GET', url: '/api/privacy/subject-export?email=Paul@exemple.fr' });
      expect(json.statusCode, json.body).toBe(200);
      expect(json.headers['content-type']).toContain('application/json');
      const data = json.json();
      expect(data.email).toBe('paul@exemple.fr');
      expect(data.requests.length).toBeGreaterThanOrEqual(2);
      const pdf = await t.as(dpo, {
        method: 'GET',
        url: '/api/privacy/subject-export?email=paul@exemple.fr&format=pdf',
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const after = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'personal-data.exported')
        .execute();
      expect(after.length - before.length).toBe(2);
      expect(after.every((e) => !e.decision_json!.includes('paul@'))).toBe(true);
      expect(after.at(-1)!.actor).toBe(dpo.userId);
    });
  });

  describe(`data-subject requests in the portal [${dialect}]`, () => {
    let t: TestApi;
    let dpo: Session;
    let mine: Session;
    let other: Session;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      dpo = await t.signIn('dpo');
      mine = await t.signIn('client');
      other = await t.signIn('client');
    });
    afterAll(() => t.cleanup());

    it('a contact asks for access, staff answer, the contact downloads the export; no one else sees it', async () => {
      const made = await t.as(mine, {
        method: 'POST',
        url: '/api/portal/privacy/requests',
        payload: { kind: 'access', details: 'Quelles données avez-vous sur moi ?' },
      });
      expect(made.statusCode, made.body).toBe(201);
      const r = made.json().request;
      expect(r).toMatchObject({ channel: 'portal', identityStatus: 'verified', status: 'open', dueOn: '2026-04-02' });
      expect(r.subjectEmail).toBe(mine.email);

      // Another client's user, and staff routes, see nothing of it.
      expect((await t.as(other, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}` })).statusCode).toBe(404);
      expect(
        (await t.as(other, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}/export` })).statusCode,
      ).toBe(404);
      expect((await t.as(other, { method: 'GET', url: '/api/portal/privacy/requests' })).json().items).toEqual([]);
      expect((await t.as(mine, { method: 'GET', url: '/api/privacy/requests' })).statusCode).toBe(403);
      expect(
        (await t.as(mine, { method: 'GET', url: `/api/privacy/subject-export?email=${mine.email}` })).statusCode,
      ).toBe(403);
      const bad = await t.as(mine, { method: 'POST', url: '/api/portal/privacy/requests', payload: { kind: 'x' } });
      expect(bad.statusCode).toBe(400);
      // Not before the answer.
      const early = await t.as(mine, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}/export` });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('privacy.export_not_available');

      const answered = await t.as(dpo, {
        method: 'POST',
        url: `/api/privacy/requests/${r.id}/answer`,
        payload: { outcome: 'answered', answer: 'Vos données sont téléchargeables dans votre espace client.' },
      });
      expect(answered.statusCode, answered.body).toBe(200);
      const status = await t.as(mine, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}` });
      expect(status.json().request).toMatchObject({ status: 'answered' });

      const json = await t.as(mine, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}/export` });
      expect(json.statusCode, json.body).toBe(200);
      expect(json.json()).toMatchObject({ email: mine.email.toLowerCase() });
      expect(json.json().accounts).toEqual([expect.objectContaining({ id: mine.userId, role: 'client' })]);
      const pdf = await t.as(mine, { method: 'GET', url: `/api/portal/privacy/requests/${r.id}/export?format=pdf` });
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const logged = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'personal-data.exported')
        .where('actor', '=', mine.userId)
        .execute();
      expect(logged).toHaveLength(2);
      expect(JSON.parse(logged[0]!.decision_json!)).toMatchObject({ requestId: r.id, format: 'json' });
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true })).ok).toBe(true);
    });
  });
}
