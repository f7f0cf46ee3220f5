/**
 * Where the focus lands after each action that closes or removes the control that had it (issue
 * 15): a keyboard user must never be thrown back to the top of the page. Each check asks for the
 * focused element by role and name, and that it is visible.
 */
import type { Locator, Page } from '@playwright/test';
import {
  CHART_PANELS,
  GOALS_PANEL,
  RD_GROWTH,
  expect,
  numberInput,
  openDashboard,
  region,
  test,
} from './fixtures';

/** Asserts that `target` has the focus and can be seen. */
async function expectFocused(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  await expect(target).toBeVisible();
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

test.describe('focus after dialog actions', () => {
  test('scenario: save and cancel return to the button that opened the name field', async ({
    page,
  }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('10');
    const saveAsNew = page.getByRole('button', { name: 'Save as new' });
    await saveAsNew.click();
    await expectFocused(page.getByLabel('Name for the new scenario'));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectFocused(saveAsNew);

    await saveAsNew.click();
    await page.getByLabel('Name for the new scenario').fill('Focus test');
    await page.keyboard.press('Enter');
    await expect(page.locator('.scenario')).toHaveText('Scenario: Focus test');
    await expectFocused(saveAsNew);

    const rename = page.getByRole('button', { name: 'Rename' });
    await rename.click();
    await page.getByLabel('New name').fill('Focus test, renamed');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expectFocused(rename);
  });

  test('scenario: delete moves to Undo delete, and undo to the scenario list', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill('Short-lived');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expectFocused(page.getByRole('button', { name: 'Undo delete' }));
    await page.keyboard.press('Enter');
    const list = page.getByLabel('Scenario', { exact: true });
    await expect(list.locator('option', { hasText: 'Short-lived' })).toHaveCount(1);
    await expectFocused(list);
  });

  test('goals: the editor takes the focus; save, cancel, delete and hide leave it on the table', async ({
    page,
  }) => {
    await openDashboard(page);
    const goals = region(page, GOALS_PANEL);
    const add = goals.getByRole('button', { name: 'Add a goal' });
    await add.click();
    await expectFocused(goals.getByLabel('Name', { exact: true }));
    await goals.getByRole('button', { name: 'Cancel' }).click();
    await expectFocused(add);

    await add.click();
    await goals.getByLabel('Name', { exact: true }).fill('Mine, first');
    await goals.getByRole('button', { name: 'Save goal' }).click();
    await expectFocused(goals.getByRole('button', { name: 'Edit goal: Mine, first' }));

    await add.click();
    await goals.getByLabel('Name', { exact: true }).fill('Mine, second');
    await goals.getByRole('button', { name: 'Save goal' }).click();
    await expectFocused(goals.getByRole('button', { name: 'Edit goal: Mine, second' }));

    // Delete: the row that takes the deleted one's place, the same action; the last one: Add a goal.
    await goals.getByRole('button', { name: 'Delete goal: Mine, first' }).click();
    await expectFocused(goals.getByRole('button', { name: 'Delete goal: Mine, second' }));
    await page.keyboard.press('Enter');
    await expectFocused(add);

    // Hide: the next official goal's Hide, so Enter again hides that one too.
    const rows = await goals.getByRole('button', { name: /^Hide goal: / }).all();
    const names = await Promise.all(rows.map((r) => r.getAttribute('aria-label')));
    await goals.getByRole('button', { name: names[0]!, exact: true }).click();
    await expectFocused(goals.getByRole('button', { name: names[1]!, exact: true }));
    // The last official goal: nothing below it to hide, so Show hidden goals.
    await goals.getByRole('button', { name: names.at(-1)!, exact: true }).click();
    const showHidden = goals.getByRole('button', { name: 'Show 2 hidden goals' });
    await expectFocused(showHidden);
    await showHidden.click();
    await expectFocused(add);
  });

  test('goals: Analyse opens the analysis on that goal and puts the focus on it', async ({
    page,
  }) => {
    await openDashboard(page);
    const goals = region(page, GOALS_PANEL);
    const name = 'Core AI industry ≥ 1,000 bn yuan by 2030';
    await goals.getByRole('button', { name: `Analyse ${name}` }).click();
    const pick = goals.getByLabel('Analyse goal');
    await expectFocused(pick);
    await expect(pick.locator('option:checked')).toHaveText(name);
    await expect(goals.getByRole('img', { name: `For ${name},` })).toBeVisible();
  });

  test('briefing: a moved slide keeps the focus on the same button', async ({ page }) => {
    await page.goto('/briefing');
    const move = (n: number, title: string, way: 'up' | 'down') =>
      page.getByRole('button', { name: `Move slide ${n}, ${title}, ${way}` });
    await move(1, CHART_PANELS[0], 'down').click();
    await expectFocused(move(2, CHART_PANELS[0], 'down'));
    await page.keyboard.press('Enter');
    await expectFocused(move(3, CHART_PANELS[0], 'down'));
    await move(3, CHART_PANELS[0], 'up').click();
    await expectFocused(move(2, CHART_PANELS[0], 'up'));
    // At the top, Up is disabled: the focus goes to the slide's Down button instead.
    await page.keyboard.press('Enter');
    await expectFocused(move(1, CHART_PANELS[0], 'down'));
    await page.getByRole('button', { name: `Remove slide 1, ${CHART_PANELS[0]}` }).click();
    expect(await focusedName(page)).toBe(`Remove slide 1, ${CHART_PANELS[1]}`);
  });

  test('compare: the link beside the picker takes the focus to the comparison', async ({
    page,
  }) => {
    await openDashboard(page);
    await page.getByText('Compare scenarios').click();
    await page.getByLabel('Self-reliance push').check();
    await page.getByLabel('Slowdown').check();
    await page.getByRole('button', { name: 'Go to the comparison of 2 scenarios' }).click();
    const heading = region(page, 'Comparison').getByRole('heading', { name: 'Comparison' });
    await expectFocused(heading);
    await expect(heading).toBeInViewport();
  });
});
