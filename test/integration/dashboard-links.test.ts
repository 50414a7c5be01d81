/**
 * Each work figure of the dashboard (issue 17) counts exactly the rows of the list its link opens,
 * on both engines and through HTTP: failed e-mails, deliveries to make, interventions to confirm,
 * rentals without insurance, data requests due, invoices with a dunning step due. Rows that must
 * not be counted are seeded next to those that must. Bad filters are refused, naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { seedDashboardRows } from '../helpers/dashboard-seed.ts';

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
      await seedDashboardRows(t.ctx, {
        orgId: t.orgId,
        userId: admin.userId,
        today,
        dunnedClientId: await t.createClient('Relancé SAS'),
      });

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
