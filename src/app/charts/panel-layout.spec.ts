import fc from 'fast-check';
import { tickFormatter } from '../format/number';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, Goal, ThresholdGoal, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo, summarize } from '../model/monte-carlo';
import { project } from '../model/project';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { targetPlaces } from './panel-targets';
import { PanelView, buildPanelViews } from './panel-view';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function viewsAt(horizon: number, goals: readonly Goal[] = GOALS): PanelView[] {
  const projection = project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, horizon);
  const mc = summarize(
    runMonteCarlo(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, horizon, goals, {
      paths: 100,
      seed: 7,
    }),
  );
  return buildPanelViews(
    projection,
    goals,
    goals.map((g) => evaluateGoal(INDICATORS, g, projection)),
    mc,
  );
}

const views = [...viewsAt(2035), ...viewsAt(2040)];
const options = views.flatMap((v) =>
  [PALETTES.light, PALETTES.dark].flatMap((palette) =>
    [390, 480, 700].map((width) => ({
      view: v,
      option: buildPanelOption(v, palette, width) as AnyRecord,
    })),
  ),
);
const view = (id: string) => views.find((v) => v.id === id)!;

/** Every object in an option, however deep. */
function objects(node: unknown): AnyRecord[] {
  if (Array.isArray(node)) return node.flatMap(objects);
  if (typeof node !== 'object' || node === null) return [];
  return [node as AnyRecord, ...Object.values(node).flatMap(objects)];
}

/** The tick labels ECharts would ask for on an axis up to `max`: multiples of a round step. */
function ticks(max: number): number[] {
  const step = 10 ** Math.floor(Math.log10(max / 5)) * (max / 5 >= 5e3 ? 2 : 1);
  return Array.from({ length: Math.ceil(max / step) + 2 }, (_, i) => i * step);
}

/** "compact" ("12K"), "grouped" ("8,000") or "plain" (fits both: "500", "2.5"). */
const styleOf = (text: string) =>
  /[KMBT]$/.test(text) ? 'compact' : /,/.test(text) ? 'grouped' : 'plain';

