import { readFileSync } from 'node:fs';
import { RD_GROWTH, RD_PANEL, RD_SERIES, expect, numberInput, openDashboard, region, showData, tableRecords, test } from './fixtures';

test.describe('scenarios', () => {
  test('a saved scenario survives a reload with the same values', async ({ page }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('11');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill('Faster R&D');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue(/.+/);
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText('Faster R&D');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('11');
    await expect(page.locator('.scenario')).toHaveText('Scenario: Faster R&D');
  });

  test('an unsaved change to a preset survives a reload', async ({ page }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('9.5');
    await expect(page.locator('.scenario')).toHaveText('Scenario: Baseline (changed)');
    await expect(page.getByRole('status').filter({ hasText: 'kept in this browser' })).toBeVisible();
    await page.reload();
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('9.5');
  });

  test('a change in one tab appears in the other', async ({ page, context }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill('Shared');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' })).toBeVisible();

    const other = await context.newPage();
    await openDashboard(other);
    await expect(other.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText('Shared');

    await numberInput(page, RD_GROWTH).fill('12');
    await expect(numberInput(other, RD_GROWTH)).toHaveValue('12');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Shared, renamed');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(other.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText('Shared, renamed');
  });

  test('delete can be undone', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill('Short-lived');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option', { hasText: 'Short-lived' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option', { hasText: 'Short-lived' })).toHaveCount(1);
  });

  test('comparing two presets shows both in the R&D chart’s data and the lever differences', async ({ page }) => {
    await openDashboard(page);
    await page.getByText('Compare scenarios').click();
    await page.getByLabel('Self-reliance push').check();
    await page.getByLabel('Slowdown').check();
    const comparison = region(page, 'Comparison');
    const levers = comparison.getByRole('table', { name: 'Levers that differ' });
    await expect(levers.getByRole('row', { name: /R&D spending growth/ })).toContainText('10');
    await expect(levers.getByRole('row', { name: /R&D spending growth/ })).toContainText('5.5');
    const outcomes = comparison.getByRole('table', { name: /Outcomes at each goal’s deadline, with the probability met over 2000 paths/ });
    await expect(outcomes.getByRole('row', { name: /R&D intensity ≥ 2.8%/ })).toContainText(/P\(met\) \d+%/);
    const table = await showData(page, RD_PANEL);
    const rows = await tableRecords(table);
    // Both start from the preliminary 2025 GERD, 3,926.2 bn yuan.
    const slowdown2026 = rows.find((r) => r['series'] === `${RD_SERIES} — Slowdown` && r['year'] === '2026');
    const selfReliance2026 = rows.find((r) => r['series'] === `${RD_SERIES} — Self-reliance push` && r['year'] === '2026');
    expect(Number(slowdown2026?.['value'])).toBe(3926.2 * (1 + 5.5 / 100));
    expect(Number(selfReliance2026?.['value'])).toBe(3926.2 * (1 + 10 / 100));
  });

  test('undo and redo a lever change with the keyboard', async ({ page }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('13');
    await page.locator('body').click({ position: { x: 700, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('8');
    await page.keyboard.press('Control+Shift+z');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('13');
  });

  test('the comparison shows each scenario against the first and marks goals whose status differs', async ({ page }) => {
    await openDashboard(page);
    await page.getByText('Compare scenarios').click();
    await page.getByLabel('Baseline', { exact: true }).check();
    await page.getByLabel('Self-reliance push').check();
    const comparison = region(page, 'Comparison');
    await expect(comparison.getByRole('list', { name: 'Compared scenarios as drawn on the charts' }).getByRole('listitem')).toHaveText(['Baseline', 'Self-reliance push']);
    const levers = comparison.getByRole('table', { name: 'Levers that differ' });
    await expect(levers.getByRole('columnheader', { name: 'Δ vs Baseline' })).toBeVisible();
    // 10 − 8 %/yr: a difference of rates is in percentage points, with a sign.
    await expect(levers.getByRole('row', { name: /R&D spending growth/ }).getByRole('cell').last()).toHaveText('+2 pp/yr');
    const outcomes = comparison.getByRole('table', { name: /Outcomes at each goal’s deadline/ });
    await expect(outcomes).not.toContainText(/on track|off track/);
    const differing = outcomes.getByRole('row').filter({ hasText: 'status differs' });
    for (const row of await differing.all()) {
      const words = await row.locator('.status').allTextContents();
      expect(new Set(words).size, await row.textContent() ?? '').toBeGreaterThan(1);
    }
  });

  test('Export scenario writes the levers shown, without a preset’s notes; importing it keeps them', async ({ page }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('10');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario' }).click();
    const file = await pending;
    const text = readFileSync((await file.path())!, 'utf8');
    const exported = JSON.parse(text).scenarios[0];
    expect(exported.levers.rdGrowth).toBe(10);
    expect(exported.notes).toBe('');
    expect(exported.name).toBe('Baseline (changed)');
    await page.getByLabel('Import…', { exact: true }).setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported “Baseline (changed)”' })).toBeVisible();
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Baseline (changed)' });
    await expect(page.getByLabel('Notes')).toHaveValue('');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('10');
  });
});
