import { RD_GROWTH, RD_PANEL, expect, numberInput, openDashboard, showData, tableRecords, test } from './fixtures';

test.describe('share link', () => {
  test('the address holds the changed levers and opening it elsewhere reproduces the tables exactly', async ({ page, browser }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('10');
    await numberInput(page, 'Export-control severity').fill('0.9');
    await expect(page).toHaveURL(/\?v=2&rdGrowth=10&exportControls=0.9$/);
    const before = await tableRecords(await showData(page, RD_PANEL));

    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const other = await fresh.newPage();
    await other.goto(page.url());
    await expect(numberInput(other, RD_GROWTH)).toHaveValue('10');
    const after = await tableRecords(await showData(other, RD_PANEL));
    const strip = (rows: Record<string, string>[]) => rows.map(({ series, year, value, kind, source }) => ({ series, year, value, kind, source }));
    expect(strip(after)).toEqual(strip(before));
    await fresh.close();
  });

  test('a tampered link loads clamped values and says what was changed', async ({ page }) => {
    await page.goto('/?rdGrowth=999&foo=1&exportControls=abc');
    const notices = page.getByRole('status').filter({ hasText: 'The link was opened with these changes' });
    await expect(notices).toContainText('R&D spending growth (nominal): 999 is above the maximum; 15 used.');
    await expect(notices).toContainText('Export-control severity: “abc” is not a number; default 0.6 kept.');
    await expect(notices).toContainText('“foo”');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('15');
    await expect(numberInput(page, 'Export-control severity')).toHaveValue('0.6');
    await expect(page).toHaveURL(/\?v=2&rdGrowth=15$/);
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
  });
});
