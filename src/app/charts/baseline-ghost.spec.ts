import fc from 'fast-check';
import { leverValues } from '../model/arbitraries';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS, LeverValues } from '../model/levers';
import { Projection, project } from '../model/project';
import { Baseline, baselineName, ghostLine } from './baseline-ghost';
import { PALETTES } from './palette';
import { buildPanelOption } from './panel-option';
import { tooltipLines } from './panel-tooltip';
import { PanelView, buildPanelViews } from './panel-view';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BASELINE: Baseline = { name: 'Baseline', projection: project(INDICATORS, DEFAULT_LEVERS) };

function views(levers: LeverValues, baseline: Baseline | null = BASELINE): PanelView[] {
  const projection = project(INDICATORS, levers);
  return buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
    null,
    [],
    baseline,
  );
}

const differs = (a: Projection, b: Projection, id: keyof Projection['series']) =>
  a.series[id].some((p, i) => !Object.is(p.value, b.series[id][i].value));

/** Ghost series of an option, by the series they follow ("baseline:rdSpend"). */
const ghostsOf = (option: AnyRecord) =>
  (option['series'] as AnyRecord[]).filter((s) => String(s['id']).startsWith('baseline:'));

describe('the baseline ghost', () => {
  const faster = { ...DEFAULT_LEVERS, rdGrowth: 12 };

  it('is none without a reference, or where the series equals the reference', () => {
    const projection = project(INDICATORS, faster);
    expect(ghostLine('rdSpend', projection, null)).toBeNull();
    expect(ghostLine('llmsCN', projection, BASELINE)).toBeNull();
    expect(ghostLine('rdSpend', projection, BASELINE)).toEqual({
      scenario: 'Baseline',
      points: BASELINE.projection.series.rdSpend,
    });
  });

  it('is drawn iff a series differs from the reference, for any levers', () => {
    fc.assert(
      fc.property(leverValues, (levers) => {
        const projection = project(INDICATORS, levers);
        for (const view of views(levers)) {
          for (const s of view.series.filter((x) => x.type !== 'scatter')) {
            const id = s.key as keyof Projection['series'];
            expect(!!s.baseline).toBe(differs(projection, BASELINE.projection, id));
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('lists the same numbers in the data table (kind baseline) as the chart draws', () => {
    fc.assert(
      fc.property(leverValues, (levers) => {
        for (const view of views(levers)) {
          const option = buildPanelOption(view, PALETTES.light) as AnyRecord;
          // A stacked panel has an x axis per plot, both over the same years.
          const x = option['xAxis'];
          const years = (Array.isArray(x) ? x[0] : x)['data'] as string[];
          const drawn = ghostsOf(option).flatMap((g) =>
            (g['data'] as (AnyRecord | '-')[]).flatMap((d, i) =>
              d !== '-' && !d['bridge']
                ? [{ series: baselineName(d['series']), year: +years[i], value: d['value'] }]
                : [],
            ),
          );
          const listed = view.rows
            .filter((r) => r.kind === 'baseline')
            .map(({ series, year, value }) => ({ series, year, value }));
          expect(listed).toEqual(drawn);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('names its rows "<series> (baseline)" with the reference as source, and disappears with it', () => {
    const [rd] = views(faster);
    const rows = rd.rows.filter((r) => r.kind === 'baseline');
    const spend = rows.filter((r) => r.series === 'R&D spending (GERD) (baseline)');
    const intensity = rows.filter((r) => r.series === 'R&D intensity (baseline)');
    expect(spend.length + intensity.length).toBe(rows.length);
    expect(spend.map(({ year, value }) => ({ year, value }))).toEqual(
      BASELINE.projection.series.rdSpend.map(({ year, value }) => ({ year, value })),
    );
    expect(intensity.length).toBe(BASELINE.projection.series.rdIntensity.length);
    expect(rows[0].source).toContain('scenario “Baseline”');
    expect(rd.note).toContain('Thin grey line: “Baseline” without your changes.');
    const [same] = views(DEFAULT_LEVERS);
    expect(same.rows.some((r) => r.kind === 'baseline')).toBeFalse();
    expect(same.note ?? '').not.toContain('grey line');
    const [none] = views(faster, null);
    expect(none.rows.some((r) => r.kind === 'baseline')).toBeFalse();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is a thin grey line under the series, out of the legend (${theme})`, () => {
      const option = buildPanelOption(views(faster)[0], PALETTES[theme]) as AnyRecord;
      const [spend, intensity] = ghostsOf(option);
      expect(spend['data'].some((d: unknown) => d !== '-')).toBeTrue();
      expect(intensity['yAxisIndex']).toBe(1);
      expect(spend).toEqual(
        jasmine.objectContaining({
          type: 'line',
          color: PALETTES[theme].baseline,
          symbol: 'none',
          lineStyle: { width: 1, type: 'solid' },
        }),
      );
      expect(spend['z']).toBeLessThan(2); // ECharts draws series at z 2 unless told
      expect(option['legend'].data).not.toContain(spend['name']);
      expect(PALETTES[theme].series).not.toContain(PALETTES[theme].baseline);
    });
  }

  it('starts at the last observed point and says "baseline" in the tooltip', () => {
    const option = buildPanelOption(views(faster)[0], PALETTES.light) as AnyRecord;
    const years = option['xAxis']['data'] as string[];
    const [spend] = ghostsOf(option);
    const at = (year: number) => spend['data'][years.indexOf(String(year))];
    expect(at(2025)).toEqual(jasmine.objectContaining({ value: 3926.2, bridge: true }));
    expect(at(2024)).toBe('-');
    const lines = tooltipLines([{ axisValueLabel: '2030', color: '#888', data: at(2030) }]);
    const text = lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n');
    expect(text).toContain('R&D spending (GERD): ');
    expect(text).toContain('(baseline)');
    expect(text).toContain('scenario “Baseline”');
  });
});
