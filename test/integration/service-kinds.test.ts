/**
 * The kinds of service orders through the API on both engines (art. 6.5–6.7, 6.9, 11.2): a
 * training on site or remote records its attendees and the report lists them; rental maintenance
 * is included in the rent, never billed (no service line, no surcharge, no cancellation charge);
 * consuming more maintenance tickets than the balance is refused and writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { namedTechnician, seedServices, serviceContract, setCorrespondent } from '../helpers/interventions.ts';
import { acceptInPortal, issuedQuote } from '../helpers/quotes.ts';

const DAY = '2026-03-02T09:00:00Z';

for (const dialect of DIALECTS) {
  describe(`service order kinds [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let tech: Session;
    let client: Session;
    let clientId: string;
    let techId: string;
    let trainingLine: string;
    let rentalLine: string;
    let ticketLine: string;

    const count = async (table: 'interventions' | 'invoices' | 'invoice_lines' | 'ticket_movements') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const item = async (body: Record<string, unknown>) => {
      const res = await t.as(admin, { method: 'POST', url: '/api/catalogue', payload: body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().item.id as string;
    };
    /** Moves the clock and signs everyone in again (sessions do not outlive a jump in time). */
    const at = async (iso: string) => {
      t.setNow(iso);
      [adv, tech, client] = await Promise.all([
        t.signIn('order-admin'),
        t.signIn('technician'),
        t.signIn('client', { clientId }),
      ]);
    };
    const schedule = (body: Record<string, unknown>) =>
      t.as(adv, { method: 'POST', url: '/api/interventions', payload: { technicianIds: [techId], ...body } });

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
      const training = await item({
        kind: 'service',
        category: 'training',
        sku: 'SRV-TRAIN',
        name: 'Formation pare-feu (demi-journée)',
        indicativePriceCents: 50000,
        vatRatePercent: '20',
        lateCancellationIndemnityCents: 20000,
        offHoursSurchargePercent: '50',
      });
      const rental = await item({
        kind: 'service',
        category: 'rental-maintenance',
        sku: 'SRV-RENTAL-MAINT',
        name: 'Maintenance du matériel loué',
        indicativePriceCents: 0,
        vatRatePercent: '20',
        offHoursSurchargePercent: '50',
      });
      const q = await issuedQuote(t, sales, clientId, [
        { kind: 'service', catalogueItemId: training, quantity: 2 },
        { kind: 'service', catalogueItemId: rental, quantity: 1 },
      ]);
      expect((await acceptInPortal(t, client, q.id)).statusCode).toBe(200);
      const formed = await t.as(adv, { method: 'POST', url: '/api/contracts', payload: { quoteId: q.id } });
      expect(formed.statusCode, formed.body).toBe(201);
      const lines = formed.json().contract.lines as { id: string; catalogueItemId: string }[];
      trainingLine = lines.find((l) => l.catalogueItemId === training)!.id;
      rentalLine = lines.find((l) => l.catalogueItemId === rental)!.id;
      ticketLine = (await serviceContract(t, { sales, client, adv }, clientId, await seedServices(t, admin, '-2')))
        .ticketLine;
      await setCorrespondent(t, adv, clientId);
      const created = await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { userId: tech.userId } });
      techId = created.json().technician.id;
    });
    // Each test starts on DAY with fresh sessions.
    beforeEach(() => at(DAY));
    afterAll(() => t.cleanup());

    it('a training, on site or remote, records its attendees; the report lists them (6.5)', async () => {
      const onSite = await schedule({
        contractLineId: trainingLine,
        date: '2026-03-10',
        start: '09:00',
        end: '12:00',
        mode: 'on-site',
      });
      expect(onSite.statusCode, onSite.body).toBe(201);
      expect(onSite.json().intervention).toMatchObject({ serviceKind: 'training', mode: 'on-site' });
      expect(onSite.json().intervention.siteAddress).toBeTruthy();
      const remote = await schedule({
        contractLineId: trainingLine,
        date: '2026-03-11',
        start: '14:00',
        end: '17:00',
        mode: 'remote',
      });
      expect(remote.statusCode, remote.body).toBe(201);
      expect(remote.json().intervention).toMatchObject({ mode: 'remote', siteAddress: null });
      const id = remote.json().intervention.id;
      await at('2026-03-11T17:30:00Z');
      const bare = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/complete`,
        payload: { workDone: 'Formation', minutesSpent: 180 },
      });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().errors).toEqual([expect.objectContaining({ path: 'attendees' })]);
      const done = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/complete`,
        payload: { workDone: 'Formation', minutesSpent: 180, attendees: ['Julie Morel', 'Karim Benali'] },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().intervention.report.attendees).toEqual(['Julie Morel', 'Karim Benali']);
      const pdf = await t.as(client, { method: 'GET', url: `/api/interventions/${id}/report.pdf` });
      const text = (await pdfText(pdf.rawPayload)).text;
      expect(text).toContain('Julie Morel');
      expect(text).toContain('Karim Benali');
    });

    it('rental maintenance is never billed: no price, no surcharge line at reception, no late-cancellation charge (6.7)', async () => {
      const s = await schedule({
        contractLineId: rentalLine,
        date: '2026-03-14',
        start: '09:00',
        end: '11:00',
        mode: 'on-site',
        acceptSurcharge: true,
      });
      expect(s.statusCode, s.body).toBe(201);
      expect(s.json().intervention).toMatchObject({ servicePriceCents: 0, indemnityCents: 0, surchargeCents: 0 });
      const id = s.json().intervention.id;
      await at('2026-03-14T12:00:00Z');
      const done = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/complete`,
        payload: { workDone: 'Remplacement du disque', minutesSpent: 100 },
      });
      expect(done.statusCode, done.body).toBe(200);
      const invoices = await count('invoices');
      const received = await t.as(client, { method: 'POST', url: `/api/interventions/${id}/receive`, payload: {} });
      expect(received.statusCode, received.body).toBe(200);
      expect(received.json().intervention).toMatchObject({ status: 'received', invoiceId: null });
      expect(await count('invoices')).toBe(invoices);
      // Cancelled on the day itself: still nothing to pay.
      await at(DAY);
      const other = await schedule({
        contractLineId: rentalLine,
        date: '2026-03-18',
        start: '09:00',
        end: '11:00',
        mode: 'on-site',
      });
      await at('2026-03-18T06:00:00Z');
      const preview = await t.as(client, {
        method: 'GET',
        url: `/api/interventions/${other.json().intervention.id}/cancellation?kind=cancel`,
      });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json().chargeCents).toBe(0);
    });

    it('consuming more tickets than the balance is refused with the balance and writes nothing (11.2)', async () => {
      const bought = await t.as(adv, {
        method: 'POST',
        url: `/api/clients/${clientId}/tickets`,
        payload: { contractLineId: ticketLine, quantity: 2 },
      });
      expect(bought.statusCode, bought.body).toBe(201);
      const before = [await count('interventions'), await count('ticket_movements')];
      const tech2 = await namedTechnician(t, adv, 'Maintenance');
      const res = await t.as(adv, {
        method: 'POST',
        url: '/api/interventions',
        payload: {
          contractLineId: ticketLine,
          technicianIds: [tech2],
          date: '2026-03-20',
          start: '09:00',
          end: '10:00',
          mode: 'remote',
          tickets: 3,
        },
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code: 'ticket.insufficient', balance: 2, needed: 3 });
      expect([await count('interventions'), await count('ticket_movements')]).toEqual(before);
      const account = await t.as(client, { method: 'GET', url: `/api/clients/${clientId}/tickets` });
      expect(account.json().balance).toBe(2);
    });
  });
}
