/**
 * Script injection: classic payloads as a scenario name, notes, a custom goal's name and the fields
 * of an imported file. They must show as text in the page, in the compare overlay's tooltip, in the
 * SVG export and in the CSV exports (no cell a spreadsheet would run as a formula), and no script
 * may run: window.__xss stays undefined and no dialog opens. The app is served under its CSP, so
 * this also shows the payloads are harmless without relying on it: the DOM holds no element the
 * payload made.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { SCENARIO_FILE_V2 } from '../src/app/scenarios/file/fixtures/scenario-v2';
import { GOALS_PANEL, RD_PANEL, expect, goalRow, openDashboard, region, test } from './fixtures';

const IMG = '<img src=x onerror=window.__xss=1>';
const SVG = '"><svg onload=window.__xss=1>';
const JS_LINK = 'javascript:window.__xss=1';
const FORMULA = '=HYPERLINK("http://evil.example","x")';

/** The saved scenario's name: markup, a separator, then a formula (≤ 120 characters). */
const SAVED_NAME = `${IMG},${FORMULA}`;
const NOTES = `${JS_LINK} <a href="${JS_LINK}">open</a> ${SVG}`;
const GOAL_NAME = `${IMG} goal`;
/** The imported scenario: every text field of the file is a payload. */
const IMPORTED_NAME = `${SVG}@SUM(1)`;

function hostileFile(): string {
  const doc = JSON.parse(SCENARIO_FILE_V2);
  const [scenario] = doc.scenarios;
  scenario.name = IMPORTED_NAME;
  scenario.notes = NOTES;
  scenario.customGoals[0].name = `${SVG} imported goal`;
  scenario.customGoals[0].short = IMG;
  scenario.customGoals[1].name = `-${JS_LINK}`;
  return JSON.stringify(doc);
}

async function armTraps(page: Page, dialogs: string[]): Promise<void> {
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A payload that ran would set window.__xss (checked at the end) or open a dialog.
  await page.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window);
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        (window as unknown as { __xss: unknown }).__xss = `${name} called`;
        return (original as (...a: unknown[]) => unknown)(...args);
      };
    }
  });
}

/** Elements or attributes a payload could have created anywhere in the document. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
        if (/^\s*javascript:/i.test(value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr)) found.push(`${el.tagName} ${attr}=${value}`);
      }
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('IMG src=x');
    }
    return found;
  });

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  return readFileSync((await (await pending).path())!, 'utf8');
}

/** Cells of a CSV as a spreadsheet in any locale would split them: at commas, semicolons or tabs. */
function formulaCells(text: string): string[] {
  const risky: string[] = [];
  for (const line of text.split('\r\n').filter((l) => l.startsWith('#'))) {
    for (const piece of line.split(/[,;\t]/)) if (/^\s*[=+\-@]/.test(piece)) risky.push(piece);
  }
  const parsed = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true });
  for (const row of parsed.data) {
    for (const cell of row) {
      if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell)) risky.push(cell);
    }
  }
  return risky;
}

