/**
 * The answer first: once a lever moves, every chart keeps the reference scenario as a grey ghost
 * that the data table lists (kind "baseline"), and value axes hold still while a slider is dragged.
 */
import type { Page } from '@playwright/test';
import {
  RD_GROWTH,
  RD_PANEL,
  RD_SERIES,
  expect,
  expectClose,
  numberInput,
  openDashboard,
  projectedRd,
  region,
  resetButton,
  showData,
  slider,
  tableRecords,
  test,
} from './fixtures';

const GHOST = `${RD_SERIES} (baseline)`;

/** Keeps every ECharts instance the app creates (it announces each with an `echarts-init` event). */
async function recordCharts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const charts: unknown[] = [];
    (window as unknown as { __charts: unknown[] }).__charts = charts;
    document.addEventListener('echarts-init', (e) => charts.push((e as CustomEvent).detail), true);
  });
}

interface ChartState {
  /** [min, max] of each y axis as ECharts draws it. */
  readonly extents: number[][];
  /** The R&D spending bar drawn for 2035. */
  readonly spend2035: number;
}

/** What the R&D panel's chart draws now, read from its ECharts instance. */
function rdChart(page: Page): Promise<ChartState> {
  return page.evaluate((title) => {
    type Chart = {
      isDisposed(): boolean;
      getDom(): HTMLElement;
      getOption(): { series: { id: string; data: ({ value: number } | string)[] }[] };
      getModel(): {
        getComponent(t: string, i: number): { axis: { scale: { getExtent(): number[] } } } | null;
      };
    };
    const section = [...document.querySelectorAll('section')].find(
      (s) => s.querySelector('h2')?.textContent === title,
    )!;
    const charts = (window as unknown as { __charts: Chart[] }).__charts;
    const chart = charts.filter((c) => !c.isDisposed() && section.contains(c.getDom())).at(-1)!;
    const model = chart.getModel();
    const extents = [0, 1].map((i) => model.getComponent('yAxis', i)!.axis.scale.getExtent());
    const bars = chart.getOption().series.find((s) => s.id === 'rdSpend')!;
    const last = bars.data.at(-1)!;
    return { extents, spend2035: typeof last === 'object' ? last.value : NaN };
  }, RD_PANEL);
}

/** Polls until the chart draws R&D growing at the rate the lever's field shows, and returns it. */
async function drawnAtLever(page: Page): Promise<ChartState> {
  let state: ChartState | undefined;
  await expect
    .poll(async () => {
      const growth = Number(await numberInput(page, RD_GROWTH).inputValue());
      state = await rdChart(page);
      return Math.abs(state.spend2035 / projectedRd(growth, 2035) - 1) < 1e-9;
    })
    .toBe(true);
  return state!;
}

test.describe('the baseline ghost', () => {
  test('the data table lists the baseline after a lever move, and not after reset', async ({
    page,
  }) => {
    await openDashboard(page);
    const table = await showData(page, RD_PANEL);
    expect((await tableRecords(table)).filter((r) => r['kind'] === 'baseline')).toEqual([]);

    await numberInput(page, RD_GROWTH).fill('12');
    await expect(table.getByRole('cell', { name: GHOST, exact: true }).first()).toBeVisible();
    const ghost = (await tableRecords(table)).filter((r) => r['series'] === GHOST);
    expect(ghost.map((r) => r['year'])).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2026 + i)),
    );
    for (const row of ghost) {
      expect(row['kind']).toBe('baseline');
      expect(row['source']).toContain('scenario “Baseline”');
      // The reference keeps R&D growing at its default 8%/yr, unrounded as every table value.
      expectClose(Number(row['value']), projectedRd(8, Number(row['year'])));
    }
    await expect(region(page, RD_PANEL)).toContainText(
      'Thin grey line: “Baseline” without your changes.',
    );

    await resetButton(page, RD_GROWTH).click();
    await expect(table.getByRole('cell', { name: GHOST, exact: true })).toHaveCount(0);
    expect((await tableRecords(table)).filter((r) => r['kind'] === 'baseline')).toEqual([]);
    await expect(region(page, RD_PANEL)).not.toContainText('Thin grey line');
  });
});

test.describe('axes while a slider is dragged', () => {
  test('hold their range during the drag and rescale on release', async ({ page }) => {
    test.slow(); // each drag step is a projection and a redraw of every visible chart
    await recordCharts(page);
    await openDashboard(page);
    await region(page, RD_PANEL).scrollIntoViewIfNeeded();
    const start = await drawnAtLever(page);

    const box = (await slider(page, RD_GROWTH).boundingBox())!;
    const y = box.y + box.height / 2;
    // The thumb of 8 on 0–15, then down towards 2 %/yr: data that would let the axes shrink.
    let x = box.x + (box.width * 8) / 15;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (const growth of [6, 4, 2]) {
      x = box.x + (box.width * growth) / 15;
      await page.mouse.move(x, y, { steps: 3 });
      await expect
        .poll(async () => Number(await numberInput(page, RD_GROWTH).inputValue()))
        .toBeLessThan(growth + 1);
      const during = await drawnAtLever(page);
      expect(during.spend2035).toBeLessThan(start.spend2035);
      expect(during.extents).toEqual(start.extents);
    }
    await page.mouse.up();
    await expect
      .poll(async () => (await rdChart(page)).extents[0][1])
      .toBeLessThan(start.extents[0][1]);
  });
});
