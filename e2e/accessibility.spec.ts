import AxeBuilder from '@axe-core/playwright';
import { expect, openDashboard, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of ['/', '/sources', '/model']) {
      test(`${path} has no serious or critical axe violation`, async ({ page }) => {
        if (path === '/') await openDashboard(page);
        else await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}
