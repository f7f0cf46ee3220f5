import { DEFAULT_CONSTANTS } from '../src/app/model/constants';
import { GOALS } from '../src/app/model/goals';
import { INDICATORS } from '../src/app/model/indicators';
import { DEFAULT_LEVERS } from '../src/app/model/levers';
import { runMonteCarlo } from '../src/app/model/monte-carlo';
import {
  GOALS_PANEL,
  RD_GROWTH,
  RD_PANEL,
  RD_SERIES,
  expect,
  goalRow,
  goalStatus,
  numberInput,
  openDashboard,
  region,
  showData,
  slider,
  tableRecord,
  test,
} from './fixtures';

/** What the engine gives for these levers with the default run settings (2,000 paths, seed 42). */
function expected(rdGrowth: number) {
  return runMonteCarlo(
    INDICATORS,
    { ...DEFAULT_LEVERS, rdGrowth },
    DEFAULT_CONSTANTS,
    2035,
    GOALS,
    { paths: 2000, seed: 42 },
  );
}
const at2030 = 2030 - 2012;
const simulated = (page: import('@playwright/test').Page) =>
  region(page, GOALS_PANEL)
    .getByRole('status')
    .filter({ hasText: 'Probabilities from 2,000 Monte Carlo paths, seed 42.' });

