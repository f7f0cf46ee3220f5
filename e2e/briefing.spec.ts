import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { CHART_PANELS, RD_PANEL, cspViolations, expect, recordCspViolations, test } from './fixtures';
import type { Page } from '@playwright/test';

const slideTitle = (page: Page) => page.getByRole('region', { name: /^Slide / }).getByRole('heading', { level: 2 });
const caption = (page: Page) => page.locator('.stage .caption');

async function openBriefing(page: Page, query = ''): Promise<void> {
  await page.goto(`/briefing${query}`);
  await expect(slideTitle(page)).toHaveText(CHART_PANELS[0]);
}

async function download(page: Page, item: string): Promise<{ name: string; data: Buffer }> {
  await page.getByRole('button', { name: 'Export deck' }).click();
  const pending = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('menuitem', { name: item }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

/** The text of a PowerPoint slide: its runs joined, entities decoded. */
function slideText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

test.describe('briefing', () => {
  test('keyboard moves between slides; Esc leaves the presentation, then briefing mode', async ({ page }) => {
    await openBriefing(page);
    await expect(caption(page)).toContainText('R&D intensity reaches');
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[1]);
    await page.keyboard.press('End');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[CHART_PANELS.length - 1]);
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[CHART_PANELS.length - 1]);
    await page.keyboard.press('Home');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[0]);
    await page.keyboard.press('ArrowLeft');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[0]);

    await page.getByRole('button', { name: 'Present full screen' }).click();
    const stage = page.locator('.stage');
    await expect(stage).toHaveClass(/presenting/);
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[1]);
    await page.keyboard.press('Escape');
    await expect(stage).not.toHaveClass(/presenting/);
    await expect(page).toHaveURL(/\/briefing/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/(\?.*)?$/);
    await expect(page.getByRole('region', { name: RD_PANEL, exact: true })).toBeVisible();
  });

  test('the step-through applies the changed levers one at a time', async ({ page }) => {
    await openBriefing(page, '?v=1&rdGrowth=10&gdpGrowth=3');
    await page.getByRole('button', { name: 'Step through the changed levers' }).click();
    const step = page.locator('.stage .step');
    await expect(step).toHaveText(/Step 0 of 2\s+Baseline/);
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveText(/Step 1 of 2\s+R&D spending growth \(nominal\): 8 → 10%\/yr/);
    await expect(page.locator('.stage .effect')).toContainText('→');
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveText(/Step 2 of 2\s+Nominal GDP growth: 4.5 → 3%\/yr/);
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[1]);
    await expect(step).toHaveText(/Step 0 of 2/);
  });

  test('slides, their order and notes are kept with the scenario across a reload', async ({ page }) => {
    await openBriefing(page);
    const list = page.getByRole('list', { name: 'Slides' });
    await page.getByRole('button', { name: `Remove slide 2, ${CHART_PANELS[1]}` }).click();
    await page.getByRole('button', { name: `Move slide 1, ${CHART_PANELS[0]}, down` }).click();
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[0]);
    await page.getByLabel('Note for this slide').fill('Say that intensity passes the target early.');
    await expect(list.getByRole('listitem')).toHaveCount(CHART_PANELS.length - 1);
    await expect(list.getByRole('listitem').first()).toContainText(CHART_PANELS[2]);
    await expect(page.getByRole('status').filter({ hasText: 'kept in this browser' })).toBeVisible();
    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(CHART_PANELS.length - 1);
    await expect(list.getByRole('listitem').nth(1)).toContainText(`2. ${CHART_PANELS[0]} (note)`);
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[0]);
    await expect(page.locator('.stage .note')).toHaveText('Say that intensity passes the target early.');
  });

  test('PDF deck: one page per slide plus title and closing pages', async ({ page }) => {
    await openBriefing(page, '?v=1&rdGrowth=10');
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: /^Remove slide 4,/ }).click();
    const { name, data } = await download(page, 'PDF (vector charts)');
    expect(name).toMatch(/^briefing-from-link-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = data.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(3 + 2);
  });

  test('PowerPoint deck: a slide per slide with its caption, the note as speaker notes', async ({ page }) => {
    await openBriefing(page, '?v=1&rdGrowth=10');
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: /^Remove slide 3,/ }).click();
    await page.getByLabel('Note for this slide').fill('Intensity <b>passes</b> 2.8% early & stays.');
    // The caption states the goal's word with its probability once the simulation is in.
    await expect(caption(page)).toContainText(/target 2\.8% of GDP by 2030: likely \(P\(met\) [\d.>]+%\)/);
    const captions = [await caption(page).textContent()];
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(slideTitle(page)).toHaveText(CHART_PANELS[1]);
    captions.push(await caption(page).textContent());
    const { name, data } = await download(page, 'PowerPoint (.pptx)');
    expect(name).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(data);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(2 + 2);
    for (const [i, text] of captions.entries()) {
      const xml = await zip.file(`ppt/slides/slide${i + 2}.xml`)!.async('string');
      expect(slideText(xml)).toContain(text!.trim());
    }
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(notes.map(slideText).join('\n')).toContain('Intensity <b>passes</b> 2.8% early & stays.');
  });

  test('presenting, stepping and both deck exports run under the CSP with zero violations', async ({ page }) => {
    await recordCspViolations(page);
    await openBriefing(page, '?v=1&rdGrowth=10');
    await page.getByRole('button', { name: 'Step through the changed levers' }).click();
    await page.getByRole('button', { name: 'Present full screen' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page.locator('.stage')).not.toHaveClass(/presenting/);
    expect((await download(page, 'PDF (vector charts)')).data.length).toBeGreaterThan(1000);
    expect((await download(page, 'PowerPoint (.pptx)')).data.length).toBeGreaterThan(1000);
    expect(await cspViolations(page)).toEqual([]);
  });
});
