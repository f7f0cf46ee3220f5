import {
  GOALS_PANEL,
  RD_GROWTH,
  RD_PANEL,
  RD_SERIES,
  expect,
  expectTableValue,
  goalStatus,
  numberInput,
  openDashboard,
  projectedRd,
  region,
  resetButton,
  showData,
  slider,
  tableValue,
  test,
} from './fixtures';

const RD_INTENSITY_GOAL = 'R&D intensity ≥ 2.8% of GDP by 2030';

test.describe('levers', () => {
  test.beforeEach(async ({ page }) => {
    await openDashboard(page);
  });

  test('typing 10 in the number input recomputes R&D spending in 2030', async ({ page }) => {
    const table = await showData(page, RD_PANEL);
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(8, 2030));
    await numberInput(page, RD_GROWTH).fill('10');
    await expect(slider(page, RD_GROWTH)).toHaveValue('10');
    // 3926.2 × 1.1 × 1.1 × 1.1 × 1.1 × 1.1, multiplied in order as the model does.
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(10, 2030));
  });

  test('moving the slider to 10 recomputes R&D spending in 2030', async ({ page }) => {
    const table = await showData(page, RD_PANEL);
    await slider(page, RD_GROWTH).fill('10');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('10');
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(10, 2030));
  });

  test('the slider moves by its step with the arrow keys', async ({ page }) => {
    const table = await showData(page, RD_PANEL);
    await slider(page, RD_GROWTH).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('8.2');
    await page.keyboard.press('ArrowLeft');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('8.1');
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(8.1, 2030));
  });

  test('the goals panel follows the levers: no R&D growth makes the 2030 intensity goal unlikely', async ({
    page,
  }) => {
    const status = goalStatus(page, RD_INTENSITY_GOAL);
    await expect(status).toHaveCount(1);
    // Defaults: 2.80% (2025, preliminary) × (1.08 / 1.045)^5 ≈ 3.30% in 2030; P(met) ≈ 97%.
    await expect(status).toHaveText('likely');
    await numberInput(page, RD_GROWTH).fill('0');
    // No R&D growth: 2.80% / 1.045^5 ≈ 2.25% in 2030, below 2.8%; P(met) ≈ 1%.
    await expect(status).toHaveText('unlikely');
    await resetButton(page, RD_GROWTH).click();
    await expect(status).toHaveText('likely');
    await expect(region(page, GOALS_PANEL)).toBeVisible();
  });

  for (const bad of ['99', 'abc']) {
    test(`an invalid entry (${bad}) shows an inline error and changes nothing`, async ({
      page,
    }) => {
      const table = await showData(page, RD_PANEL);
      const before = await tableValue(table, RD_SERIES, 2030);
      const input = numberInput(page, RD_GROWTH);
      if (bad === 'abc') {
        // Typed key by key, as a user would.
        await input.click();
        await input.press('ControlOrMeta+a');
        await input.press('Backspace');
        await input.pressSequentially(bad);
      } else {
        await input.fill(bad);
      }
      const alert = page.getByRole('alert').or(page.getByText(/must be between/));
      await expect(alert.first()).toBeVisible();
      await expect(alert.first()).toContainText(/R&D spending growth|must be between|number/);
      await expect(slider(page, RD_GROWTH)).toHaveValue('8');
      expect(await tableValue(table, RD_SERIES, 2030)).toBe(before);
      // A valid entry clears the message and applies.
      await input.fill('10');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectTableValue(table, RD_SERIES, 2030, projectedRd(10, 2030));
    });
  }

  test('"Reset" and "Reset all levers" put the defaults back', async ({ page }) => {
    const table = await showData(page, RD_PANEL);
    await numberInput(page, RD_GROWTH).fill('12');
    await numberInput(page, 'Nominal GDP growth').fill('3');
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(12, 2030));
    await resetButton(page, RD_GROWTH).click();
    await expect(slider(page, RD_GROWTH)).toHaveValue('8');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('8');
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(8, 2030));
    await expect(numberInput(page, 'Nominal GDP growth')).toHaveValue('3');
    await numberInput(page, RD_GROWTH).fill('5');
    await page.getByRole('button', { name: 'Reset all levers', exact: true }).click();
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('8');
    await expect(numberInput(page, 'Nominal GDP growth')).toHaveValue('4.5');
    await expectTableValue(table, RD_SERIES, 2030, projectedRd(8, 2030));
  });

  test('keyboard only: Tab reaches the R&D slider and ArrowRight moves it by one step', async ({
    page,
  }) => {
    const target = slider(page, RD_GROWTH);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'the R&D slider is reachable with Tab').toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('8.1');
    await expect(target).toHaveValue('8.1');
    await expect(target).toBeFocused();
  });
});
