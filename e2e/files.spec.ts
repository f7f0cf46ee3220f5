import { readFileSync } from 'node:fs';
import { RD_GROWTH, expect, numberInput, openDashboard, test } from './fixtures';
import { SCENARIO_FILE_V2 } from '../src/app/scenarios/file/fixtures/scenario-v2';

const scenarioOptions = (page: import('@playwright/test').Page) =>
  page.getByLabel('Scenario', { exact: true }).locator('optgroup[label="Saved"] option');

async function saveScenario(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Name for the new scenario').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' })).toBeVisible();
}

async function importText(page: import('@playwright/test').Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByLabel('Import…', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('scenario files', () => {
  test('export a scenario and import it back as a copy', async ({ page }) => {
    await openDashboard(page);
    await numberInput(page, RD_GROWTH).fill('12.5');
    await saveScenario(page, 'Exported');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^exported-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await file.path())!, 'utf8');
    const json = JSON.parse(text);
    expect(json.schemaVersion).toBe(3);
    expect(json.scenarios[0].levers.rdGrowth).toBe(12.5);

    await importText(page, 'exported.json', text);
    await expect(page.getByRole('status').filter({ hasText: 'Imported “Exported (2)”' })).toBeVisible();
    await expect(scenarioOptions(page)).toHaveText(['Exported', 'Exported (2)']);
  });

  test('imports a file written by an analyst', async ({ page }) => {
    await openDashboard(page);
    await importText(page, 'tight.json', SCENARIO_FILE_V2);
    await expect(page.getByRole('status').filter({ hasText: 'Imported “Tight controls, slow workaround”' })).toBeVisible();
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ['malformed.json', '{"schemaVersion": 2, "scenarios": [', /malformed\.json: The file is not valid JSON/],
    ['proto.json', '{"schemaVersion":2,"scenarios":[{"__proto__":{"polluted":1}}]}', /“__proto__”, which is not allowed/],
    // 5 MB is read (backups of 1,000 scenarios are larger); the size limit itself is unit-tested.
    ['huge.json', Buffer.alloc(5 * 1024 * 1024, 32), /huge\.json: The file is not valid JSON/],
    ['range.json', SCENARIO_FILE_V2.replace('"rdGrowth": 8', '"rdGrowth": 99'), /levers\.rdGrowth must be at most 15 \(got 99\)/],
  ];
  for (const [name, content, message] of bad) {
    test(`a bad file (${name}) gets a clear message and changes nothing`, async ({ page }) => {
      await openDashboard(page);
      await saveScenario(page, 'Kept');
      await importText(page, name, content);
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
      await expect(scenarioOptions(page)).toHaveText(['Kept']);
      expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
      await page.reload();
      await expect(scenarioOptions(page)).toHaveText(['Kept']);
    });
  }
});
