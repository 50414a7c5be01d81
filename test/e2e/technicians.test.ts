/**
 * In Chromium, the technicians screen (issue #11, art. 6.9): order administration adds a named
 * resource, gives it a week inside ALLEO's hours (a day starting before them is refused naming the
 * day), takes it off the planning, and makes then revokes its iCalendar address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, startE2E } from './harness.ts';
import { json } from './page-api.ts';

const ADV = { email: 'adv@alleo.example', password: 'demo-adv-2026!' };
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the technicians screen in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('adds a named resource, sets its hours inside ALLEO’s, makes and revokes its calendar address, deactivates it', async () => {
    const page = await e.newPage();
    await login(page, e.baseUrl, ADV.email, ADV.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-interventions').click();
    await page.getByTestId('interventions-technicians').click();
    await page.getByTestId('technicians-table').waitFor();
    await page.getByTestId('technician-name').fill('Équipe Câblage');
    await page.getByTestId('technician-add-resource').click();
    await page.getByText('Équipe Câblage').waitFor();
    const techs = await json(page.request, `${e.baseUrl}/api/technicians`);
    const id = techs.items.find((x: { name: string }) => x.name === 'Équipe Câblage').id as string;
    expect(clean(await page.getByTestId(`technician-hours-${id}`).textContent())).toBe('Heures ouvrables ALLEO');

    // Monday 08:00–12:00 starts before ALLEO's hours: refused, naming the day's field.
    await page.getByTestId(`technician-edit-${id}`).click();
    await page.getByTestId('hours-name').waitFor();
    for (const wd of [3, 4, 5]) await page.getByTestId(`hours-on-${wd}`).uncheck();
    await page.getByTestId('hours-start-1').fill('08:00');
    await page.getByTestId('hours-end-1').fill('12:00');
    await page.getByTestId('hours-save').click();
    await page.getByTestId('hours-error').waitFor();
    expect(clean(await page.getByTestId('hours-error').textContent())).toContain('heures ouvrables ALLEO');
    await page.getByTestId('hours-start-1').fill('09:00');
    await page.getByTestId('hours-save').click();
    await page.getByTestId('hours-modal').waitFor({ state: 'hidden' });
    await expect
      .poll(async () => clean(await page.getByTestId(`technician-hours-${id}`).textContent()))
      .toBe('Lundi 09:00–12:00 · Mardi 09:00–18:00');
    const after = await json(page.request, `${e.baseUrl}/api/technicians`);
    expect(after.items.find((x: { id: string }) => x.id === id).hours).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 2, start: '09:00', end: '18:00' },
    ]);

    await page.getByTestId(`technician-feed-${id}`).click();
    await page.getByTestId('feed-create').click();
    const url = clean(await page.getByTestId('feed-url').textContent());
    expect(url).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    expect((await page.request.get(url)).status()).toBe(200);
    await page.getByTestId('feed-revoke').click();
    await page.getByTestId('feed-revoked').waitFor();
    expect((await page.request.get(url)).status()).toBe(404);
    await page.keyboard.press('Escape');
    await page.getByTestId('feed-revoked').waitFor({ state: 'hidden' });
    await page.getByTestId(`technician-toggle-${id}`).click();
    await expect
      .poll(
        async () =>
          (await json(page.request, `${e.baseUrl}/api/technicians`)).items.find((x: { id: string }) => x.id === id)
            .active,
      )
      .toBe(false);

    await page.context().close();
  });
});
