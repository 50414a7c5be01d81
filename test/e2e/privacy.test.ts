/**
 * In a real Chromium (issue #14): a client contact asks in the portal for access to their
 * personal data, the data protection officer answers it on the Privacy page, and the contact
 * downloads the export — what it holds about them, logged in the evidence chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDate } from '../../src/context.ts';
import { addDays } from '../../src/kernel/dates.ts';
import { type E2E, login, startE2E } from './harness.ts';

const CONTACT = { email: 'it@transports-morel.example', password: 'demo-client-2026' };

describe('personal data in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('a contact asks for access in the portal, staff answer, the contact downloads the export', async () => {
    const portal = await e.newPage();
    await login(portal, e.baseUrl, CONTACT.email, CONTACT.password);
    await portal.getByTestId('nav-my-privacy').click();
    await portal.getByTestId('my-privacy-details').fill('Quelles données détenez-vous sur moi ?');
    await portal.getByTestId('my-privacy-submit').click();
    await portal.getByTestId('my-privacy-sent').waitFor();
    const request = await e.app.ctx.db
      .selectFrom('data_subject_requests')
      .selectAll()
      .where('subject_email', '=', CONTACT.email)
      .executeTakeFirstOrThrow();
    expect(request).toMatchObject({ kind: 'access', channel: 'portal', status: 'open', identity_status: 'verified' });
    await expect.poll(() => portal.getByTestId(`my-request-status-${request.id}`).textContent()).toBe('Ouverte');

    const staff = await e.newPage();
    await login(staff, e.baseUrl, 'dpo@alleo.example', 'demo-dpo-2026!');
    await staff.getByTestId('nav-privacy').click();
    const row = staff.getByTestId('requests-table').getByTestId(`request-${request.id}`);
    await row
      .getByTestId(`request-answer-text-${request.id}`)
      .fill('Vos données sont téléchargeables dans votre espace client.');
    await row.getByTestId(`request-answer-${request.id}`).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('answered');
    await staff.context().close();

    await portal.reload();
    await expect.poll(() => portal.getByTestId(`my-request-status-${request.id}`).textContent()).toBe('Répondue');
    const link = portal.getByTestId(`my-request-download-${request.id}`);
    const href = (await link.getAttribute('href'))!;
    const exported = await portal.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, body: (await res.json()) as { email: string; accounts: Array<{ name: string }> } };
    }, href);
    expect(exported.status).toBe(200);
    expect(exported.body.email).toBe(CONTACT.email);
    expect(exported.body.accounts.map((a) => a.name)).toEqual(['Marc Morel']);
    const logged = await e.app.ctx.db
      .selectFrom('evidence_entries')
      .select(['kind', 'decision_json'])
      .where('kind', '=', 'personal-data.exported')
      .execute();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.decision_json).not.toContain(CONTACT.email);
    await portal.context().close();
  });

  it('staff record a rectification, correct the contact on screen, request an audit refused inside 12 months, and set retention on the retention tab', async () => {
    const staff = await e.newPage();
    await login(staff, e.baseUrl, 'dpo@alleo.example', 'demo-dpo-2026!');
    await staff.getByTestId('nav-privacy').click();
    await staff.getByTestId('request-new-email').fill(CONTACT.email);
    await staff.getByTestId('request-new-kind').click();
    await staff.getByRole('option', { name: 'Rectification' }).click();
    // Received 25 days ago: due within 7 days, so on the dashboard.
    await staff.getByTestId('request-new-received').fill(addDays(parisDate(e.app.ctx.now()), -25));
    await staff.getByTestId('request-new-submit').click();
    const rectification = () =>
      e.app.ctx.db
        .selectFrom('data_subject_requests')
        .selectAll()
        .where('kind', '=', 'rectification')
        .executeTakeFirst();
    await expect.poll(rectification).toBeTruthy();
    const request = (await rectification())!;
    await staff.goto(`${e.baseUrl}/`);
    await expect.poll(() => staff.getByTestId('dashboard-privacy-due').textContent()).toContain(CONTACT.email);
    await staff.getByTestId('nav-privacy').click();
    const row = staff.getByTestId('requests-table').getByTestId(`request-${request.id}`);
    await row.getByTestId(`request-verify-${request.id}`).click();
    await row.getByTestId(`request-verify-${request.id}`).waitFor({ state: 'detached' });
    await row.getByTestId(`request-rectify-title-${request.id}`).fill('Directeur informatique');
    await row.getByTestId(`request-answer-text-${request.id}`).fill('Votre fonction a été corrigée.');
    await row.getByTestId(`request-answer-${request.id}`).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('answered');
    const contact = await e.app.ctx.db
      .selectFrom('client_contacts')
      .selectAll()
      .where('email', '=', CONTACT.email)
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ name: 'Marc Morel', title: 'Directeur informatique' });

    await staff.getByTestId('privacy-tab-audits').click();
    await staff.getByTestId('audit-client').fill('transports morel');
    await staff.getByRole('option', { name: /Transports Morel SAS/ }).click();
    await staff.getByTestId('audit-auditor').fill('Cabinet Audit Conseil');
    await staff.getByTestId('audit-submit').click();
    await expect.poll(() => e.app.ctx.db.selectFrom('processor_audits').select('id').execute()).toHaveLength(1);
    // The form empties the auditor once the answer is in: typing before that would be wiped.
    await expect.poll(() => staff.getByTestId('audit-auditor').inputValue()).toBe('');
    // The same client, another auditor, inside 12 months: refused with the annex's clause.
    await staff.getByTestId('audit-auditor').fill('Autre cabinet');
    await staff.getByTestId('audit-submit').click();
    await staff.getByTestId('audit-error').waitFor();
    expect(await staff.getByTestId('audit-error').textContent()).toContain('au plus un audit par an');
    expect(await e.app.ctx.db.selectFrom('processor_audits').select('id').execute()).toHaveLength(1);

    // The retention tab: login failures kept 90 days; the end of one client's relationship entered with a reason.
    await staff.getByTestId('privacy-tab-retention').click();
    // The field shows the stored setting once loaded; typing before that would be overwritten.
    await expect.poll(() => staff.getByTestId('privacy-connection-log-days').inputValue()).not.toBe('');
    await staff.getByTestId('privacy-connection-log-days').fill('90');
    await staff.getByTestId('privacy-connection-log-save').click();
    await expect
      .poll(
        async () =>
          (await e.app.ctx.db.selectFrom('privacy_settings').selectAll().executeTakeFirst())
            ?.connection_log_retention_days,
      )
      .toBe(90);
    const morel = await e.app.ctx.db
      .selectFrom('clients')
      .select('id')
      .where('legal_name', '=', 'Transports Morel SAS')
      .executeTakeFirstOrThrow();
    await staff.getByTestId(`retention-ended-${morel.id}`).fill('2026-06-30');
    await staff.getByTestId(`retention-reason-${morel.id}`).fill('Résiliation confirmée par courrier');
    await staff.getByTestId(`retention-save-${morel.id}`).click();
    await expect
      .poll(async () =>
        e.app.ctx.db
          .selectFrom('clients')
          .select(['relationship_ended_on', 'relationship_end_reason'])
          .where('id', '=', morel.id)
          .executeTakeFirstOrThrow(),
      )
      .toEqual({ relationship_ended_on: '2026-06-30', relationship_end_reason: 'Résiliation confirmée par courrier' });
    await staff.context().close();
  });

  it('the processor forms on screen: a sub-processor added, a breach recorded and notified, data returned then destroyed', async () => {
    const staff = await e.newPage();
    await login(staff, e.baseUrl, 'dpo@alleo.example', 'demo-dpo-2026!');
    await staff.getByTestId('nav-privacy').click();
    const db = e.app.ctx.db;

    await staff.getByTestId('privacy-tab-register').click();
    await staff.getByTestId('sp-name').fill('OVHcloud');
    await staff.getByTestId('sp-country').fill('fr');
    await staff.getByTestId('sp-activity').fill('Hébergement des sauvegardes');
    await staff.getByTestId('sp-solutions').click();
    await staff.getByRole('option', { name: /FortiGate 40F/ }).click();
    await staff.keyboard.press('Escape');
    await staff.getByTestId('sp-submit').click();
    await expect
      .poll(async () =>
        (await db.selectFrom('sub_processors').select(['name', 'country']).execute()).map((r) => r.name),
      )
      .toContain('OVHcloud');

    await staff.getByTestId('privacy-tab-breaches').click();
    await staff.getByTestId('breach-discovered').fill('2026-03-01T10:00');
    await staff.getByTestId('breach-facts').fill('Sauvegarde exposée sur un stockage public');
    await staff.getByTestId('breach-consequences').fill('Lecture possible des fiches contacts');
    await staff.getByTestId('breach-dataCategories').fill('Identification');
    await staff.getByTestId('breach-subjects').fill('Salariés du client');
    await staff.getByTestId('breach-measures').fill('Accès fermé, clés changées');
    await staff.getByTestId('breach-client').fill('transports morel');
    await staff.getByRole('option', { name: /Transports Morel SAS/ }).click();
    await staff.getByTestId('breach-submit').click();
    const breach = async () => db.selectFrom('data_breaches').selectAll().executeTakeFirst();
    await expect.poll(breach).toBeTruthy();
    const b = (await breach())!;
    expect(JSON.parse(b.client_ids_json)).toHaveLength(1);
    await staff.getByTestId(`breach-notify-${b.id}`).click();
    await expect.poll(async () => (await breach())!.clients_notified_at).not.toBeNull();

    await staff.getByTestId('privacy-tab-audits').click();
    await staff.getByTestId('return-client').fill('transports morel');
    await staff.getByRole('option', { name: /Transports Morel SAS/ }).click();
    await staff.getByTestId('return-submit').click();
    const task = async () => db.selectFrom('data_return_tasks').selectAll().executeTakeFirst();
    await expect.poll(task).toBeTruthy();
    const id = (await task())!.id;
    await staff.getByTestId(`return-returned-${id}`).click();
    await staff.getByTestId(`return-destroyed-${id}`).click();
    await expect.poll(async () => (await task())!.status).toBe('destroyed');
    const certificate = await staff.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type') };
    }, `/api/privacy/return-tasks/${id}/certificate`);
    expect(certificate).toEqual({ status: 200, type: 'application/pdf' });
    await staff.context().close();
  });
});
