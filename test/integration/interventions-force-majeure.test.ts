/**
 * Force majeure pushes the intervention dates and their confirmation deadline (art. 16.1, 6.9),
 * through the API on both engines: a client prevented by a five-day event from confirming keeps
 * five more days, both when it confirms and for the sweep that marks dates no longer guaranteed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionConfirmationStep } from '../../src/modules/interventions/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { namedTechnician, seedServices, serviceContract, setCorrespondent } from '../helpers/interventions.ts';

/** Wednesday 15 April 2026: to be confirmed by 31 March without force majeure. */
const D = '2026-04-15';

for (const dialect of DIALECTS) {
  describe(`interventions and force majeure [${dialect}]`, () => {
    let t: TestApi;
    let adv: Session;
    let client: Session;
    let clientId: string;
    const ids: string[] = [];

    const at = async (iso: string) => {
      t.setNow(iso);
      adv = await t.signIn('order-admin');
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientId = await t.createClient('Imprimerie Dubreuil SARL');
      await at('2026-03-02T09:00:00Z');
      const [admin, sales] = await Promise.all([t.signIn('admin'), t.signIn('sales')]);
      client = await t.signIn('client', { clientId });
      const cat = await seedServices(t, admin);
      const lines = await serviceContract(t, { sales, client, adv }, clientId, cat);
      await setCorrespondent(t, adv, clientId);
      const tech = await namedTechnician(t, adv, 'Sous-traitant Câblage');
      for (const [start, end] of [
        ['09:00', '10:00'],
        ['10:00', '11:00'],
      ]) {
        const res = await t.as(adv, {
          method: 'POST',
          url: '/api/interventions',
          payload: {
            mode: 'on-site',
            contractLineId: lines.installationLine,
            technicianIds: [tech],
            date: D,
            start,
            end,
          },
        });
        expect(res.statusCode, res.body).toBe(201);
        ids.push(res.json().intervention.id);
      }
      // A five-day strike at the client, 20–24 March, after the dates were proposed.
      const fm = await t.as(adv, {
        method: 'POST',
        url: '/api/force-majeure-events',
        payload: {
          type: 'strike',
          description: 'Grève du personnel du site',
          invokedBy: 'client',
          startDate: '2026-03-20',
          endDate: '2026-03-24',
          contractIds: [lines.contractId],
        },
      });
      expect(fm.statusCode, fm.body).toBe(201);
    });
    afterAll(() => t.cleanup());

    it('the API gives the pushed confirm-by date, on the detail and in the client portal list', async () => {
      await at('2026-03-25T10:00:00Z');
      const detail = await t.as(adv, { method: 'GET', url: `/api/interventions/${ids[1]}` });
      expect(detail.statusCode, detail.body).toBe(200);
      expect(detail.json().intervention).toMatchObject({ date: D, confirmBy: '2026-04-05', confirmByPushedDays: 5 });
      client = await t.signIn('client', { clientId });
      const list = await t.as(client, { method: 'GET', url: '/api/interventions' });
      expect(list.statusCode, list.body).toBe(200);
      const mine = list.json().items as { id: string; confirmBy: string; confirmByPushedDays: number }[];
      expect(mine.filter((i) => ids.includes(i.id)).map((i) => [i.confirmBy, i.confirmByPushedDays])).toEqual([
        ['2026-04-05', 5],
        ['2026-04-05', 5],
      ]);
    });

    it('a confirmation 12 days before is guaranteed: the deadline moved from 31 March to 5 April', async () => {
      await at('2026-04-03T10:00:00Z');
      client = await t.signIn('client', { clientId });
      const res = await t.as(client, { method: 'POST', url: `/api/interventions/${ids[0]}/confirm`, payload: {} });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().decision).toMatchObject({
        rule: 'intervention.confirmation',
        outcome: 'guaranteed',
        confirmBy: '2026-04-05',
        citation: { article: '6.9' },
      });
      expect(res.json().intervention.confirmation).toBe('guaranteed');
    });

    it('the sweep leaves the unconfirmed date guaranteed until 5 April and marks it on 6 April', async () => {
      const april5 = await runSweep(t.ctx, t.handle, { asOf: '2026-04-05', steps: [interventionConfirmationStep] });
      expect(april5.steps[0]).toMatchObject({ step: 'intervention.confirmation', status: 'ran' });
      const read = async () =>
        (await t.as(adv, { method: 'GET', url: `/api/interventions/${ids[1]}` })).json().intervention.confirmation;
      expect(await read()).toBe('pending');
      await runSweep(t.ctx, t.handle, { asOf: '2026-04-06', steps: [interventionConfirmationStep] });
      expect(await read()).toBe('not-guaranteed');
    });
  });
}
