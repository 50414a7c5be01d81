/** axe-core in Chromium: the serious and critical violations of a page as it is now. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** A page whose context lets axe-core be injected despite the app's CSP (the app itself is unchanged). */
export async function axePage(browser: Browser, width = 1280, height = 860): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width, height },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Injected once per document: a single-page app visited by client-side navigation keeps it.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe;
    return axe.run({ resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => (n as { html: string }).html.slice(0, 160)))}`,
    );
}
