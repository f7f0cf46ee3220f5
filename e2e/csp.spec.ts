/**
 * The production build under its Content-Security-Policy (e2e/serve.mjs): the header is there and
 * strict, and the main flows run without a single violation (Trusted Types included) or console
 * error: load, a lever, the simulation's bands (worker), a tooltip, save, compare, every page, the
 * per-panel PNG/SVG/CSV exports, the dashboard CSV, scenario export and import.
 */
import { readFileSync } from 'node:fs';
import { test as plain, type Page } from '@playwright/test';
import { GOALS_PANEL, RD_GROWTH, RD_PANEL, cspViolations, expect, numberInput, openDashboard, recordCspViolations, region, test } from './fixtures';

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const pending = page.waitForEvent('download');
  await click();
  return readFileSync((await (await pending).path())!);
}

test.describe('content security policy', () => {
  // Without the console-error fixture: the sink probe below is meant to be refused, and says so.
  plain('the app and its pages are served with a strict policy and Trusted Types', async ({ page }) => {
    const response = await page.goto('/');
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toMatch(/trusted-types [^;]*\bsvg-export\b/);
    expect(csp).not.toContain('angular#unsafe-bypass');
    const sources = await page.request.get('/sources');
    expect(sources.headers()['content-security-policy']).toBe(csp);
    // Trusted Types are enforced: a string into an HTML sink throws, the empty string aside.
    const sink = await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML = '';
      try {
        div.innerHTML = '<b>x</b>';
        return 'assigned';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
  });

  test('the main flows run with zero violations', async ({ page }) => {
    test.setTimeout(60_000);
    await recordCspViolations(page);
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('10');
    await expect(
      region(page, GOALS_PANEL).getByRole('status').filter({ hasText: /Probabilities from [\d,]+ Monte Carlo paths/ }),
    ).toBeVisible();

    // A tooltip (ECharts' HTML tooltip, built from DOM nodes).
    const chart = region(page, RD_PANEL).getByRole('img');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6);
    await expect(region(page, RD_PANEL).locator('i', { hasText: /^\((projected|observed)\)$/ }).first()).toBeVisible();

    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill('Under CSP');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' })).toBeVisible();

    await page.getByText('Compare scenarios').click();
    await page.getByLabel('Self-reliance push').check();
    await expect(region(page, 'Comparison')).toBeVisible();

    for (const item of ['Download PNG', 'Download SVG', 'Download CSV']) {
      const data = await download(page, async () => {
        await region(page, RD_PANEL).getByRole('button', { name: `Export ${RD_PANEL}` }).click();
        await page.getByRole('menuitem', { name: item }).click();
      });
      expect(data.length, item).toBeGreaterThan(100);
    }
    expect((await download(page, () => page.getByRole('button', { name: 'Export all data (CSV)' }).click())).length).toBeGreaterThan(1000);

    const file = await download(page, () => page.getByRole('button', { name: 'Export scenario' }).click());
    await page.getByLabel('Import…', { exact: true }).setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: file });
    await expect(page.getByRole('status').filter({ hasText: 'Imported “Under CSP (2)”' })).toBeVisible();

    for (const [link, heading] of [['Sources', /sources/i], ['Model', /model/i]] as const) {
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    }
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(region(page, RD_PANEL)).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });
});
