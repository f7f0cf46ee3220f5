import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of ['/', '/briefing', '/sources', '/model']) {
      test(`${path} has no serious or critical axe violation`, async ({ page }) => {
        if (path === '/') await openDashboard(page);
        else await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('briefing mode while presenting a step has no serious or critical axe violation', async ({ page }) => {
      await page.goto('/briefing?v=1&rdGrowth=10');
      await page.getByRole('button', { name: 'Step through the changed levers' }).click();
      await page.getByRole('button', { name: 'Present full screen' }).click();
      await expect(page.locator('.stage .step')).toContainText('Step 0 of 1');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
