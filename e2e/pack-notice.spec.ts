import { RD_GROWTH, expect, numberInput, test } from './fixtures';

/** The notice under the scenario manager (always in the page, empty when there is nothing to say). */
const packNotice = (page: import('@playwright/test').Page) =>
  page.locator('app-pack-notice').getByRole('status');

test.describe('a scenario made with another data pack', () => {
  test('a link to a pack this browser lacks opens with its values and says so', async ({
    page,
  }) => {
    await page.goto('/?v=2&pack=pack-2026-05-abc&rdGrowth=9');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('9');
    const notice = packNotice(page);
    await expect(notice).toContainText(
      'This scenario was made with “pack-2026-05-abc” (data as of May 2026); the numbers shown use “Shipped data”',
    );
    await expect(notice).toContainText(
      'That data pack is not in this browser: import it with “Import data…” to see the scenario’s own numbers.',
    );
    await expect(notice.getByRole('button')).toHaveCount(0);
    // The link names a pack id, which is not among the changes the link notice reports.
    await expect(page.getByRole('status').filter({ hasText: 'not a pack id' })).toHaveCount(0);
  });

  test('fits a 390 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?v=2&pack=pack-2026-05-abc&rdGrowth=9');
    // On a phone the notice is with the levers, in the drawer the Assumptions button opens.
    await page.getByRole('button', { name: 'Assumptions', exact: true }).click();
    const notice = packNotice(page);
    await expect(notice).toContainText('That data pack is not in this browser');
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Its text wraps within it.
    expect(await notice.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  });

  test('a link without a pack (on the shipped one) shows no notice', async ({ page }) => {
    await page.goto('/?v=2&rdGrowth=9');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('9');
    await expect(packNotice(page)).toHaveText('');
    await expect(page.getByText('This scenario was made with')).toHaveCount(0);
  });

  test('a link whose pack is no pack id says so and opens on the shipped pack', async ({
    page,
  }) => {
    await page.goto('/?v=2&pack=a%20b&rdGrowth=9');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('9');
    await expect(
      page.getByRole('status').filter({ hasText: 'The link was opened with these changes' }),
    ).toContainText('The link’s data pack “a b” is not a pack id');
    await expect(packNotice(page)).toHaveText('');
  });
});
