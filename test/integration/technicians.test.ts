/**
 * Technicians and their weekly hours through the API on both engines (issue #11, art. 6.9): a
 * staff user or a named resource becomes a technician; its week stays inside ALLEO's working
 * days and hours; a slot inside ALLEO's hours but outside the technician's is refused (409 naming
 * the technician), while an off-hours slot is surcharged as art. 6.9 says and not refused; a
 * technician of another organisation is unknown; the iCalendar token is rotated and revoked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { seedServices, serviceContract, setCorrespondent } from '../helpers/interventions.ts';

const DAY = '2026-03-02T09:00:00Z';
/** Monday 8 June 2026 and the days after it (no public holiday that week). */
const MON = '2026-06-08';
const TUE = '2026-06-09';
const WED = '2026-06-10';
const SAT = '2026-06-13';

for (const dialect of DIALECTS) {
  describe(`technicians and their hours [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let tech: Session;
    let client: Session;
    let clientId: string;
    let line: string;
    let techId: string;

    const count = async (table: 'interventions' | 'technician_hours' | 'technicians') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const schedule = (date: string, start: string, end: string, extra: Record<string, unknown> = {}) =>
      t.as(adv, {
        method: 'POST',
        url: '/api/interventions',
        payload: { contractLineId: line, technicianIds: [techId], date, start, end, mode: 'remote', ...extra },
      });
    const putHours = (id: string, hours: unknown, who: Session = adv) =>
      t.as(who, { method: 'PUT', url: `/api/technicians/${id}/hours`, payload: { hours } });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow(DAY);
      clientId = await t.createClient('Transports Morel SAS');
      [admin, sales, adv, tech, client] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('technician'),
        t.signIn('client', { clientId }),
      ]);
      const cat = await seedServices(t, admin);
      line = (await serviceContract(t, { sales, client, adv }, clientId, cat)).installationLine;
      await setCorrespondent(t, adv, clientId);
    });
    afterAll(() => t.cleanup());

    it('adds a staff technician (offered as a candidate) and a named resource; hours default to ALLEO’s', async () => {
      const candidates = await t.as(adv, { method: 'GET', url: '/api/technicians/candidates' });
      expect(candidates.statusCode, candidates.body).toBe(200);
      expect(candidates.json().items.map((u: { id: string }) => u.id)).toContain(tech.userId);
      const created = await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { userId: tech.userId } });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().technician).toMatchObject({ kind: 'user', userId: tech.userId, hours: null });
      techId = created.json().technician.id;
      const again = await t.as(adv, { method: 'GET', url: '/api/technicians/candidates' });
      expect(again.json().items.map((u: { id: string }) => u.id)).not.toContain(tech.userId);
      const resource = await t.as(adv, {
        method: 'POST',
        url: '/api/technicians',
        payload: { name: 'Sous-traitant Câblage' },
      });
      expect(resource.statusCode, resource.body).toBe(201);
      expect(resource.json().technician).toMatchObject({
        kind: 'resource',
        userId: null,
        name: 'Sous-traitant Câblage',
      });
      // A technician cannot edit hours; a client cannot even list technicians.
      expect((await putHours(techId, [], tech)).statusCode).toBe(403);
      expect((await t.as(client, { method: 'GET', url: '/api/technicians' })).statusCode).toBe(403);
    });

    it('refuses a week outside ALLEO’s working days and hours, naming the entry and writing nothing', async () => {
      const before = await count('technician_hours');
      for (const [hours, path] of [
        [[{ weekday: 1, start: '08:00', end: '12:00' }], 'hours.0.start'],
        [[{ weekday: 1, start: '14:00', end: '19:00' }], 'hours.0.end'],
        [[{ weekday: 6, start: '09:00', end: '12:00' }], 'hours.0.weekday'],
        [[{ weekday: 2, start: '12:00', end: '10:00' }], 'hours.0.end'],
        [
          [
            { weekday: 3, start: '09:00', end: '12:00' },
            { weekday: 3, start: '13:00', end: '17:00' },
          ],
          'hours.1.weekday',
        ],
      ] as const) {
        const res = await putHours(techId, hours);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      }
      const badTime = await putHours(techId, [{ weekday: 1, start: '9h', end: '12:00' }]);
      expect(badTime.statusCode).toBe(400);
      expect(await count('technician_hours')).toBe(before);
      const tech1 = await t.as(adv, { method: 'GET', url: '/api/technicians' });
      expect(tech1.json().items.find((x: { id: string }) => x.id === techId).hours).toBeNull();
    });

    it('books only inside the technician’s hours; off ALLEO hours the surcharge applies instead (art. 6.9)', async () => {
      const set = await putHours(techId, [
        { weekday: 1, start: '09:00', end: '13:00' },
        { weekday: 2, start: '09:00', end: '18:00' },
      ]);
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().technician.hours).toEqual([
        { weekday: 1, start: '09:00', end: '13:00' },
        { weekday: 2, start: '09:00', end: '18:00' },
      ]);
      const before = await count('interventions');
      // Monday afternoon and Wednesday: inside ALLEO's hours, outside the technician's.
      for (const [date, start, end, says] of [
        [MON, '14:00', '16:00', 'le lundi de 09:00 à 13:00'],
        [MON, '12:00', '14:00', 'le lundi de 09:00 à 13:00'],
        [WED, '09:00', '11:00', 'ne travaille pas le mercredi'],
        // 17:00–19:00 is partly inside ALLEO's hours: that part is outside Monday 09:00–13:00.
        [MON, '17:00', '19:00', 'le lundi de 09:00 à 13:00'],
      ] as const) {
        const res = await schedule(date, start, end, { acceptSurcharge: true });
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json()).toMatchObject({ code: 'technician.unavailable', technicianId: techId, article: '6.9' });
        expect(res.json().errors).toEqual([expect.objectContaining({ path: 'technicianIds.0' })]);
        expect(res.json().errors[0].message).toContain(says);
      }
      // The preview refuses the same slot before anything is saved.
      const preview = await t.as(adv, {
        method: 'POST',
        url: '/api/interventions/preview',
        payload: { contractLineId: line, technicianIds: [techId], date: WED, start: '09:00', end: '11:00' },
      });
      expect(preview.statusCode).toBe(409);
      expect(preview.json().code).toBe('technician.unavailable');
      expect(await count('interventions')).toBe(before);

      const morning = await schedule(MON, '09:00', '12:00');
      expect(morning.statusCode, morning.body).toBe(201);
      expect(morning.json().slot.offHours).toBe(false);
      // Entirely outside ALLEO's hours (evening, Saturday): the surcharge of art. 6.9, not a refusal.
      const evening = await schedule(MON, '18:00', '20:00', { acceptSurcharge: true });
      expect(evening.statusCode, evening.body).toBe(201);
      expect(evening.json().slot).toMatchObject({ offHours: true, surchargeCents: 47500 });
      const saturday = await schedule(SAT, '09:00', '12:00', { acceptSurcharge: true });
      expect(saturday.statusCode, saturday.body).toBe(201);
      // A move into the technician's time off is refused the same way; within Tuesday it is fine.
      const id = morning.json().intervention.id;
      const badMove = await t.as(adv, {
        method: 'POST',
        url: `/api/interventions/${id}/move`,
        payload: { date: WED, start: '09:00', end: '12:00' },
      });
      expect(badMove.statusCode, badMove.body).toBe(409);
      expect(badMove.json().code).toBe('technician.unavailable');
      const goodMove = await t.as(adv, {
        method: 'POST',
        url: `/api/interventions/${id}/move`,
        payload: { date: TUE, start: '15:00', end: '18:00' },
      });
      expect(goodMove.statusCode, goodMove.body).toBe(200);
      // Back to ALLEO's hours: Wednesday is bookable again.
      const reset = await putHours(techId, null);
      expect(reset.statusCode, reset.body).toBe(200);
      expect(reset.json().technician.hours).toBeNull();
      expect((await schedule(WED, '09:00', '11:00')).statusCode).toBe(201);
    });

    it('renames and deactivates a technician; one of another organisation is unknown (400/404), nothing written', async () => {
      const named = await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { name: 'Équipe B' } });
      const id = named.json().technician.id;
      const renamed = await t.as(adv, {
        method: 'PATCH',
        url: `/api/technicians/${id}`,
        payload: { name: 'Équipe Bleue' },
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json().technician.name).toBe('Équipe Bleue');
      const off = await t.as(adv, { method: 'PATCH', url: `/api/technicians/${id}`, payload: { active: false } });
      expect(off.json().technician.active).toBe(false);
      const empty = await t.as(adv, { method: 'PATCH', url: `/api/technicians/${id}`, payload: {} });
      expect(empty.statusCode).toBe(400);

      const at = new Date().toISOString();
      await t.ctx.db
        .insertInto('technicians')
        .values({
          id: 'tech-of-another-org',
          org_id: 'another-org',
          user_id: null,
          name: 'Ailleurs',
          created_at: at,
          updated_at: at,
          feed_token_hash: null,
          feed_created_at: null,
        })
        .execute();
      const before = await count('interventions');
      for (const tid of [id, 'tech-of-another-org']) {
        const res = await t.as(adv, {
          method: 'POST',
          url: '/api/interventions',
          payload: {
            contractLineId: line,
            technicianIds: [tid],
            date: MON,
            start: '14:00',
            end: '15:00',
            mode: 'remote',
          },
        });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().errors).toEqual([expect.objectContaining({ path: 'technicianIds.0' })]);
      }
      expect(await count('interventions')).toBe(before);
      expect((await putHours('tech-of-another-org', null)).statusCode).toBe(404);
      expect(
        (await t.as(adv, { method: 'PATCH', url: '/api/technicians/tech-of-another-org', payload: { name: 'X' } }))
          .statusCode,
      ).toBe(404);
      expect((await t.as(adv, { method: 'POST', url: '/api/technicians/tech-of-another-org/feed' })).statusCode).toBe(
        404,
      );
    });

    it('rotates the iCalendar token (the old URL stops working) and revokes it; a technician manages only its own', async () => {
      const first = await t.as(tech, { method: 'POST', url: `/api/technicians/${techId}/feed` });
      expect(first.statusCode, first.body).toBe(201);
      expect((await t.app.inject({ method: 'GET', url: first.json().path })).statusCode).toBe(200);
      const second = await t.as(adv, { method: 'POST', url: `/api/technicians/${techId}/feed` });
      expect((await t.app.inject({ method: 'GET', url: first.json().path })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: second.json().path })).statusCode).toBe(200);
      const list = await t.as(adv, { method: 'GET', url: '/api/technicians' });
      expect(list.json().items.find((x: { id: string }) => x.id === techId).feedActive).toBe(true);
      const other = (await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { name: 'Autre' } })).json()
        .technician.id;
      expect((await t.as(tech, { method: 'POST', url: `/api/technicians/${other}/feed` })).statusCode).toBe(404);
      expect((await t.as(adv, { method: 'DELETE', url: `/api/technicians/${techId}/feed` })).statusCode).toBe(204);
      const revoked = await t.app.inject({ method: 'GET', url: second.json().path });
      expect(revoked.statusCode).toBe(404);
      expect(revoked.body).not.toContain(techId);
    });

    it('the planning board reads the week with its technicians, without cancelled ones; a bad period is 400', async () => {
      const board = await t.as(adv, { method: 'GET', url: `/api/interventions/board?from=${MON}&to=2026-06-14` });
      expect(board.statusCode, board.body).toBe(200);
      const items = board.json().items as { date: string; start: string; technicians: { id: string }[] }[];
      // Booked above: Tuesday 15:00 (moved), Monday 18:00, Saturday 09:00, Wednesday 09:00.
      expect(items.map((x) => `${x.date} ${x.start}`)).toEqual([
        `${MON} 18:00`,
        `${TUE} 15:00`,
        `${WED} 09:00`,
        `${SAT} 09:00`,
      ]);
      for (const x of items) expect(x.technicians.map((y) => y.id)).toEqual([techId]);
      expect(Object.keys(items[0]!).sort()).toEqual(
        [
          'clientName',
          'confirmation',
          'contractLineId',
          'date',
          'end',
          'id',
          'label',
          'mode',
          'offHours',
          'serviceKind',
          'start',
          'status',
          'technicians',
        ].sort(),
      );
      // Cancelled (free: more than 7 days before, art. 6.9), it leaves the board.
      const saturday = (items as unknown as { id: string; date: string }[]).find((x) => x.date === SAT)!.id;
      const cancelled = await t.as(adv, {
        method: 'POST',
        url: `/api/interventions/${saturday}/cancel`,
        payload: { kind: 'cancel', acceptedChargeCents: 0 },
      });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      const after = await t.as(adv, { method: 'GET', url: `/api/interventions/board?from=${MON}&to=2026-06-14` });
      expect(after.json().items.map((x: { id: string }) => x.id)).not.toContain(saturday);
      expect(after.json().items).toHaveLength(3);
      const backwards = await t.as(adv, { method: 'GET', url: `/api/interventions/board?from=${WED}&to=${MON}` });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'querystring.to' })]);
      // At most 62 civil days a query: 8 June → 9 August is allowed, → 10 August is not.
      const boardTo = (to: string) =>
        t.as(adv, { method: 'GET', url: `/api/interventions/board?from=${MON}&to=${to}` });
      expect((await boardTo('2026-08-09')).statusCode).toBe(200);
      const tooLong = await boardTo('2026-08-10');
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().errors).toEqual([expect.objectContaining({ path: 'querystring.to' })]);
      expect(
        (await t.as(client, { method: 'GET', url: `/api/interventions/board?from=${MON}&to=${WED}` })).statusCode,
      ).toBe(403);
    });
  });
}