test('payloads in names, notes, goals and imported files stay text everywhere, and nothing runs', async ({ page }) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  await armTraps(page, dialogs);
  await openDashboard(page);

  // A saved scenario named with markup and a formula, with notes holding links and markup.
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Name for the new scenario').fill(SAVED_NAME);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' })).toBeVisible();
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.fill(NOTES);
  await notes.blur();

  // A custom goal named with markup.
  const goals = region(page, GOALS_PANEL);
  await goals.getByRole('button', { name: 'Add a goal' }).click();
  await goals.getByLabel('Name', { exact: true }).fill(GOAL_NAME);
  await goals.getByLabel('Indicator', { exact: true }).selectOption('robotDensity');
  await goals.getByLabel('Threshold (per 10k workers)').fill('800');
  await goals.getByLabel('Deadline').fill('2030');
  await goals.getByRole('button', { name: 'Save goal' }).click();
  await expect(goalRow(page, GOAL_NAME)).toHaveCount(1);

  // An imported file whose every text field is a payload.
  await page.getByLabel('Import…', { exact: true }).setInputFiles({ name: `${IMG}.json`, mimeType: 'application/json', buffer: Buffer.from(hostileFile()) });
  await expect(page.getByRole('status').filter({ hasText: `Imported “${IMPORTED_NAME}”` })).toBeVisible();

  // Shown as text: in the scenario list, the header, the goal list.
  const select = page.getByLabel('Scenario', { exact: true });
  await expect(select.locator('optgroup[label="Saved"] option')).toHaveText([IMPORTED_NAME, SAVED_NAME].sort((a, b) => a.localeCompare(b)));
  await expect(page.locator('.scenario')).toContainText(SAVED_NAME);
  await expect(notes).toHaveValue(NOTES);

  // The compare overlay: both hostile scenarios on the charts, in the legend and the tooltip.
  await page.getByText('Compare scenarios').click();
  await page.getByRole('checkbox', { name: SAVED_NAME }).check();
  await page.getByRole('checkbox', { name: IMPORTED_NAME }).check();
  const comparison = region(page, 'Comparison');
  await expect(comparison).toContainText(SAVED_NAME);
  await expect(comparison).toContainText(IMPORTED_NAME);
  const chart = region(page, RD_PANEL).getByRole('img');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const tooltip = region(page, RD_PANEL).locator('div').filter({ hasText: `scenario “${SAVED_NAME}”` }).last();
  for (const x of [0.9, 0.8, 0.7]) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.6);
    if (await tooltip.isVisible()) break;
  }
  await expect(tooltip).toBeVisible();
  await expect(region(page, RD_PANEL).locator('div').filter({ hasText: `scenario “${IMPORTED_NAME}”` }).last()).toBeVisible();

  // SVG export: the legend's names as escaped text.
  const svg = await download(page, async () => {
    await region(page, RD_PANEL).getByRole('button', { name: `Export ${RD_PANEL}` }).click();
    await page.getByRole('menuitem', { name: 'Download SVG' }).click();
  });
  expect(svg).toContain('&lt;img src=x onerror=window.__xss=1&gt;');
  expect(svg).not.toMatch(/<img/i);
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
  // No event-handler attribute on any tag (the payload's "onerror=" stays in escaped text).
  expect(svg).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);

  // CSV exports: the names are there, and no cell starts a formula in any locale's split.
  const panelCsv = await download(page, async () => {
    await region(page, RD_PANEL).getByRole('button', { name: `Export ${RD_PANEL}` }).click();
    await page.getByRole('menuitem', { name: 'Download CSV' }).click();
  });
  expect(panelCsv).toContain(IMG);
  expect(formulaCells(panelCsv)).toEqual([]);
  const allCsv = await download(page, () => page.getByRole('button', { name: 'Export all data (CSV)' }).click());
  const rows = Papa.parse<Record<string, string>>(allCsv, { header: true, comments: '#', skipEmptyLines: true }).data;
  expect(rows.some((r) => r['series'].endsWith(`— ${IMPORTED_NAME}`))).toBe(true);
  expect(formulaCells(allCsv)).toEqual([]);

  // The imported scenario opened: its notes and goals as text too.
  await select.selectOption({ label: IMPORTED_NAME });
  await expect(notes).toHaveValue(NOTES);
  await expect(goalRow(page, `${SVG} imported goal`)).toHaveCount(1);
  await expect(goalRow(page, `-${JS_LINK}`)).toHaveCount(1);

  // Reloaded from storage, still text.
  await page.goto('/');
  await expect(select.locator('optgroup[label="Saved"] option')).toHaveCount(2);

  expect(await injected(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('the source has no Angular sanitizer bypass and no raw HTML sinks', async () => {
  const { execSync } = await import('node:child_process');
  const grep = (pattern: string) => {
    try {
      return execSync(`grep -rnE ${JSON.stringify(pattern)} src --include=*.ts --include=*.html`, { encoding: 'utf8' }).trim().split('\n');
    } catch {
      return [];
    }
  };
  expect(grep('bypassSecurityTrust')).toEqual([]);
  // innerHTML / outerHTML / insertAdjacentHTML / document.write: none in app code or templates.
  expect(grep('\\.(innerHTML|outerHTML)\\s*=|insertAdjacentHTML|document\\.write|\\[innerHTML\\]').filter((l) => !l.includes('.spec.ts'))).toEqual([]);
});

test.describe('hostile share links', () => {
  const cases: [string, RegExp[], Record<string, string>][] = [
    ['/?v=1&rdGrowth=%E0%A4%A&gdpGrowth=5', [/not valid percent-encoding/, /“%E0%A4%A” is not a number/], { 'Nominal GDP growth': '5' }],
    ['/?hasOwnProperty&rdGrowth=10&toString=1', [/Ignored what the dashboard does not know: “hasOwnProperty”, “toString”/], { 'R&D spending growth (nominal)': '10' }],
    ['/?__proto__[polluted]=1&constructor=x&rdGrowth=-0', [/Ignored what the dashboard does not know/], { 'R&D spending growth (nominal)': '0' }],
    ['/?v=0&rdGrowth=0.0000001', [/version “0” does not exist/], {}],
  ];
  for (const [url, notices, values] of cases) {
    test(`${url} opens with a notice and levers in range`, async ({ page }) => {
      await page.goto(url);
      const shown = page.getByRole('status').filter({ hasText: 'The link was opened with these changes' });
      for (const notice of notices) await expect(shown).toContainText(notice);
      for (const [label, value] of Object.entries(values)) {
        await expect(page.getByRole('spinbutton', { name: `${label} value`, exact: true })).toHaveValue(value);
      }
      expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
    });
  }
});
