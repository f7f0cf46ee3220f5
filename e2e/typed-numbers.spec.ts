import type { Page } from '@playwright/test';
import {
  GOALS_PANEL,
  expect,
  goalRow,
  numberInput,
  openDashboard,
  region,
  slider,
  test,
} from './fixtures';

/**
 * Issue 12, case 5: what people type into a value field is what is applied, key by key as a user
 * types it, and what is applied is what comes back after a reload (the working state autosaves).
 */

const SHARE_GAIN = 'Basic-research share gain'; // -0.5 to 1, default 0.15
const US_MODELS = 'Notable AI model releases growth, US'; // -30 to 80, default 10
const MINUS = '\u2212';

/** Clears the field and types `text` key by key, as a user does. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = numberInput(page, label);
  await field.fill('');
  await field.pressSequentially(text);
}

/** Waits until the working state is written (the status says so), then reloads. */
async function reloadWhenKept(page: Page): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole('status').allTextContents()).join(' | '))
    .toMatch(/kept in this browser|All changes saved/);
  await page.reload();
  await expect(slider(page, SHARE_GAIN)).toBeVisible();
}

test.describe('typed numbers in a lever’s value field', () => {
  test.beforeEach(async ({ page }) => {
    await openDashboard(page);
  });

  const applied: { label: string; text: string; value: string }[] = [
    { label: SHARE_GAIN, text: '-0.3', value: '-0.3' },
    { label: SHARE_GAIN, text: '1e-1', value: '0.1' },
    { label: SHARE_GAIN, text: '.5', value: '0.5' },
    { label: SHARE_GAIN, text: '0,5', value: '0.5' },
    { label: SHARE_GAIN, text: `${MINUS}0.2`, value: '-0.2' },
    { label: US_MODELS, text: '-10', value: '-10' },
  ];
  for (const { label, text, value } of applied) {
    test(`"${text}" typed into "${label} value" applies ${value} and is kept after a reload`, async ({
      page,
    }) => {
      await typeInto(page, label, text);
      await expect(numberInput(page, label)).toHaveValue(text);
      await expect(slider(page, label)).toHaveValue(value);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await reloadWhenKept(page);
      await expect(numberInput(page, label)).toHaveValue(value);
      await expect(slider(page, label)).toHaveValue(value);
    });
  }

  // What was applied on the way ("1" of "1,000") stays in force; the rest is refused and said.
  const refused: { text: string; message: RegExp; kept: string }[] = [
    { text: '-10', message: /must be between -0\.5 and 1/, kept: '0.15' },
    { text: 'abc', message: /“abc” is not a number/, kept: '0.15' },
    { text: '1,000', message: /could be read two ways/, kept: '1' },
  ];
  for (const { text, message, kept } of refused) {
    test(`"${text}" is refused with a message, and leaving the field shows ${kept} again`, async ({
      page,
    }) => {
      await typeInto(page, SHARE_GAIN, text);
      await expect(numberInput(page, SHARE_GAIN)).toHaveValue(text);
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(slider(page, SHARE_GAIN)).toHaveValue(kept);
      await numberInput(page, SHARE_GAIN).press('Tab');
      await expect(numberInput(page, SHARE_GAIN)).toHaveValue(kept);
      await expect(page.getByRole('alert')).toContainText(`Not applied: kept ${kept}.`);
    });
  }

  test('"-" and "-0." wait silently, never rewritten, then apply the number typed', async ({
    page,
  }) => {
    const field = numberInput(page, SHARE_GAIN);
    await typeInto(page, SHARE_GAIN, '-');
    await expect(field).toHaveValue('-');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(slider(page, SHARE_GAIN)).toHaveValue('0.15');
    await field.pressSequentially('0.');
    await expect(field).toHaveValue('-0.');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await field.pressSequentially('45');
    await expect(field).toHaveValue('-0.45');
    await expect(slider(page, SHARE_GAIN)).toHaveValue('-0.45');
    await reloadWhenKept(page);
    await expect(numberInput(page, SHARE_GAIN)).toHaveValue('-0.45');
  });

  test('leaving "-" puts the value in force back and says so', async ({ page }) => {
    await typeInto(page, SHARE_GAIN, '-');
    await numberInput(page, SHARE_GAIN).press('Tab');
    await expect(numberInput(page, SHARE_GAIN)).toHaveValue('0.15');
    await expect(page.getByRole('alert')).toHaveText(
      '“-” is not a complete number. Not applied: kept 0.15.',
    );
  });

  test('ArrowUp and ArrowDown in the value field move the lever by its step', async ({ page }) => {
    const field = numberInput(page, SHARE_GAIN);
    await field.press('ArrowUp');
    await expect(field).toHaveValue('0.2');
    await expect(slider(page, SHARE_GAIN)).toHaveValue('0.2');
    await field.press('ArrowDown');
    await field.press('ArrowDown');
    await expect(field).toHaveValue('0.1');
    await expect(slider(page, SHARE_GAIN)).toHaveValue('0.1');
  });
});

test.describe('typed numbers in the goal editor’s threshold', () => {
  const GOAL = 'Typed threshold';

  test.beforeEach(async ({ page }) => {
    await openDashboard(page);
    const goals = region(page, GOALS_PANEL);
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    await goals.getByLabel('Name', { exact: true }).fill(GOAL);
    await goals.getByLabel('Indicator', { exact: true }).selectOption('robotDensity');
    await goals.getByLabel('Deadline').fill('2030');
  });

  const threshold = (page: Page) =>
    region(page, GOALS_PANEL).getByLabel('Threshold (per 10k workers)');

  const saved: { text: string; value: string }[] = [
    { text: '-10', value: '-10' },
    { text: '1e-1', value: '0.1' },
    { text: '.5', value: '0.5' },
    { text: '0,5', value: '0.5' },
    { text: `${MINUS}3`, value: '-3' },
    { text: '-0.25', value: '-0.25' },
  ];
  for (const { text, value } of saved) {
    test(`"${text}" typed as the threshold saves ${value}, kept after a reload`, async ({
      page,
    }) => {
      await threshold(page).fill('');
      await threshold(page).pressSequentially(text);
      await expect(threshold(page)).toHaveValue(text);
      await region(page, GOALS_PANEL).getByRole('button', { name: 'Save goal' }).click();
      await expect(goalRow(page, GOAL)).toHaveCount(1);
      await reloadWhenKept(page);
      await region(page, GOALS_PANEL)
        .getByRole('button', { name: `Edit goal: ${GOAL}` })
        .click();
      await expect(threshold(page)).toHaveValue(value);
    });
  }

  const refused: { text: string; message: string }[] = [
    { text: '-', message: '“-” is not a complete number.' },
    { text: '-0.', message: '“-0.” is not a complete number.' },
    { text: 'abc', message: '“abc” is not a number.' },
  ];
  for (const { text, message } of refused) {
    test(`"${text}" as the threshold is refused with a message and saves nothing`, async ({
      page,
    }) => {
      await threshold(page).fill('');
      await threshold(page).pressSequentially(text);
      await expect(threshold(page)).toHaveValue(text);
      await region(page, GOALS_PANEL).getByRole('button', { name: 'Save goal' }).click();
      await expect(region(page, GOALS_PANEL).getByRole('alert')).toHaveText(message);
      await expect(threshold(page)).toHaveValue(text);
      await expect(goalRow(page, GOAL)).toHaveCount(0);
    });
  }
});
