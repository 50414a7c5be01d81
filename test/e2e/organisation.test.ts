/**
 * In Chromium, the company settings ("Société"): an administrator changes the company's email,
 * phone and VAT-on-debits option in the page, a new version of the identity is recorded with its
 * evidence entry; a bad IBAN is named under its field and changes nothing. Other staff see the
 * page read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { samplePng } from '../../src/documents/layout/image-fixtures.ts';
import { type E2E, login, startE2E } from './harness.ts';

const ADMIN = { email: 'admin@alleo.example', password: 'demo-admin-2026' };
const ACCOUNTING = { email: 'compta@alleo.example', password: 'demo-compta-2026' };

describe('company settings in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  const stored = () =>
    e.app.ctx.db
      .selectFrom('organisations')
      .select(['email', 'phone', 'vat_on_debits', 'iban'])
      .executeTakeFirstOrThrow();
  const versions = async () =>
    (await e.app.ctx.db.selectFrom('organisation_versions').select('version').execute()).length;

  async function openPage(page: Page, who: { email: string; password: string }) {
    await login(page, e.baseUrl, who.email, who.password);
    await page.getByTestId('dashboard-welcome').waitFor();
    await page.getByTestId('nav-organisation').click();
    await page.getByTestId('organisation-form').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Société');
  }

  it('an administrator changes the email, the phone and the VAT-on-debits option; a bad IBAN is named under its field', async () => {
    const page = await e.newPage();
    await openPage(page, ADMIN);
    await expect.poll(() => page.getByTestId('organisation-form-name').inputValue()).toBe('ALLEO');
    await expect.poll(() => page.getByTestId('organisation-form-email').inputValue()).toBe('contact@alleo.example');
    expect(await page.getByTestId('organisation-form-vatOnDebits').isChecked()).toBe(false);
    expect(await page.getByTestId('organisation-version').getAttribute('data-version')).toBe('1');
    // Nothing changed yet: nothing to save.
    expect(await page.getByTestId('organisation-form-submit').isDisabled()).toBe(true);

    // A bad IBAN: the refusal is under the field, in French, and nothing is written.
    await page.getByTestId('organisation-form-email').fill('facturation@alleo.example');
    await page.getByTestId('organisation-form-iban').fill('FR76 3000 6000 0112 3456 7890 188');
    await page.getByTestId('organisation-form-submit').click();
    const ibanError = page.getByTestId('organisation-form-iban-error');
    await ibanError.waitFor();
    expect(await ibanError.textContent()).toBe('IBAN invalide : la clé de contrôle ne correspond pas');
    expect(await page.getByTestId('organisation-form-email-error').count()).toBe(0);
    expect(await stored()).toEqual({
      email: 'contact@alleo.example',
      phone: '+33 1 00 00 00 00',
      vat_on_debits: 0,
      iban: 'FR7630006000011234567890189',
    });
    expect(await versions()).toBe(1);

    // Corrected (the IBAN as it was), with the phone and the option.
    await page.getByTestId('organisation-form-iban').fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByTestId('organisation-form-phone').fill('+33 1 46 23 45 67');
    await page.getByTestId('organisation-form-vatOnDebits').check();
    expect(await page.getByTestId('organisation-form-vatOnDebits').isChecked()).toBe(true);
    await page.getByTestId('organisation-form-submit').click();
    const saved = page.getByTestId('organisation-saved');
    await saved.waitFor();
    expect(await saved.getAttribute('data-version')).toBe('2');
    expect(await page.getByTestId('organisation-form-iban-error').count()).toBe(0);
    expect(await page.getByTestId('organisation-form-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('organisation-version').getAttribute('data-version')).toBe('2');
    await expect
      .poll(() => page.getByTestId('organisation-form-iban').inputValue())
      .toBe('FR7630006000011234567890189');
    expect(await page.getByTestId('organisation-form-submit').isDisabled()).toBe(true);

    expect(await stored()).toEqual({
      email: 'facturation@alleo.example',
      phone: '+33 1 46 23 45 67',
      vat_on_debits: 1,
      iban: 'FR7630006000011234567890189',
    });
    expect(await versions()).toBe(2);
    const entry = await e.app.ctx.db
      .selectFrom('evidence_entries')
      .select(['decision_json'])
      .where('kind', '=', 'organisation.changed')
      .executeTakeFirstOrThrow();
    // The IBAN typed with spaces is the same IBAN: not a change.
    expect(JSON.parse(entry.decision_json!).changedFields).toEqual(['email', 'phone', 'vatOnDebits']);

    // After a reload, the page shows what is stored.
    await page.reload();
    await page.getByTestId('organisation-form').waitFor();
    await expect.poll(() => page.getByTestId('organisation-form-email').inputValue()).toBe('facturation@alleo.example');
    await expect.poll(() => page.getByTestId('organisation-form-phone').inputValue()).toBe('+33 1 46 23 45 67');
    expect(await page.getByTestId('organisation-form-vatOnDebits').isChecked()).toBe(true);
    await page.context().close();
  });

  it('accounting sees the company read-only', async () => {
    const page = await e.newPage();
    await openPage(page, ACCOUNTING);
    await page.getByTestId('organisation-read-only').waitFor();
    await expect.poll(() => page.getByTestId('organisation-form-email').inputValue()).toBe('facturation@alleo.example');
    expect(await page.getByTestId('organisation-form-email').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('organisation-form-submit').count()).toBe(0);
    expect(await page.getByTestId('organisation-form-vatOnDebits').isDisabled()).toBe(true);
    await page.context().close();
  });

  it('an administrator uploads the logo and sees its preview; a file that is not an image is refused under the field', async () => {
    const page = await e.newPage();
    await openPage(page, ADMIN);
    await page.getByTestId('organisation-logo-none').waitFor();
    // Named .png, but not an image: the type is read from the bytes.
    await page
      .getByTestId('organisation-logo-file')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
    await expect
      .poll(() => page.getByTestId('organisation-logo').textContent())
      .toContain('doit être une image PNG ou JPEG');
    expect(
      (await e.app.ctx.db.selectFrom('organisations').select('logo_sha256').executeTakeFirstOrThrow()).logo_sha256,
    ).toBeNull();

    const png = Buffer.from(samplePng(64, 32));
    await page
      .getByTestId('organisation-logo-file')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    const preview = page.getByTestId('organisation-logo-preview');
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
    await page.getByTestId('organisation-logo-saved').waitFor();
    const stored = await e.app.ctx.db.selectFrom('organisations').select('logo_sha256').executeTakeFirstOrThrow();
    expect(stored.logo_sha256).toMatch(/^[0-9a-f]{64}$/);

    await page.getByTestId('organisation-logo-remove').click();
    await page.getByTestId('organisation-logo-none').waitFor();
    expect(
      (await e.app.ctx.db.selectFrom('organisations').select('logo_sha256').executeTakeFirstOrThrow()).logo_sha256,
    ).toBeNull();
  });
});
