import type { EChartsCoreOption } from 'echarts/core';
import fc from 'fast-check';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo, summarize } from '../model/monte-carlo';
import { project } from '../model/project';
import { AxisExtent, coverData, dataExtents, drawnExtents, lockAxes } from './axis-lock';
import echarts from './echarts-setup';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { buildPanelViews } from './panel-view';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const extent: fc.Arbitrary<AxisExtent> = fc
  .tuple(value, value)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const item = fc.oneof(
  value,
  fc.constant('-'),
  value.map((v) => ({ value: v })),
);

/** An option with `axes` value axes and series on them, some stacked. */
const option = (axes: number) =>
  fc
    .array(
      fc.record({
        yAxisIndex: fc.integer({ min: 0, max: axes - 1 }),
        stack: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
        data: fc.array(item, { minLength: 1, maxLength: 12 }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((series): EChartsCoreOption => ({
      yAxis: Array.from({ length: axes }, () => ({ type: 'value' })),
      series: series.map((s) => (s.stack ? s : { ...s, stack: undefined })),
    }));

const yAxes = (o: EChartsCoreOption) => o['yAxis'] as AnyRecord[];

describe('axis lock', () => {
  it('holds each axis at its lock and leaves everything else as it was', () => {
    fc.assert(
      fc.property(
        option(2),
        fc.array(fc.option(extent, { nil: null }), { minLength: 2, maxLength: 2 }),
        (o, locks) => {
          const locked = lockAxes(o, locks);
          expect(locked['series']).toBe(o['series']);
          yAxes(locked).forEach((axis, i) => {
            expect(axis['type']).toBe('value');
            expect(axis['min']).toBe(locks[i]?.min ?? null);
            expect(axis['max']).toBe(locks[i]?.max ?? null);
          });
          expect(yAxes(o)[0]['min']).toBeUndefined(); // the input is not changed
        },
      ),
    );
  });

  it('on release gives back the range the option set itself', () => {
    const o = { yAxis: { type: 'value', min: 0, max: 100 }, series: [] };
    expect(lockAxes(o, null)['yAxis']).toEqual({ type: 'value', min: 0, max: 100 });
    expect(lockAxes(o, [{ min: 5, max: 7 }])['yAxis']).toEqual({ type: 'value', min: 5, max: 7 });
  });

  it('sums stacked series as ECharts draws them (a band is P10 plus P90 − P10)', () => {
    const o = {
      yAxis: [{ type: 'value' }, { type: 'log' }],
      series: [
        { yAxisIndex: 0, stack: 'band', data: [2, '-', { value: 3 }] },
        { yAxisIndex: 0, stack: 'band', data: [5, 1, { value: 4 }] },
        { yAxisIndex: 0, data: [-1, '-', '-'] },
        { yAxisIndex: 1, data: [0, 10, 1000] },
      ],
    };
    expect(dataExtents(o)).toEqual([
      { min: -1, max: 7 },
      { min: 10, max: 1000 },
    ]);
    expect(dataExtents({ yAxis: [{}], series: [{ data: ['-'] }] })).toEqual([null]);
  });

  it('widens a lock only where data would be clipped, and then to a round number', () => {
    fc.assert(
      fc.property(option(2), extent, extent, (o, a, b) => {
        const locks = [a, b];
        const covered = coverData(o, locks);
        dataExtents(o).forEach((d, i) => {
          const c = covered[i]!;
          // Never narrower than the lock, and holds the data.
          expect(c.min).toBeLessThanOrEqual(locks[i].min);
          expect(c.max).toBeGreaterThanOrEqual(locks[i].max);
          if (d) {
            expect(c.min).toBeLessThanOrEqual(d.min);
            expect(c.max).toBeGreaterThanOrEqual(d.max);
          }
          // A side the data stays within does not move.
          if (!d || d.min >= locks[i].min) expect(c.min).toBe(locks[i].min);
          if (!d || d.max <= locks[i].max) expect(c.max).toBe(locks[i].max);
        });
        // Covering again changes nothing: the axes settle.
        expect(coverData(o, covered)).toEqual(covered);
      }),
    );
    const o = { yAxis: [{}], series: [{ data: [0, 5.37] }] };
    expect(coverData(o, [{ min: 0, max: 5 }])).toEqual([{ min: 0, max: 6 }]);
    expect(coverData(o, [null])).toEqual([null]);
    const log = { yAxis: [{ type: 'log' }], series: [{ data: [3, 2300] }] };
    expect(coverData(log, [{ min: 1, max: 1000 }])).toEqual([{ min: 1, max: 10000 }]);
  });

  it('reads the ranges ECharts draws, and a chart held at them draws the same', () => {
    const projection = project(INDICATORS, DEFAULT_LEVERS);
    const mc = summarize(
      runMonteCarlo(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, {
        paths: 50,
        seed: 1,
      }),
    );
    const views = buildPanelViews(
      projection,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
      mc,
    );
    const host = document.createElement('div');
    document.body.appendChild(host);
    const chart = echarts.init(host, null, { width: 600, height: 400 });
    try {
      for (const view of views) {
        const built = buildPanelOption(view, PALETTES.light);
        chart.setOption(built, { notMerge: true });
        const drawn = drawnExtents(chart, built);
        expect(drawn.length).toBe(view.axes.length);
        drawn.forEach((d) => expect(d).not.toBeNull());
        expect(coverData(built, drawn)).toEqual(drawn); // ECharts' range holds its data
        chart.setOption(lockAxes(built, drawn));
        expect(drawnExtents(chart, built)).toEqual(drawn);
        chart.setOption(lockAxes(built, null));
        expect(drawnExtents(chart, built)).toEqual(drawn);
      }
    } finally {
      chart.dispose();
      host.remove();
    }
  });
});
