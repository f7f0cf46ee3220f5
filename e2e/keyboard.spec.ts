import { RD_GROWTH, RD_PANEL, RD_SERIES, dataTable, expect, numberInput, openDashboard, projectedRd, slider, tableValue, test } from './fixtures';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: import('@playwright/test').Page, matches: (el: Element) => boolean, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((fn) => new Function('el', `return (${fn})(el)`)(document.activeElement), matches.toString())) return;
  }
  throw new Error('focus never reached the element');
}

test('keyboard only: move a lever, open a data table, save a scenario, export a CSV', async ({ page }) => {
  await openDashboard(page);
  await page.locator('body').focus();

  await tabTo(page, (el) => el.getAttribute('aria-label') === 'R&D spending growth (nominal)');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('8.2');
  await expect(slider(page, RD_GROWTH)).toBeFocused();

  await tabTo(page, (el) => el.textContent?.trim() === 'View data' && !!el.closest('section')?.textContent?.includes('R&D spending and intensity'));
  await page.keyboard.press('Enter');
  expect(await tableValue(dataTable(page, RD_PANEL), RD_SERIES, 2030)).toBeCloseTo(projectedRd(8.2, 2030), 6);

  await tabTo(page, (el) => el.textContent?.trim() === 'Save as new');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name for the new scenario')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Keyboard scenario');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText('Keyboard scenario');

  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Export R&D spending and intensity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Download CSV' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^rd-keyboard-scenario-.*\.csv$/);
});
