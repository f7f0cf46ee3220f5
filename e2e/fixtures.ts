/**
 * Shared helpers for the end-to-end specs. Everything here queries the page the way assistive
 * technology sees it (README, "Code layout": the accessibility contract): roles and accessible names.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

/** The levers as the /model page lists them, by label (the slider's accessible name). */
export const LEVERS = [
  {
    id: 'rdGrowth',
    label: 'R&D spending growth (nominal)',
    default: 8,
    min: 0,
    max: 15,
    step: 0.1,
  },
  { id: 'gdpGrowth', label: 'Nominal GDP growth', default: 4.5, min: 0, max: 10, step: 0.1 },
  {
    id: 'basicShareGain',
    label: 'Basic-research share gain',
    default: 0.15,
    min: -0.5,
    max: 1,
    step: 0.05,
  },
  {
    id: 'exportControls',
    label: 'Export-control severity',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
  },
  {
    id: 'computeWorkaround',
    label: 'Compute workaround (cloud, grey imports)',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
  },
  {
    id: 'domesticChipGain',
    label: 'Domestic accelerator substitution gain',
    default: 6,
    min: 0,
    max: 20,
    step: 0.5,
  },
  {
    id: 'aiProgramsPerYear',
    label: 'Universities adding an AI major per year',
    default: 30,
    min: 0,
    max: 200,
    step: 1,
  },
  {
    id: 'graduatesPerProgram',
    label: 'AI graduates per program per year',
    default: 60,
    min: 20,
    max: 150,
    step: 5,
  },
  {
    id: 'aiIndustryGrowth',
    label: 'Core AI industry underlying growth',
    default: 20,
    min: 0,
    max: 50,
    step: 0.5,
  },
  {
    id: 'modelGrowthCN',
    label: 'Notable AI model releases growth, China',
    default: 20,
    min: 0,
    max: 80,
    step: 1,
  },
  {
    id: 'modelGrowthUS',
    label: 'Notable AI model releases growth, US',
    default: 10,
    min: -30,
    max: 80,
    step: 1,
  },
  {
    id: 'llmGrowthCN',
    label: 'LLMs released growth, China',
    default: 40,
    min: 0,
    max: 150,
    step: 1,
  },
  {
    id: 'llmGrowthRW',
    label: 'LLMs released growth, rest of world',
    default: 35,
    min: 0,
    max: 150,
    step: 1,
  },
  {
    id: 'priceWarExit',
    label: 'LLMs withdrawn per year, China (price war)',
    default: 0.05,
    min: 0,
    max: 0.5,
    step: 0.01,
  },
  {
    id: 'robotGrowth',
    label: 'Industrial robot installations growth, China',
    default: 7,
    min: -15,
    max: 25,
    step: 0.5,
  },
] as const;

export const RD_GROWTH = 'R&D spending growth (nominal)';

/** Chart panels, by title (the region's and the data table caption's name). */
export const CHART_PANELS = [
  'R&D spending and intensity',
  'Basic research share of R&D',
  'Talent: AI majors, graduates and program churn',
  'Core AI industry against the 2017 plan',
  'Notable AI models per year, China and US',
  'Large language models released',
  'Industrial robots: installations and density',
  'Compute access under export controls',
] as const;
export const GOALS_PANEL = 'Goals';
export const RD_PANEL = 'R&D spending and intensity';
export const RD_SERIES = 'R&D spending (GERD)';

/** R&D spending 2024, bn yuan, NBS communiqué (final). */
export const RD_2024 = 3632.68;
/** Last observed R&D spending (2025, bn yuan, NBS preliminary, 19 Jan 2026): projections start here. */
export const RD_2025 = 3926.2;

/** The status words (src/app/model/status-word.ts); "simulating…" stands in while P(met) is computed. */
export const GOAL_STATUSES = ['met', 'missed', 'likely', 'about as likely as not', 'unlikely', 'beyond horizon'] as const;
export const GOAL_STATUS_TEXT = new RegExp(`^\\s*(${[...GOAL_STATUSES, 'simulating…'].join('|')})\\s*$`);

/** R&D spending in `year` projected from 2025 at `growthPercent`, multiplied year by year as the model does. */
export function projectedRd(growthPercent: number, year: number): number {
  let value = RD_2025;
  for (let t = 2026; t <= year; t++) value = value * (1 + growthPercent / 100);
  return value;
}

export function expectClose(actual: number, expected: number, relTol = 1e-12): void {
  expect(Number.isFinite(actual), `expected a number, got ${actual}`).toBe(true);
  const rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(rel, `${actual} vs ${expected} (relative error ${rel})`).toBeLessThanOrEqual(relTol);
}

// ---------------------------------------------------------------------------------------------
// Locators
// ---------------------------------------------------------------------------------------------

