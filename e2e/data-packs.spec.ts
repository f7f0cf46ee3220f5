/**
 * Data packs (PRODUCT.md, "Data packs and vintages"): an analyst imports a pack that revises a
 * figure, reviews what changes, applies it, and can undo; a bad file changes nothing, also across
 * reloads; the imported pack stays in force after a reload until another is chosen.
 */
import { Page } from '@playwright/test';
import {
  RD_2025,
  RD_PANEL,
  RD_SERIES,
  expect,
  expectTableValue,
  openDashboard,
  showData,
  tableRecord,
  test,
} from './fixtures';

const HEADER =
  'indicator,year,value,unit,vintage,released,publisher,title,url,confidence,derived,note';
const GERD_FINAL =
  'rdSpend,2025,3950,bn yuan,final,2026-09-30,"NBS, MOST, MOF",Statistical Communiqué on National Expenditures on Science and Technology in 2025,https://www.stats.gov.cn/,H,no,';
const packCsv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

async function importPack(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Import data…')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const dataAsOf = (page: Page) => page.locator('app-data-pack-menu .data-as-of');
/** "Data packs in this browser (N)": shown once an applied pack is kept. */
const keptList = (page: Page) => page.locator('app-data-pack-menu details');
const growth5 = 1.08 ** 5;

test.describe('data packs', () => {
  test('import a revised GERD, review the change and the goals it moves, apply, undo', async ({
    page,
  }) => {
    await openDashboard(page);
    await expect(dataAsOf(page)).toContainText('Data as of April 2026 · Shipped data');
    await importPack(page, 'gerd-final.csv', packCsv(GERD_FINAL));

    const review = page.getByRole('dialog', { name: 'Review “gerd-final” before applying' });
    await expect(review).toBeVisible();
    const revised = review.getByRole('table', { name: 'Figures revised (1)' });
    await expect(revised.getByRole('row', { name: /R&D spending \(GERD\)/ })).toHaveText(
      /2025\s*3,926\.2 bn yuan \(preliminary, 19 January 2026\)\s*3,950 bn yuan \(final, 30 September 2026\)/,
    );
    // Each goal that moves, in the status words, once both simulations have run: an observed
    // deadline by its vintage, a projected one by its word with P(met) on both packs.
    await expect(review.getByRole('status')).toHaveCount(0, { timeout: 20_000 });
    await expect(
      review.getByRole('listitem').filter({ hasText: 'R&D spending grows >7%/yr' }),
    ).toHaveText(/met on the preliminary 2025 figure → met on the final 2025 figure/);
    const word = '(likely|about as likely as not|unlikely), P\\(met\\) [<>]?[\\d.]+%';
    await expect(
      review.getByRole('listitem').filter({ hasText: 'R&D intensity ≥ 2.8% of GDP by 2030' }),
    ).toHaveText(new RegExp(`: ${word} → ${word}`));

    await review.getByRole('button', { name: 'Apply' }).click();
    await expect(review).toBeHidden();
    await expect(dataAsOf(page)).toContainText('Data as of 30 September 2026 · gerd-final');
    const table = await showData(page, RD_PANEL);
    const observed = await tableRecord(table, RD_SERIES, 2025);
    expect(observed['value']).toBe('3950');
    expect(observed['vintage']).toBe('final');
    expect(observed['earlier vintages']).toContain('3926.2');
    await expectTableValue(table, RD_SERIES, 2030, 3950 * growth5);
    await expect(page.getByRole('region', { name: RD_PANEL })).toContainText('gerd-final');

    // /sources lists the pack in force: the final figure with its release, the preliminary superseded.
    await page.getByRole('link', { name: 'Sources', exact: true }).click();
    await expect(page.getByText('Active data pack: gerd-final')).toBeVisible();
    const gerd = page.getByRole('table', { name: /^R&D spending \(GERD\), bn yuan$/ });
    await expect(gerd.getByRole('row').filter({ hasText: '3950' })).toContainText('final');
    await expect(gerd.getByRole('row').filter({ hasText: '3950' })).toContainText('30 September 2026');
    await expect(gerd.getByRole('row').filter({ hasText: '3926.2' })).toContainText('preliminary (superseded)');
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await showData(page, RD_PANEL);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(dataAsOf(page)).toContainText('Data as of April 2026 · Shipped data');
    expect((await tableRecord(table, RD_SERIES, 2025))['vintage']).toBe('preliminary');
    await expectTableValue(table, RD_SERIES, 2030, RD_2025 * growth5);
    await page.reload();
    await expect(dataAsOf(page)).toContainText('Data as of April 2026 · Shipped data');
  });

  test('cancel changes nothing', async ({ page }) => {
    await openDashboard(page);
    await importPack(page, 'gerd-final.csv', packCsv(GERD_FINAL));
    const review = page.getByRole('dialog');
    await review.getByRole('button', { name: 'Cancel' }).click();
    await expect(review).toBeHidden();
    await expect(dataAsOf(page)).toContainText('Data as of April 2026 · Shipped data');
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  test('a malformed pack is refused with its row and column named and changes nothing, also after reloads', async ({
    page,
  }) => {
    await openDashboard(page);
    await importPack(page, 'gerd-final.csv', packCsv(GERD_FINAL));
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(keptList(page)).toContainText('Data packs in this browser (2)');
    await page.reload();
    await expect(dataAsOf(page)).toContainText('Data as of 30 September 2026 · gerd-final');

    const bad = packCsv(
      GERD_FINAL.replace('3950', '−39x0'),
      'rdSpnd,2024,1,bn yuan,final,2025-10-01,NBS,T,,H,no,',
    );
    await importPack(page, 'bad.csv', bad);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: '“bad.csv” was not imported; nothing changed.' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Line 2');
    await expect(alert).toContainText('value');
    await expect(alert).toContainText('Line 3');
    await expect(alert).toContainText('rdSpnd');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(dataAsOf(page)).toContainText('Data as of 30 September 2026 · gerd-final');

    await page.reload();
    await expect(dataAsOf(page)).toContainText('Data as of 30 September 2026 · gerd-final');
    await expect(page.getByRole('alert').filter({ hasText: 'bad.csv' })).toHaveCount(0);
    const table = await showData(page, RD_PANEL);
    expect((await tableRecord(table, RD_SERIES, 2025))['value']).toBe('3950');
  });

  test('export the pack in force and import it back: same figures, no change to apply', async ({
    page,
  }) => {
    await openDashboard(page);
    for (const format of ['CSV', 'JSON']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export data pack (${format})` }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^data-pack-2026-04\\.${format.toLowerCase()}$`),
      );
      const { readFileSync } = await import('node:fs');
      const text = readFileSync((await file.path())!, 'utf8');
      if (format === 'CSV') expect(text.split(/\r?\n/)[0]).toContain(HEADER);
      else expect(JSON.parse(text).observations.length).toBeGreaterThan(50);
      await importPack(page, `again.${format.toLowerCase()}`, text);
      const review = page.getByRole('dialog');
      await expect(review).toContainText('changes no figure of Shipped data');
      await review.getByRole('button', { name: 'Cancel' }).click();
    }
  });

  test('switch between kept packs and remove one; the shipped pack cannot be removed', async ({
    page,
  }) => {
    await openDashboard(page);
    await importPack(page, 'gerd-final.csv', packCsv(GERD_FINAL));
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    const kept = page.locator('app-data-pack-menu details');
    await kept.locator('summary').click();
    await kept.getByRole('button', { name: 'Use “Shipped data”' }).click();
    await expect(dataAsOf(page)).toContainText('Shipped data');
    await expect(kept.getByRole('button', { name: /Remove… “Shipped data”/ })).toHaveCount(0);
    await kept.getByRole('button', { name: 'Remove… “gerd-final”' }).click();
    await kept.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(kept).toHaveCount(0);
    await page.reload();
    await expect(dataAsOf(page)).toContainText('Shipped data');
    await expect(page.locator('app-data-pack-menu details')).toHaveCount(0);
  });

  test('a scenario saved on one pack, opened on another, says so and offers to switch', async ({ page }) => {
    await openDashboard(page);
    await importPack(page, 'gerd-final.csv', packCsv(GERD_FINAL));
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill('Made on the final GERD');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const notice = page.locator('app-pack-notice').getByRole('status');
    await expect(notice).toHaveText('');

    // Pack B: the shipped one. The scenario now shows other numbers, and says so.
    const kept = page.locator('app-data-pack-menu details');
    await kept.locator('summary').click();
    await kept.getByRole('button', { name: 'Use “Shipped data”' }).click();
    await expect(dataAsOf(page)).toContainText('Shipped data');
    await expect(notice).toContainText('This scenario was made with “gerd-final” (data as of 30 September 2026)');
    await expect(notice).toContainText('the numbers shown use “Shipped data”');

    // After a reload too: the scenario and the pack choice are both kept.
    await page.reload();
    await expect(dataAsOf(page)).toContainText('Shipped data');
    await expect(notice).toContainText('This scenario was made with “gerd-final”');
    await notice.getByRole('button', { name: 'Switch to “gerd-final”' }).click();
    await expect(dataAsOf(page)).toContainText('Data as of 30 September 2026 · gerd-final');
    await expect(notice).toHaveText('');
    const table = await showData(page, RD_PANEL);
    expect((await tableRecord(table, RD_SERIES, 2025))['value']).toBe('3950');
  });
});
