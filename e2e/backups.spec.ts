/**
 * Issue 12, case 6: a backup the app writes (Export all) always imports again, whatever its size
 * up to 1,000 scenarios, and what it brings is still there after a reload. The files are written
 * by the app's own exportScenarios.
 */
import type { Page } from '@playwright/test';
import { PRESETS, Scenario } from '../src/app/scenarios/scenario';
import { exportScenarios } from '../src/app/scenarios/file/scenario-file';
import { RD_GROWTH, expect, numberInput, openDashboard, test } from './fixtures';

const savedOptions = (page: Page) =>
  page.getByLabel('Scenario', { exact: true }).locator('optgroup[label="Saved"] option');
const NAMES = [
  'Self-reliance push',
  '自主创新 2030',
  'Plan 🚀 👩‍💻',
  'Ünïcödé café',
  'Plan,"=1+1",x',
];
/** A name of exactly the limit, 120 UTF-16 units, ending in an emoji. */
const LONG_NAME = `${'长'.repeat(118)}😀`;

function scenario(i: number, extra: Partial<Scenario> = {}): Scenario {
  return {
    ...PRESETS[i % PRESETS.length],
    id: `s-${i}`,
    name: i === 0 ? LONG_NAME : `${NAMES[i % NAMES.length]} ${i}`,
    levers: { ...PRESETS[i % PRESETS.length].levers, rdGrowth: (i % 151) / 10 },
    preset: false,
    ...extra,
  };
}

/**
 * Imports `text`, then opens `open` (one of the imported scenarios) and waits until the page says
 * its changes are saved: what an analyst sees before closing the tab (a preset, active on a fresh
 * page, shows no save status; writes that land on reload are the storage work of case 4).
 */
async function importBackup(page: Page, text: string, open: string): Promise<void> {
  await page
    .getByLabel('Import…', { exact: true })
    .setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  await expect(page.getByRole('status').filter({ hasText: /^Imported / })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: open });
  await expect(
    page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' }),
  ).toBeVisible({
    timeout: 30_000,
  });
}

test.describe('backups', () => {
  test('an Export all of 1,000 scenarios imports and is all there after a reload', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const scenarios = Array.from({ length: 1_000 }, (_, i) => scenario(i));
    const text = exportScenarios(scenarios, new Date());
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000); // the old limit refused it
    await openDashboard(page);
    await importBackup(page, text, LONG_NAME);
    await expect(savedOptions(page)).toHaveCount(1_000, { timeout: 30_000 });

    await page.reload();
    await expect(savedOptions(page)).toHaveCount(1_000, { timeout: 30_000 });
    const names = await savedOptions(page).allTextContents();
    expect(new Set(names.map((n) => n.trim()))).toEqual(new Set(scenarios.map((s) => s.name)));
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Plan 🚀 👩‍💻 2' });
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('0.2');
  });

  test('a backup of 4 full decks of Chinese notes (1.1 MB) imports and survives a reload', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const note = (k: number) =>
      Array.from({ length: 2_000 }, (_, j) =>
        String.fromCharCode(0x4e00 + ((k * 31 + j) % 20_000)),
      ).join('');
    const scenarios = Array.from({ length: 4 }, (_, i) =>
      scenario(i + 1, {
        notes: note(i).repeat(5),
        slides: Array.from({ length: 40 }, (_, k) => ({
          ...PRESETS[0].slides[k % PRESETS[0].slides.length],
          note: note(i * 40 + k),
        })),
      }),
    );
    const text = exportScenarios(scenarios, new Date());
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    await openDashboard(page);
    await importBackup(page, text, scenarios[0].name);
    await page.reload();
    // The list is in name order.
    await expect(savedOptions(page)).toHaveText(
      scenarios.map((s) => s.name).sort((a, b) => a.localeCompare(b)),
    );
  });
});
