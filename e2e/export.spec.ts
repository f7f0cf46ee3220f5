import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { RD_GROWTH, RD_PANEL, expect, numberInput, openDashboard, region, showData, tableRecords, test } from './fixtures';

async function download(page: import('@playwright/test').Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

async function exportItem(page: import('@playwright/test').Page, item: string) {
  await region(page, RD_PANEL).getByRole('button', { name: `Export ${RD_PANEL}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.describe('export', () => {
  test.beforeEach(async ({ page }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('10');
  });

  test('PNG at twice the chart’s size', async ({ page }) => {
    const chart = region(page, RD_PANEL).getByRole('img');
    const box = (await chart.boundingBox())!;
    const { name, data } = await download(page, () => exportItem(page, 'Download PNG'));
    expect(name).toMatch(/^rd-baseline-changed-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = data.readUInt32BE(16);
    const height = data.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(Math.floor(box.width) * 2);
    expect(height).toBeGreaterThanOrEqual(Math.floor(box.height) * 2);
  });

  test('SVG is vector with the title and provenance as text', async ({ page }) => {
    const { name, data } = await download(page, () => exportItem(page, 'Download SVG'));
    expect(name).toMatch(/\.svg$/);
    const svg = data.toString('utf8');
    // Parsed in a blank page: the app's Trusted Types policy rightly refuses DOMParser a plain string.
    const scratch = await page.context().newPage();
    const texts = await scratch.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, svg);
    await scratch.close();
    expect(texts).not.toBeNull();
    expect(texts).toContain(RD_PANEL);
    expect(texts!.join(' ')).toContain('Baseline (changed)');
    expect(texts!.join(' ')).toMatch(/Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4}/);
    expect(svg).not.toContain('<image');
  });

  test('CSV parses and its values equal the data table', async ({ page }) => {
    const table = await tableRecords(await showData(page, RD_PANEL));
    const { data } = await download(page, () => exportItem(page, 'Download CSV'));
    const text = data.toString('utf8');
    expect(text).toContain('# Assumptions changed from the defaults: R&D spending growth (nominal): 10 %/yr');
    expect(text).toMatch(/# Link: http:\/\/127\.0\.0\.1:\d+\/\?v=2&rdGrowth=10/);
    // The pack and its date, whichever pack ships: "# Data as of April 2026 (Shipped data)".
    expect(text).toMatch(/^# Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4} \(.+\)\r?$/m);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r['series'], r['year'], r['value'], r['kind']])).toEqual(
      table.map((r) => [r['series'], r['year'], r['value'], r['kind']]),
    );
  });

  test('one CSV for the whole dashboard', async ({ page }) => {
    const { name, data } = await download(page, () => page.getByRole('button', { name: 'Export all data (CSV)' }).click());
    expect(name).toMatch(/^dashboard-/);
    const parsed = Papa.parse<Record<string, string>>(data.toString('utf8'), { header: true, comments: '#', skipEmptyLines: true });
    expect(new Set(parsed.data.map((r) => r['panel'])).size).toBe(8);
    expect(parsed.meta.fields).toEqual([
      'panel', 'series', 'year', 'value', 'kind', 'p10', 'p50', 'p90', 'source',
      'vintage', 'released', 'earlier',
    ]);
  });
});

test('printing shows one panel per page with its sources and no controls', async ({ page }) => {
  await openDashboard(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('slider', { name: RD_GROWTH, exact: true })).toBeHidden();
  const panel = region(page, RD_PANEL);
  await expect(panel.getByText(/^Sources: NBS.*\. Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4} \(.+\)\.$/)).toBeVisible();
  expect(await panel.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(9);
});
