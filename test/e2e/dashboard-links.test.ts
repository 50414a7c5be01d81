/**
 * Each work figure of the dashboard opens, in Chromium, the list it counted (issue 17): as the
 * administrator, on the demo data plus rows that count and rows that must not (the seeding of
 * test/integration/dashboard-links.test.ts), the page shows as many rows as the figure, the
 * counted rows and none of the others; the filter is visible, in the URL, kept by a reload; axe
 * finds nothing serious or critical.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDashboardRows } from '../helpers/dashboard-seed.ts';
import { axePage, axeViolations } from './axe.ts';
import { type E2E, login, startE2E } from './harness.ts';

describe('dashboard figures open their lists in Chromium', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    page = await axePage(e.browser);
    await login(page, e.baseUrl, 'admin@alleo.example', 'demo-admin-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // The server's today (the dashboard's `asOf`), not the machine's: the seeded dates hang on it.
    const dashboard = await page.request.get(`${e.baseUrl}/api/dashboard`);
    expect(dashboard.status()).toBe(200);
    const today = ((await dashboard.json()) as { asOf: string }).asOf;
    const db = e.app.ctx.db;
    const admin = await db
      .selectFrom('users')
      .select(['id', 'org_id'])
      .where('email', '=', 'admin@alleo.example')
      .executeTakeFirstOrThrow();
    const client = await db
      .selectFrom('clients')
      .select('id')
      .where('org_id', '=', admin.org_id)
      .executeTakeFirstOrThrow();
    await seedDashboardRows(e.app.ctx, { orgId: admin.org_id, userId: admin.id, today, dunnedClientId: client.id });
  });
  afterAll(() => e?.close());

  /** Clicks a work figure on the dashboard; returns the figure, once the list's URL is open. */
  async function openFigure(key: string, url: RegExp): Promise<number> {
    await page.goto(`${e.baseUrl}/`);
    const value = page.getByTestId(`dashboard-${key}-value`);
    await value.waitFor();
    const figure = Number((await value.innerText()).replace(/\s/g, ''));
    expect(Number.isInteger(figure), key).toBe(true);
    await page.getByTestId(`dashboard-${key}`).click();
    await page.waitForURL(url);
    return figure;
  }

  /** The list shows exactly `figure` rows, the counted ones present, the others absent. */
  async function expectRows(rows: string, figure: number, counted: string[], notCounted: string[]) {
    await expect.poll(() => page.locator(rows).count()).toBe(figure);
    for (const id of counted) expect(await page.getByTestId(id).count(), id).toBe(1);
    for (const id of notCounted) expect(await page.getByTestId(id).count(), id).toBe(0);
  }

  /** Checks the list and axe, reloads: the URL still carries the filter and the list is the same. */
  async function checkAndReload(check: () => Promise<void>, filter: Record<string, string>) {
    await check();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    const params = new URL(page.url()).searchParams;
    for (const [key, value] of Object.entries(filter)) expect(params.get(key), key).toBe(value);
    await check();
  }

  /** The checked option of a Mantine segmented control. */
  const segment = (testId: string) => page.getByTestId(testId).locator('input:checked').inputValue();

  it('failed e-mails: the outbox on failed', async () => {
    const figure = await openFigure('failed-mails', /\/outbox\?status=failed$/);
    const check = async () => {
      await page.getByTestId('outbox-table').waitFor();
      await expectRows(
        '[data-testid^="outbox-row-"]',
        figure,
        ['outbox-row-mail-0', 'outbox-row-mail-1'],
        ['outbox-row-mail-2'],
      );
      await expect.poll(() => segment('outbox-filter')).toBe('failed');
      // What one does with a failed e-mail is on screen, not clipped off the right of the table.
      const row = page.getByTestId('outbox-row-mail-0');
      const [retry, cancel, paper] = await Promise.all([
        row.getByTestId('outbox-retry').boundingBox(),
        row.getByTestId('outbox-cancel').boundingBox(),
        page
          .getByTestId('outbox-table')
          .locator('xpath=ancestor::div[contains(@class, "mantine-Paper-root")][1]')
          .boundingBox(),
      ]);
      for (const button of [retry!, cancel!])
        expect(button.x + button.width).toBeLessThanOrEqual(paper!.x + paper!.width);
    };
    await checkAndReload(check, { status: 'failed' });
  });

  it('deliveries to make: the contracts with nothing delivered', async () => {
    const figure = await openFigure('deliveries', /\/deliveries\?view=to-do$/);
    const check = async () => {
      await page.getByTestId('progress-table').waitFor();
      await expectRows(
        '[data-testid^="progress-row-"]',
        figure,
        ['progress-row-C-BULK-0000005', 'progress-row-C-BULK-0000006', 'progress-row-C-BULK-0000007'],
        ['progress-row-C-BULK-0000008', 'progress-row-C-BULK-0000000'],
      );
      await expect.poll(() => segment('deliveries-filter')).toBe('to-do');
    };
    await checkAndReload(check, { view: 'to-do' });
  });

  it('interventions to confirm: scheduled, confirmation pending, from today on', async () => {
    const figure = await openFigure('interventions', /\/interventions\?status=scheduled&confirmation=pending&from=/);
    const check = async () => {
      await page.getByTestId('interventions-filtered-table').waitFor();
      await expectRows(
        '[data-testid^="intervention-filtered-"]',
        figure,
        ['intervention-filtered-iv-today', 'intervention-filtered-iv-later'],
        ['intervention-filtered-iv-past', 'intervention-filtered-iv-sure', 'intervention-filtered-iv-off'],
      );
      // The filter is said in words, not only carried by the URL, with its way out.
      await expect
        .poll(() => page.getByTestId('interventions-filtered-filters').innerText())
        .toMatch(/Planifiée\s+À confirmer\s+à partir du \d{2}\/\d{2}\/\d{4}/);
      await page.getByTestId('interventions-filtered-clear').waitFor();
    };
    await checkAndReload(check, { status: 'scheduled', confirmation: 'pending' });
  });

  it('insurance missing: the active rentals without a valid certificate', async () => {
    const figure = await openFigure('insurance', /\/rentals\?insurance=missing$/);
    const check = async () => {
      await page.getByTestId('rentals-insurance-table').waitFor();
      await expectRows(
        '[data-testid^="rental-missing-"]',
        figure,
        ['rental-missing-C-BULK-0000000', 'rental-missing-C-BULK-0000001', 'rental-missing-C-BULK-0000003'],
        ['rental-missing-C-BULK-0000002', 'rental-missing-C-BULK-0000004'],
      );
      await page.getByTestId('rentals-insurance-clear').waitFor();
    };
    await checkAndReload(check, { insurance: 'missing' });
  });

  it('data requests due: open, due within 7 days or late, and only those', async () => {
    const figure = await openFigure('data-requests', /\/privacy\?dueSoon=true$/);
    const check = async () => {
      await page.getByTestId('requests-due-table').waitFor();
      await expectRows(
        '[data-testid="requests-due-table"] > tbody > tr',
        figure,
        ['request-dr-7', 'request-dr-ext', 'request-dr-late'],
        ['request-dr-8', 'request-dr-beyond', 'request-dr-done'],
      );
      // Only the due ones: the list of every request is not drawn, a button shows it.
      expect(await page.getByTestId('requests-table').count()).toBe(0);
      await page.getByTestId('requests-show-all').waitFor();
    };
    await checkAndReload(check, { dueSoon: 'true' });
  });

  it('dunning steps due: the overdue invoices with a step due', async () => {
    const figure = await openFigure('dunning', /\/dunning\?stepDue=true$/);
    const check = async () => {
      await page.getByTestId('dunning-table').waitFor();
      await expectRows(
        '[data-testid="dunning-table"] > tbody > tr',
        figure,
        ['dunning-row-D-1', 'dunning-row-D-2'],
        ['dunning-row-D-3', 'dunning-row-D-4', 'dunning-row-D-5'],
      );
      expect(await page.getByTestId('dunning-step-due').isChecked()).toBe(true);
    };
    await checkAndReload(check, { stepDue: 'true' });
  });
});
