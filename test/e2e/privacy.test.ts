/**
 * In a real Chromium (issue #14): a client contact asks in the portal for access to their
 * personal data, the data protection officer answers it on the Privacy page, and the contact
 * downloads the export — what it holds about them, logged in the evidence chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