export const slider = (page: Page, label: string): Locator =>
  page.getByRole('slider', { name: label, exact: true });
export const numberInput = (page: Page, label: string): Locator =>
  page.getByRole('spinbutton', { name: `${label} value`, exact: true });
export const resetButton = (page: Page, label: string): Locator =>
  page.getByRole('button', { name: `Reset ${label}`, exact: true });
export const region = (page: Page, title: string): Locator =>
  page.getByRole('region', { name: title, exact: true });
export const dataTable = (page: Page, title: string): Locator =>
  page.getByRole('table', { name: title, exact: true });
export const themeButton = (page: Page): Locator =>
  page.getByRole('button', { name: /^(Dark|Light) theme$/ });

/** The row of a goal in the goals panel. */
export function goalRow(page: Page, goal: string): Locator {
  return region(page, GOALS_PANEL).getByRole('row').filter({ hasText: goal });
}

/** The status text shown in a goal's row. */
export function goalStatus(page: Page, goal: string): Locator {
  return goalRow(page, goal).getByText(GOAL_STATUS_TEXT);
}

/** Opens the dashboard and waits until every panel and the levers are there. */
export async function openDashboard(page: Page): Promise<void> {
  await page.goto('/');
  for (const title of [...CHART_PANELS, GOALS_PANEL]) {
    await expect(region(page, title)).toBeVisible();
  }
  await expect(slider(page, RD_GROWTH)).toBeVisible();
}

/** Shows a panel's data table with its "View data" toggle (if it is not shown yet) and returns the table. */
export async function showData(page: Page, title: string): Promise<Locator> {
  const toggle = region(page, title).getByRole('button', { name: 'View data', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const table = dataTable(page, title);
  await expect(table).toBeVisible();
  return table;
}

/** A data table's body rows as records keyed by lower-cased column header ("series", "year", ...). */
export async function tableRecords(table: Locator): Promise<Record<string, string>[]> {
  return table.evaluate((el) => {
    const t = el as HTMLTableElement;
    const headerRow = t.tHead?.rows[0] ?? t.rows[0];
    const head = Array.from(headerRow.cells).map((c) => c.textContent?.trim().toLowerCase() ?? '');
    const body = t.tBodies.length
      ? Array.from(t.tBodies).flatMap((b) => Array.from(b.rows))
      : Array.from(t.rows).slice(1);
    return body.map((r) =>
      Object.fromEntries(
        Array.from(r.cells).map((c, i) => [head[i] ?? String(i), c.textContent?.trim() ?? '']),
      ),
    );
  });
}

/** The one record for `series` and `year` in a data table. */
export async function tableRecord(
  table: Locator,
  series: string,
  year: number,
): Promise<Record<string, string>> {
  const rows = (await tableRecords(table)).filter(
    (r) => r['series'] === series && r['year'] === String(year),
  );
  expect(rows, `one "${series}" row for ${year}`).toHaveLength(1);
  return rows[0];
}

/** The Value cell of the row for `series` and `year` in a data table, parsed as a float. */
export async function tableValue(table: Locator, series: string, year: number): Promise<number> {
  const record = await tableRecord(table, series, year);
  return parseFloat((record['value'] ?? '').replace(/[,\s]/g, ''));
}

/** Polls the table until the value for `series`/`year` is within `relTol` of `expected`. */
export async function expectTableValue(
  table: Locator,
  series: string,
  year: number,
  expected: number,
  relTol = 1e-12,
): Promise<void> {
  await expect
    .poll(async () => {
      const actual = await tableValue(table, series, year);
      return Math.abs(actual - expected) / Math.abs(expected) <= relTol ? 'close' : `${actual}`;
    })
    .toBe('close');
  expectClose(await tableValue(table, series, year), expected, relTol);
}

// ---------------------------------------------------------------------------------------------
// Fixture: every test fails on a console error or an uncaught page error.
// ---------------------------------------------------------------------------------------------

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('requestfailed', (request) => {
        // Navigations that are cancelled by the test itself are not failures of the app.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
          errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`);
        }
      });
      await use(errors);
      expect(errors, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Every securitypolicyviolation event, recorded from before the app's first script. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      ),
    );
  });
}

/** The violations recorded so far (see recordCspViolations). */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/**
 * Holds the page's clock a moment from now. The moment is read from the page, and the clock runs on
 * while the test asks for the hold: on a loaded machine 50 ms can already have passed, which
 * Playwright refuses ("Cannot fast-forward to the past"), so the margin grows until one is ahead.
 */
export async function holdClockSoon(page: Page): Promise<void> {
  for (let margin = 50; ; margin *= 4) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.context().clock.pauseAt(now + margin);
      return;
    } catch (error) {
      if (margin >= 3200 || !String(error).includes('to the past')) throw error;
    }
  }
}

export { expect };
