import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vatRateInForce } from '../../src/modules/vat-rates/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

const firewall = {
  kind: 'product',
  category: 'firewall',
  offerLine: 'cybersecurity',
  solutionKind: 'hardware',
  manufacturer: 'Fortinet',
  sku: 'FG-40F',
  name: 'Pare-feu FortiGate 40F',
  indicativePriceCents: 59000,
  vatRatePercent: '20',
  rentable: true,
  monthlyRentCents: 2900,
  maintenanceFeeCents: 900,
  warrantyMonths: 12,
};
const tokens = {
  kind: 'product',
  category: 'two-factor-authentication',
  offerLine: 'cybersecurity',
  solutionKind: 'virtualized',
  manufacturer: 'Fortinet',
  sku: 'FTK-CLOUD-25',
  name: 'Double authentification FortiToken Cloud',
  indicativePriceCents: 27500,
  vatRatePercent: '20.0',
  licenceUsers: 25,
};
const install = {
  kind: 'service',
  category: 'installation',
  sku: 'SRV-INSTALL-DAY',
  name: "Installation et paramétrage (jour d'intervention)",
  indicativePriceCents: 95000,
  vatRatePercent: '20',
  lateCancellationIndemnityCents: 25000,
  offHoursSurchargePercent: '50',
};