describe('panel option layout', () => {
  it('writes no label rotated, and claim numbers level at the end of their lines', () => {
    for (const { view: v, option } of options) {
      for (const o of objects(option)) {
        expect(o['rotate'] ?? 0)
          .withContext(v.id)
          .toBe(0);
      }
      for (const s of option['series'] as AnyRecord[]) {
        const line = s['markLine'];
        if (line) expect(['start', 'end']).withContext(v.id).toContain(line.label.position);
      }
    }
  });

  it('sets labelLayout hideOverlap on every series that labels a point', () => {
    let labelled = 0;
    for (const { view: v, option } of options) {
      for (const s of option['series'] as AnyRecord[]) {
        const labels = (s['data'] as unknown[]).some(
          (d) => typeof d === 'object' && d !== null && (d as AnyRecord)['label']?.show,
        );
        if (!labels) continue;
        labelled++;
        expect(s['labelLayout']?.hideOverlap).withContext(`${v.id} ${s['id']}`).toBeTrue();
      }
    }
    expect(labelled).toBeGreaterThan(20);
  });

  it('keeps two y axes on one plot only for R&D; elsewhere the second axis has a plot below', () => {
    const twoAxes = views.filter((v) => v.axes.length > 1);
    expect([...new Set(twoAxes.map((v): string => v.id))].sort()).toEqual(
      ['compute', 'llms', 'rd', 'robotics', 'talent'].sort(),
    );
    for (const { view: v, option } of options.filter((o) => o.view.axes.length > 1)) {
      const sharedPlot = v.id === 'rd';
      expect(Array.isArray(option['grid'])).withContext(v.id).toBe(!sharedPlot);
      if (sharedPlot) continue;
      expect(option['yAxis'].map((a: AnyRecord) => a['gridIndex'])).toEqual([0, 1]);
      expect(option['xAxis'].map((a: AnyRecord) => a['gridIndex'] ?? 0)).toEqual([0, 1]);
      for (const s of option['series'] as AnyRecord[]) {
        expect(s['xAxisIndex'])
          .withContext(`${v.id} ${s['id']}`)
          .toBe(s['yAxisIndex'] ?? 0);
      }
    }
  });

  it('puts China’s share of LLMs in its own plot, its counts on a log axis', () => {
    const option = buildPanelOption(view('llms'), PALETTES.light) as AnyRecord;
    expect(option['yAxis'].map((a: AnyRecord) => a['type'])).toEqual(['log', 'value']);
    const share = (option['series'] as AnyRecord[]).find((s) => s['id'] === 'llmShareCN:observed')!;
    expect(share['yAxisIndex']).toBe(1);
    expect(share['xAxisIndex']).toBe(1);
    const linear = buildPanelOption({ ...view('llms'), logAxes: [] }, PALETTES.light) as AnyRecord;
    expect(linear['yAxis'].map((a: AnyRecord) => a['type'])).toEqual(['value', 'value']);
  });

  it('offers the log/linear switch where growth spans decades: LLM counts log, notable models linear', () => {
    const switching = views.filter((v) => v.scaleSwitch).map((v): string => v.id);
    expect([...new Set(switching)]).toEqual(['notableModels', 'llms']);
    expect(view('notableModels').logAxes).toEqual([]);
    expect(view('llms').logAxes).toEqual([0]);
  });

  it('names China and the world at the ends of their lines instead of in the legend', () => {
    const option = buildPanelOption(view('llms'), PALETTES.light) as AnyRecord;
    const ends = (option['series'] as AnyRecord[])
      .filter((s) => s['endLabel'])
      .map((s) => [s['id'], s['endLabel'].formatter]);
    expect(ends).toEqual([
      ['llmsCN:projected', 'China'],
      ['llmsWorld:projected', 'World'],
    ]);
    expect(option['legend'].data).not.toContain('LLMs released, China (cumulative)');
    expect(option['legend'].data).toContain('Target');
  });

  it('gives each axis one tick style, whatever its largest value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5e9, noNaN: true }), (max) => {
        const format = tickFormatter(max);
        const styles = new Set(ticks(max).map((t) => styleOf(format(t))));
        styles.delete('plain');
        return styles.size <= 1;
      }),
    );
    for (const { view: v, option } of options) {
      for (const axis of option['yAxis'] as AnyRecord[]) {
        const format = axis['axisLabel'].formatter as (n: number) => string;
        const styles = new Set([0, 2000, 4000, 8000, 10000, 12000].map((t) => styleOf(format(t))));
        styles.delete('plain');
        expect(styles.size).withContext(`${v.id} ${axis['name']}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('draws an analyst’s goal in the year of an official one beside it, both with markers', () => {
    const official = GOALS.find((g) => g.id === 'rdIntensity2030') as ThresholdGoal;
    const custom: ThresholdGoal = {
      ...official,
      id: 'custom-rd-2030',
      type: 'custom',
      name: 'R&D intensity ≥ 3% by 2030',
      threshold: 3,
    };
    const rd = viewsAt(2035, [...GOALS, custom]).find((v) => v.id === 'rd')!;
    const option = buildPanelOption(rd, PALETTES.light) as AnyRecord;
    const i2030 = rd.years.indexOf(2030);
    const markers = (option['series'] as AnyRecord[])
      .filter((s) => s['name'] === 'Target')
      .map((s) => s['data'][i2030])
      .filter((d) => d !== '-');
    expect(markers.map((d: AnyRecord) => d['value']).sort()).toEqual([2.8, 3]);
    expect(markers.map((d: AnyRecord) => d['label'].formatter).sort()).toEqual([
      'Target 2.8 (2030)',
      'Target 3 (2030)',
    ]);
  });

  it('keeps the two AI-industry target labels apart at the 2040 horizon', () => {
    const v = viewsAt(2040).find((x) => x.id === 'aiIndustry')!;
    // Narrow enough that, placed alike, the labels of 2025 and 2030 would overprint each other.
    for (const width of [320, 390, 480]) {
      const places = [...targetPlaces(v, width).values()] as AnyRecord[];
      expect(places.length).toBe(2);
      const [a, b] = places.map((p) => JSON.stringify(p));
      expect(a).withContext(String(width)).not.toBe(b);
    }
  });

  it('sets target labels inside the plot, away from a right-hand axis', () => {
    const rd = buildPanelOption(view('rd'), PALETTES.light) as AnyRecord;
    const target = (rd['series'] as AnyRecord[]).find((s) => s['id'] === 'target:1')!;
    const label = target['data'][view('rd').years.indexOf(2030)].label;
    expect(label.align).toBe('right');
    expect(label.textBorderColor).toBe(PALETTES.light.background);
  });
});