test.describe('uncertainty', () => {
  test.beforeEach(async ({ page }) => {
    await openDashboard(page);
  });

  test('shows P10–P90 in the data table, equal to the engine’s numbers, and a probability per goal', async ({
    page,
  }) => {
    await expect(simulated(page)).toBeVisible();
    const table = await showData(page, RD_PANEL);
    const row = await tableRecord(table, RD_SERIES, 2030);
    const band = expected(8).bands.rdSpend;
    expect(row['p10']).toBe(String(band.p10[at2030]));
    expect(row['p50']).toBe(String(band.p50[at2030]));
    expect(row['p90']).toBe(String(band.p90[at2030]));
    expect(Number(row['p10'])).toBeLessThan(Number(row['value']));
    expect(Number(row['p90'])).toBeGreaterThan(Number(row['value']));
    const p = expected(8).goalProbability['rdIntensity2030'];
    await expect(goalRow(page, 'R&D intensity ≥ 2.8% of GDP by 2030')).toContainText(
      `P(met) ${(p * 100).toFixed(0)}%`,
    );
  });

  test('after a slider drag the band belongs to the final lever value', async ({ page }) => {
    // 36 drag steps, each a projection, a redraw and a cancelled simulation: 18 s on a quiet
    // machine, over the default 30 s on a loaded one.
    test.slow();
    await expect(simulated(page)).toBeVisible();
    const table = await showData(page, RD_PANEL);
    const handle = slider(page, RD_GROWTH);
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i <= 30; i++) {
      await page.mouse.move(
        box.x + box.width * (0.5 + 0.4 * Math.sin(i / 4)),
        box.y + box.height / 2,
      );
    }
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const final = Number(await numberInput(page, RD_GROWTH).inputValue());
    expect(final).not.toBe(8);
    await expect(simulated(page)).toBeVisible();
    const band = expected(final).bands.rdSpend;
    await expect
      .poll(async () => (await tableRecord(table, RD_SERIES, 2030))['p50'])
      .toBe(String(band.p50[at2030]));
  });

  test('goal-seek finds the R&D growth that meets the intensity goal and applies it', async ({
    page,
  }) => {
    await numberInput(page, RD_GROWTH).fill('0');
    const goals = region(page, GOALS_PANEL);
    await goals
      .getByLabel('Analyse goal')
      .selectOption({ label: 'R&D intensity ≥ 2.8% of GDP by 2030' });
    await goals.getByLabel('Lever', { exact: true }).selectOption({ label: RD_GROWTH });
    // From 2.80% in 2025: 2.8 × ((1 + g) / 1.045)^5 ≥ 2.8 ⇔ g ≥ 4.5%, R&D keeping pace with GDP.
    await expect(
      goals.getByText('R&D spending growth (nominal) at 4.5 %/yr meets the goal'),
    ).toBeVisible();
    await goals.getByRole('button', { name: 'Apply 4.5' }).click();
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('4.5');
    // The central projection now just meets the goal: P(met) ≈ 50%, so not "likely".
    await expect(goalStatus(page, 'R&D intensity ≥ 2.8% of GDP by 2030')).toHaveText(
      'about as likely as not',
    );
    await expect(goalRow(page, 'R&D intensity ≥ 2.8% of GDP by 2030')).toContainText('P(met) 50%');
  });

  test('a tornado entry takes the analyst to its lever', async ({ page }) => {
    const goals = region(page, GOALS_PANEL);
    await goals
      .getByLabel('Analyse goal')
      .selectOption({ label: 'R&D intensity ≥ 2.8% of GDP by 2030' });
    await goals
      .getByRole('list', { name: 'Levers by effect on the goal' })
      .getByRole('button')
      .first()
      .click();
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /value$/);
  });

  test('the tornado shows the levers that move the goal; Show all brings back the rest', async ({
    page,
  }) => {
    const goals = region(page, GOALS_PANEL);
    await goals
      .getByLabel('Analyse goal')
      .selectOption({ label: 'R&D intensity ≥ 2.8% of GDP by 2030' });
    const ranking = goals.getByRole('list', { name: 'Levers by effect on the goal' });
    // Intensity is R&D over GDP: only those two levers enter it.
    await expect(ranking.getByRole('listitem')).toHaveCount(2);
    await expect(goals.getByText('13 of 15 levers have no effect on this goal')).toBeVisible();
    const all = goals.getByRole('button', { name: 'Show all 15 levers' });
    await expect(all).toHaveAttribute('aria-pressed', 'false');
    await all.click();
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    await expect(goals.getByText('(empty rows)')).toBeVisible();
  });

  test('an analyst adds, edits and deletes a goal, and hides an official one', async ({ page }) => {
    const goals = region(page, GOALS_PANEL);
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    await goals.getByLabel('Name', { exact: true }).fill('Robot density ≥ 800 by 2030');
    await goals.getByLabel('Indicator', { exact: true }).selectOption('robotDensity');
    await goals.getByLabel('Threshold (per 10k workers)').fill('800');
    await goals.getByLabel('Deadline').fill('2030');
    await goals.getByRole('button', { name: 'Save goal' }).click();
    await expect(goalStatus(page, 'Robot density ≥ 800 by 2030')).toHaveText(
      /^(likely|about as likely as not|unlikely)$/,
    );

    await goals.getByRole('button', { name: 'Edit goal: Robot density ≥ 800 by 2030' }).click();
    await goals.getByLabel('Deadline').fill('2050');
    await goals.getByRole('button', { name: 'Save goal' }).click();
    await expect(goals.getByRole('alert')).toHaveText(
      'The deadline must be a year from 2020 to 2040.',
    );
    await goals.getByRole('button', { name: 'Cancel' }).click();

    await goals.getByRole('button', { name: 'Delete goal: Robot density ≥ 800 by 2030' }).click();
    await expect(goalRow(page, 'Robot density ≥ 800 by 2030')).toHaveCount(0);

    await goals
      .getByRole('button', { name: 'Hide goal: Basic research ≥ 8% of R&D by 2025' })
      .click();
    await expect(goalRow(page, 'Basic research ≥ 8% of R&D by 2025')).toHaveCount(0);
    await goals.getByRole('button', { name: 'Show 1 hidden goal' }).click();
    await expect(goalRow(page, 'Basic research ≥ 8% of R&D by 2025')).toHaveCount(1);
  });

  test('warns beside the levers about contradictory export-control settings, without blocking', async ({
    page,
  }) => {
    await numberInput(page, 'Export-control severity').fill('0.9');
    await numberInput(page, 'Compute workaround (cloud, grey imports)').fill('0.8');
    await expect(page.getByText(/contradict each other/).first()).toBeVisible();
    await expect(numberInput(page, 'Compute workaround (cloud, grey imports)')).toHaveValue('0.8');
  });
});
