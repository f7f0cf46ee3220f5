import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHART_PANELS, RD_GROWTH, RD_PANEL, expect, numberInput, region, test } from './fixtures';

const GLANCE = 'Goals at a glance';
const ROUTES = ['/', '/briefing', '/sources', '/model'] as const;
const PHONE = { width: 390, height: 844 };

/** Opens a route and waits for its content; on the dashboard, scrolls once through so every deferred chart draws. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  if (path !== '/') return;
  await expect(region(page, GLANCE)).toBeVisible();
  for (const title of CHART_PANELS) await region(page, title).scrollIntoViewIfNeeded();
  await expect(page.locator('app-panel-frame [_echarts_instance_]')).toHaveCount(
    CHART_PANELS.length,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('the answer first', () => {
  test('at 1440×900 the goals at a glance sit above the first chart, on the first screen', async ({
    page,
  }) => {
    await page.goto('/');
    const glance = (await region(page, GLANCE).boundingBox())!;
    const chart = (await region(page, CHART_PANELS[0]).boundingBox())!;
    expect(glance.y).toBeLessThan(chart.y);
    expect(glance.y + 120).toBeLessThan(900);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('move an assumption on the left')).toBeVisible();
  });

  test('at 390×844 the goals at a glance are the first region of the main content', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const regions = page.getByRole('main').getByRole('region');
    await expect(regions.first()).toHaveAccessibleName(GLANCE);
    expect((await region(page, GLANCE).boundingBox())!.y).toBeLessThan(PHONE.height);
    // The orientation names the button that opens the levers on a phone.
    await expect(page.getByText('open Assumptions and move one')).toBeVisible();
  });

  test('a card’s chart link focuses its panel, and Analyse opens the analysis on that goal', async ({
    page,
  }) => {
    await page.goto('/');
    const glance = region(page, GLANCE);
    await glance
      .getByRole('link', { name: `Chart: ${RD_PANEL}` })
      .first()
      .click();
    await expect(region(page, RD_PANEL)).toBeFocused();
    await expect(region(page, RD_PANEL)).toBeInViewport();

    const goal = 'China ≥ 50% of world LLMs by 2030';
    await glance.getByRole('button', { name: `Analyse ${goal}` }).click();
    const picker = page.getByLabel('Analyse goal');
    await expect(picker).toBeFocused();
    await expect(picker.locator('option:checked')).toHaveText(goal);
  });

  test('each card says its goal’s status word and, once simulated, P(met) with the paths', async ({
    page,
  }) => {
    await page.goto('/');
    const card = region(page, GLANCE)
      .getByRole('listitem')
      .filter({ hasText: 'R&D intensity ≥ 2.8% of GDP by 2030' });
    await expect(card.locator('.word')).toHaveText(/^(likely|about as likely as not|unlikely)$/);
    await expect(card).toContainText(/P\(met\) (\d{1,3}|>99|<1)% · 2,000 paths/);
    await expect(card).toContainText(/2030, projected: [\d.,]+ against ≥ 2\.8% of GDP/);
  });
});

test.describe('any screen size', () => {
  for (const width of [320, 390, 1440]) {
    for (const path of ROUTES) {
      test(`${path} has no horizontal scroll at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, path);
        const { scroll, inner } = await pageWidth(page);
        expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(inner);
      });
    }
  }

  for (const width of [320, 390]) {
    test(`every page and the theme button are in reach at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Pages' });
      for (const control of [
        nav.getByRole('link', { name: 'Briefing' }),
        nav.getByRole('link', { name: 'Sources' }),
        nav.getByRole('link', { name: 'Model' }),
        page.getByRole('button', { name: /^(Dark|Light) theme$/ }),
      ]) {
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      await nav.getByRole('link', { name: 'Sources' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    });
  }

  for (const path of ROUTES) {
    test(`${path} has no serious or critical axe violation at 390 px`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await open(page, path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('the levers’ drawer has no serious or critical axe violation', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, '/');
    await page.getByRole('button', { name: 'Assumptions', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Assumptions' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('the levers’ drawer on a phone', () => {
  test.use({ viewport: PHONE });

  test('opens and closes by keyboard, keeps focus inside, and gives it back', async ({ page }) => {
    await page.goto('/');
    const intensity = region(page, GLANCE)
      .getByRole('listitem')
      .filter({ hasText: 'R&D intensity ≥ 2.8% of GDP by 2030' })
      .locator('.deadline');
    const before = await intensity.textContent();
    const opener = page.getByRole('button', { name: 'Assumptions', exact: true });
    const drawer = page.getByRole('dialog', { name: 'Assumptions' });
    const close = drawer.getByRole('button', { name: 'Close assumptions' });
    await expect(drawer).toBeHidden();

    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(drawer).toBeVisible();
    await expect(close).toBeFocused();
    // Shift+Tab from the first control goes round to the last one, not out to the page.
    await page.keyboard.press('Shift+Tab');
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();

    await numberInput(page, RD_GROWTH).fill('10');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(opener).toBeFocused();
    // The change applies at once: the cards behind follow.
    await expect(intensity).not.toHaveText(before!);

    await page.keyboard.press('Enter');
    await expect(close).toBeFocused();
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('10');
    await page.keyboard.press('Enter');
    await expect(drawer).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('as a column, stays below the toolbar where the toolbar wraps', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto('/');
    await expect(region(page, GLANCE)).toBeVisible();
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    const header = (await page.getByRole('banner').boundingBox())!;
    const levers = (await region(page, 'Assumptions').boundingBox())!;
    expect(levers.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  });

  test('is the normal left column on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Assumptions', exact: true })).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const levers = (await region(page, 'Assumptions').boundingBox())!;
    const glance = (await region(page, GLANCE).boundingBox())!;
    expect(levers.x + levers.width).toBeLessThanOrEqual(glance.x);
  });
});