for (const dialect of DIALECTS) {
  describe(`catalogue [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    const ids: Record<string, string> = {};
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('catalogue_items')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const post = (body: unknown) => t.as(admin, { method: 'POST', url: '/api/catalogue', payload: body as object });
    const paths = (res: { json(): { errors: Array<{ path: string }> } }) =>
      res
        .json()
        .errors.map((e) => e.path)
        .sort();
    beforeAll(async () => {
      t = await startTestApi(dialect);
      [admin, sales] = await Promise.all([t.signIn('admin'), t.signIn('sales')]);
    });
    afterAll(() => t.cleanup());

    it('creates hardware, a virtualized solution and a service', async () => {
      for (const body of [firewall, tokens, install]) {
        const res = await post(body);
        expect(res.statusCode, body.sku).toBe(201);
        ids[body.sku] = res.json().item.id;
      }
      const item = (await t.as(sales, { method: 'GET', url: `/api/catalogue/${ids['FTK-CLOUD-25']}` })).json().item;
      expect(item).toMatchObject({
        kind: 'product',
        solutionKind: 'virtualized',
        licenceUsers: 25,
        vatRatePercent: '20',
        rentable: false,
        monthlyRentCents: null,
        active: true,
      });
      const service = (await t.as(sales, { method: 'GET', url: `/api/catalogue/${ids['SRV-INSTALL-DAY']}` })).json()
        .item;
      expect(service).toMatchObject({
        solutionKind: null,
        offerLine: null,
        lateCancellationIndemnityCents: 25000,
        offHoursSurchargePercent: '50',
      });
    });

    it('lists with filters and paging', async () => {
      const all = (await t.as(sales, { method: 'GET', url: '/api/catalogue' })).json();
      expect(all.total).toBe(3);
      const services = (await t.as(sales, { method: 'GET', url: '/api/catalogue?kind=service' })).json();
      expect(services.items.map((i: { sku: string }) => i.sku)).toEqual(['SRV-INSTALL-DAY']);
      const cyber = (
        await t.as(sales, { method: 'GET', url: '/api/catalogue?offerLine=cybersecurity&category=firewall' })
      ).json();
      expect(cyber.items.map((i: { sku: string }) => i.sku)).toEqual(['FG-40F']);
      const search = (await t.as(sales, { method: 'GET', url: '/api/catalogue?q=fortitoken' })).json();
      expect(search.items.map((i: { sku: string }) => i.sku)).toEqual(['FTK-CLOUD-25']);
      const page = (await t.as(sales, { method: 'GET', url: '/api/catalogue?limit=2&offset=2' })).json();
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
      expect(page.items).toHaveLength(1);
      const bad = await t.as(sales, { method: 'GET', url: '/api/catalogue?kind=gadget' });
      expect(bad.statusCode).toBe(400);
      expect(paths(bad)).toEqual(['querystring.kind']);
    });

    it('refuses an unknown VAT rate, a rentable product without rent and negative prices; writes nothing', async () => {
      const before = await count();
      const vat = await post({ ...firewall, sku: 'X-1', vatRatePercent: '7' });
      expect(vat.statusCode).toBe(400);
      expect(paths(vat)).toEqual(['vatRatePercent']);
      const rent = await post({ ...firewall, sku: 'X-2', monthlyRentCents: null });
      expect(paths(rent)).toEqual(['monthlyRentCents']);
      const negative = await post({ ...firewall, sku: 'X-3', indicativePriceCents: -1, maintenanceFeeCents: -5 });
      expect(negative.statusCode).toBe(400);
      expect(paths(negative)).toEqual(['indicativePriceCents', 'maintenanceFeeCents']);
      const virtualRental = await post({
        ...tokens,
        sku: 'X-4',
        rentable: true,
        monthlyRentCents: 100,
        licenceUsers: null,
      });
      expect(paths(virtualRental)).toEqual(['licenceUsers', 'rentable']);
      const serviceFields = await post({ ...install, sku: 'X-5', category: 'firewall', warrantyMonths: 12 });
      expect(paths(serviceFields)).toEqual(['category', 'warrantyMonths']);
      const nul = await post({ ...install, sku: 'X-6', name: 'A\u0000', description: 'ligne 1\nligne 2\u0000' });
      expect(paths(nul)).toEqual(['description', 'name']);
      expect(await count()).toBe(before);
    });

    it('refuses a SKU already used (409 on sku)', async () => {
      const res = await post({ ...firewall, name: 'Doublon' });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('catalogue.sku_taken');
      expect(paths(res)).toEqual(['sku']);
      const rename = await t.as(admin, {
        method: 'PATCH',
        url: `/api/catalogue/${ids['FTK-CLOUD-25']}`,
        payload: { sku: 'FG-40F' },
      });
      expect(rename.statusCode).toBe(409);
    });

    it('changes a price without altering a price already copied (art. 9.1)', async () => {
      const id = ids['FG-40F']!;
      // What a quote line does: copy the price at the time of writing.
      const copied = (await t.as(sales, { method: 'GET', url: `/api/catalogue/${id}` })).json().item
        .indicativePriceCents;
      const others = await t.ctx.db
        .selectFrom('catalogue_items')
        .selectAll()
        .where('id', '!=', id)
        .orderBy('id')
        .execute();
      const res = await t.as(admin, {
        method: 'PATCH',
        url: `/api/catalogue/${id}`,
        payload: { indicativePriceCents: 62000, monthlyRentCents: 3100 },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().item).toMatchObject({
        indicativePriceCents: 62000,
        monthlyRentCents: 3100,
        maintenanceFeeCents: 900,
      });
      expect(copied).toBe(59000);
      expect(
        await t.ctx.db.selectFrom('catalogue_items').selectAll().where('id', '!=', id).orderBy('id').execute(),
      ).toEqual(others);
      const incoherent = await t.as(admin, {
        method: 'PATCH',
        url: `/api/catalogue/${id}`,
        payload: { rentable: false },
      });
      expect(paths(incoherent)).toEqual(['maintenanceFeeCents', 'monthlyRentCents']);
      const bySales = await t.as(sales, { method: 'PATCH', url: `/api/catalogue/${id}`, payload: { name: 'x' } });
      expect(bySales.statusCode).toBe(403);
    });

    it('deactivates instead of deleting; the item stays readable', async () => {
      const id = ids['SRV-INSTALL-DAY']!;
      const off = await t.as(admin, { method: 'POST', url: `/api/catalogue/${id}/deactivate` });
      expect(off.statusCode).toBe(200);
      expect(off.json().item.active).toBe(false);
      expect((await t.as(sales, { method: 'GET', url: `/api/catalogue/${id}` })).json().item.active).toBe(false);
      const active = (await t.as(sales, { method: 'GET', url: '/api/catalogue?active=true' })).json();
      expect(active.items.map((i: { id: string }) => i.id)).not.toContain(id);
      const inactive = (await t.as(sales, { method: 'GET', url: '/api/catalogue?active=false' })).json();
      expect(inactive.items.map((i: { id: string }) => i.id)).toEqual([id]);
      const on = await t.as(admin, { method: 'POST', url: `/api/catalogue/${id}/reactivate` });
      expect(on.json().item.active).toBe(true);
      const unknown = await t.as(admin, { method: 'POST', url: '/api/catalogue/nope/deactivate' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('catalogue.item_not_found');
    });

    it('keeps the catalogue from client users', async () => {
      const client = await t.signIn('client');
      expect((await t.as(client, { method: 'GET', url: '/api/catalogue' })).statusCode).toBe(403);
      expect((await t.as(client, { method: 'GET', url: '/api/vat-rates' })).statusCode).toBe(403);
    });

    it('answers the VAT rates in force on a date (art. 9.2)', async () => {
      const today = (await t.as(sales, { method: 'GET', url: '/api/vat-rates?date=2026-03-02' })).json();
      expect(today.date).toBe('2026-03-02');
      expect(today.items.map((r: { ratePercent: string }) => r.ratePercent)).toEqual(['20', '10', '5.5', '2.1']);
      expect(today.items[0]).toEqual({
        country: 'FR',
        ratePercent: '20',
        label: 'Taux normal',
        effectiveFrom: '2014-01-01',
        effectiveTo: null,
      });
      expect((await t.as(sales, { method: 'GET', url: '/api/vat-rates?date=2013-12-31' })).json().items).toEqual([]);
      const bad = await t.as(sales, { method: 'GET', url: '/api/vat-rates?date=2026-02-30' });
      expect(bad.statusCode).toBe(400);
      expect(paths(bad)).toEqual(['querystring.date']);
    });

    it('follows a rate change: the rate of the order date applies, and the catalogue takes the new one', async () => {
      // A hypothetical reform: 20 % ends on 2026-12-31, 21 % from 2027-01-01.
      await t.ctx.db
        .updateTable('vat_rates')
        .set({ effective_to: '2026-12-31' })
        .where('rate_percent', '=', '20')
        .execute();
      await t.ctx.db
        .insertInto('vat_rates')
        .values({
          country: 'FR',
          rate_percent: '21',
          label: 'Taux normal',
          effective_from: '2027-01-01',
          effective_to: null,
        })
        .execute();
      expect((await vatRateInForce(t.ctx, '20', '2026-12-31'))?.effectiveTo).toBe('2026-12-31');
      expect(await vatRateInForce(t.ctx, '20', '2027-01-01')).toBeUndefined();
      expect((await vatRateInForce(t.ctx, '21.00', '2027-01-01'))?.ratePercent).toBe('21');
      const history = (await t.as(sales, { method: 'GET', url: '/api/vat-rates' })).json();
      expect(history.date).toBeNull();
      expect(history.items).toHaveLength(5);
      t.setNow('2027-01-04T09:00:00Z');
      // Sessions of 2026 have expired by then.
      const admin2027 = await t.signIn('admin');
      const create = (body: object) => t.as(admin2027, { method: 'POST', url: '/api/catalogue', payload: body });
      const old = await create({ ...firewall, sku: 'FG-60F', vatRatePercent: '20' });
      expect(old.statusCode).toBe(400);
      expect(paths(old)).toEqual(['vatRatePercent']);
      expect((await create({ ...firewall, sku: 'FG-60F', vatRatePercent: '21' })).statusCode).toBe(201);
    });
  });
}
