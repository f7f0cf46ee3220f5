import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { runMonteCarlo, summarize } from '../model/monte-carlo';
import { project } from '../model/project';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { buildPanelViews } from './panel-view';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildPanelOption', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const views = buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
  );
  const rd = views[0];
  const option = buildPanelOption(rd, PALETTES.light) as AnyRecord;
  const series = option['series'] as AnyRecord[];

  it('draws R&D spending as bars, projected bars dashed and faded', () => {
    const bars = series.find((s) => s['type'] === 'bar')!;
    expect(bars['name']).toBe('R&D spending (GERD)');
    const years = option['xAxis']['data'] as string[];
    const i2025 = years.indexOf('2025');
    expect(bars['data'][i2025].value).toBe(3926.2);
    // 2025 is NBS's preliminary figure: drawn hollow (charts/vintage.spec.ts), 2024 final and solid.
    expect(bars['data'][i2025].itemStyle.borderWidth).toBe(2);
    expect(bars['data'][i2025 - 1].itemStyle).toBeUndefined();
    expect(bars['data'][i2025 + 1].value).toBe(3926.2 * 1.08);
    expect(bars['data'][i2025 + 1].itemStyle.borderType).toBe('dashed');
  });

  it('draws history solid and the projection dashed, joined at the last observation', () => {
    const lines = ['rdIntensity:observed', 'rdIntensity:projected'].map((id) =>
      series.find((s) => s['id'] === id)!,
    );
    expect(lines.map((l) => l['lineStyle'].type)).toEqual(['solid', 'dashed']);
    const years = option['xAxis']['data'] as string[];
    const i2025 = years.indexOf('2025');
    expect(lines[1]['data'][i2025]).toEqual(jasmine.objectContaining({ value: 2.8, bridge: true }));
    expect(lines[1]['data'][i2025 - 1]).toBe('-');
    expect(lines[0]['yAxisIndex']).toBe(1);
  });

  it('marks the target and the article’s claim as footnote 1 on the 2024 figure, written level', () => {
    const target = series.find((s) => s['name'] === 'Target' && s['yAxisIndex'] === 1)!;
    const years = option['xAxis']['data'] as string[];
    expect(target['data'][years.indexOf('2030')].value).toBe(2.8);
    expect(target['yAxisIndex']).toBe(1);
    const bars = series.find((s) => s['id'] === 'rdSpend')!;
    expect(bars['markPoint'].data).toEqual([
      jasmine.objectContaining({
        coord: ['2024', 3632.68],
        label: jasmine.objectContaining({ formatter: '1', position: 'inside' }),
      }),
    ]);
    expect(series[0]['markLine'].data).toEqual([]);
    expect(JSON.stringify(option)).not.toContain('Article’s claim');
  });

  it('names the units on the axes and takes colours from the palette', () => {
    expect(option['yAxis'].map((a: AnyRecord) => a['name'])).toEqual(['bn yuan', '% of GDP']);
    const bars = (o: AnyRecord) => o['series'].find((s: AnyRecord) => s['id'] === 'rdSpend');
    expect(bars(option)['color']).toBe(PALETTES.light.series[0]);
    expect(bars(buildPanelOption(rd, PALETTES.dark))['color']).toBe(PALETTES.dark.series[0]);
    expect(option['legend'].top).toBe(0);
    expect(option['legend'].data).toEqual(['R&D spending (GERD)', 'R&D intensity', 'Target']);
  });
});

describe('buildPanelOption with Monte Carlo bands', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const statuses = GOALS.map((g) => evaluateGoal(INDICATORS, g, projection));
  const mc = summarize(
    runMonteCarlo(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, {
      paths: 200,
      seed: 42,
    }),
  );
  const withBands = buildPanelOption(
    buildPanelViews(projection, GOALS, statuses, mc)[0],
    PALETTES.light,
  ) as AnyRecord;
  const without = buildPanelOption(
    buildPanelViews(projection, GOALS, statuses, null)[0],
    PALETTES.light,
  ) as AnyRecord;
  const ids = (o: AnyRecord) => (o['series'] as AnyRecord[]).map((s) => s['id']);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const byId = (o: AnyRecord, id: string): any =>
    (o['series'] as AnyRecord[]).find((s) => s['id'] === id)!;

  it('keeps the same series with or without bands, so merging never leaves an old band', () => {
    expect(ids(withBands)).toEqual(ids(without));
    expect(byId(without, 'rdIntensity:p90').data.every((d: unknown) => d === '-')).toBeTrue();
  });

  it('shades P10–P90 by stacking P90 − P10 on P10 and draws P50', () => {
    const years = withBands['xAxis'].data as string[];
    const i = years.indexOf('2030');
    const band = mc.bands.rdIntensity;
    const k = 2030 - 2012;
    expect(byId(withBands, 'rdIntensity:p10').data[i].value).toBe(band.p10[k]);
    expect(byId(withBands, 'rdIntensity:p90').data[i].value).toBe(band.p90[k] - band.p10[k]);
    expect(byId(withBands, 'rdIntensity:p90').stack).toBe(byId(withBands, 'rdIntensity:p10').stack);
    expect(byId(withBands, 'rdIntensity:p50').data[i].value).toBe(band.p50[k]);
    expect(byId(withBands, 'rdIntensity:projected').data[i].p90).toBe(band.p90[k]);
  });
});
