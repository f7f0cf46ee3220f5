import {
  CHART_PANELS,
  GOALS_PANEL,
  GOAL_STATUS_TEXT,
  LEVERS,
  RD_2024,
  RD_2025,
  RD_PANEL,
  RD_SERIES,
  dataTable,
  expect,
  expectTableValue,
  numberInput,
  openDashboard,
  projectedRd,
  region,
  resetButton,
  showData,
  slider,
  tableRecord,
  tableRecords,
  test,
} from './fixtures';

const GOALS = [
  'R&D spending grows >7%/yr on average 2020–2025',
  'Basic research ≥ 8% of R&D by 2025',
  'R&D intensity ≥ 2.8% of GDP by 2030',
  'Core AI industry ≥ 400 bn yuan by 2025',
  'Core AI industry ≥ 1,000 bn yuan by 2030',
  'Robot density doubles from 2020 (246) to ≥ 492 by 2025',
  'China releases at least as many notable models as the US in 2030',
  'China ≥ 50% of world LLMs by 2030',
];

test.describe('dashboard', () => {
  test.beforeEach(async ({ page }) => {
    await openDashboard(page);
  });

  test('loads with the toolbar, every panel and a summary on every chart', async ({ page }) => {
    await expect(page.getByText('China high-tech goals', { exact: true }).first()).toBeVisible();
    // On the first screen, beside the scenario: which data the numbers come from.
    const asOf = page.getByText(/^Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4}$/);
    await expect(asOf).toBeInViewport();
    await expect(region(page, RD_PANEL).getByText(/Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4} \(.+\)\.$/)).toBeVisible();
    for (const title of CHART_PANELS) {
      const panel = region(page, title);
      await expect(panel).toBeVisible();
      const chart = panel.getByRole('img');
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAttribute('aria-label', /\S/);
      await expect(panel.getByRole('button', { name: 'View data', exact: true })).toHaveAttribute('aria-expanded', 'false');
      await expect(dataTable(page, title)).toHaveCount(0);
    }
    await expect(region(page, GOALS_PANEL)).toBeVisible();
  });

  test('has every lever with its slider, number input and reset button at its default', async ({ page }) => {
    for (const lever of LEVERS) {
      await expect(slider(page, lever.label)).toHaveValue(String(lever.default));
      await expect(slider(page, lever.label)).toHaveAttribute('min', String(lever.min));
      await expect(slider(page, lever.label)).toHaveAttribute('max', String(lever.max));
      await expect(slider(page, lever.label)).toHaveAttribute('step', String(lever.step));
      await expect(numberInput(page, lever.label)).toHaveValue(String(lever.default));
      await expect(resetButton(page, lever.label)).toHaveCount(1);
    }
    await expect(page.getByRole('slider')).toHaveCount(LEVERS.length);
    await expect(page.getByRole('button', { name: 'Reset all levers', exact: true })).toHaveCount(1);
  });

  test('lists every goal, one row each, with a status', async ({ page }) => {
    const goals = region(page, GOALS_PANEL);
    for (const goal of GOALS) {
      const row = goals.getByRole('row').filter({ hasText: goal });
      await expect(row).toHaveCount(1);
      await expect(row.getByText(GOAL_STATUS_TEXT)).toHaveCount(1);
    }
  });

  test('"View data" shows and hides the unrounded numbers behind each chart', async ({ page }) => {
    for (const title of CHART_PANELS) {
      const toggle = region(page, title).getByRole('button', { name: 'View data', exact: true });
      const table = await showData(page, title);
      await expect(region(page, title).getByRole('table', { name: title, exact: true })).toBeVisible();
      // The contract's columns, in this order (analytics columns such as P10/P50/P90 may follow).
      const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
      expect(headers.slice(0, 5), `${title}: columns`).toEqual(['Series', 'Year', 'Value', 'Kind', 'Source']);
      const records = await tableRecords(table);
      expect(records.length, `${title}: data rows`).toBeGreaterThan(0);
      for (const record of records) {
        expect(['observed', 'projected'], `${title}: kind`).toContain(record['kind']);
        expect(Number.isFinite(parseFloat(record['value'])), `${title}: value "${record['value']}"`).toBe(true);
        expect(record['source'], `${title}: source`).not.toBe('');
      }
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(dataTable(page, title)).toHaveCount(0);
    }
  });

  test('R&D table: 2024 and 2025 observed, 2026 projected at the default growth, unrounded', async ({ page }) => {
    const table = await showData(page, RD_PANEL);
    await expectTableValue(table, RD_SERIES, 2024, RD_2024);
    await expectTableValue(table, RD_SERIES, 2025, RD_2025);
    // Unrounded: the cell is the JS float as computed, String(3926.2 * (1 + 8 / 100)) (= "4240.296").
    await expectTableValue(table, RD_SERIES, 2026, RD_2025 * 1.08);
    expect(await tableRecord(table, RD_SERIES, 2024)).toMatchObject({ value: '3632.68', kind: 'observed' });
    expect(await tableRecord(table, RD_SERIES, 2025)).toMatchObject({ value: '3926.2', kind: 'observed' });
    expect(await tableRecord(table, RD_SERIES, 2026)).toMatchObject({
      value: String(projectedRd(8, 2026)),
      kind: 'projected',
    });
    // 3,926.2 × 1.08⁵ (MODEL.md: R[t] = R[t−1] × (1 + rdGrowth) from the last observation).
    await expectTableValue(table, RD_SERIES, 2030, 3926.2 * 1.08 ** 5, 1e-12);
  });

  test('claims are numbered footnotes under their charts, naming the article, never rotated labels', async ({ page }) => {
    const footnotes = region(page, RD_PANEL).getByRole('list', { name: `The article’s claims on ${RD_PANEL}` });
    await expect(footnotes.getByRole('listitem')).toHaveText([
      /^1\. China "investing handsomely in R&D" — the article .+: supported by GERD 3,632\.68 bn yuan/,
    ]);
    await expect(page.getByText('Article’s claim')).toHaveCount(0);
  });

  test('the LLM panel switches between log and linear, and one pointer reads both plots', async ({ page }) => {
    const panel = region(page, 'Large language models released');
    const log = panel.getByRole('button', { name: 'Log scale', exact: true });
    await expect(log).toHaveAttribute('aria-pressed', 'true');
    await log.click();
    await expect(log).toHaveAttribute('aria-pressed', 'false');
    await expect(region(page, RD_PANEL).getByRole('button', { name: 'Log scale' })).toHaveCount(0);
    // Hover the lower plot (China's share) near its right end: the tooltip lists the counts above too.
    const chart = panel.getByRole('img');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const tooltip = panel.locator('div').filter({ hasText: /^20\d\dChina’s share of world LLMs/ }).last();
    // ECharts shows the tooltip on a move it sees: nudge the pointer until it does.
    let nudge = 0;
    await expect(async () => {
      nudge = (nudge + 1) % 20;
      await page.mouse.move(box.x + box.width * 0.82 + nudge, box.y + box.height * 0.85);
      await expect(tooltip).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 10_000 });
    await expect(tooltip).toContainText('China’s share of world LLMs');
    await expect(tooltip).toContainText('LLMs released, China (cumulative)');
  });
});
