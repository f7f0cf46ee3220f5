import fc from 'fast-check';
import { GOALS, evaluateGoal } from '../model/goals';
import { HistoryPoint, INDICATORS, Indicator, IndicatorData, Vintage } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { NO_SOURCES, panelSources, sourceLine, yearRuns } from './panel-sources';
import { PANEL_SPECS, PanelId } from './panel-specs';
import { buildPanelViews } from './panel-view';

function viewsOf(data: IndicatorData) {
  const projection = project(data, DEFAULT_LEVERS);
  return buildPanelViews(
    projection,
    GOALS,
    GOALS.map((g) => evaluateGoal(data, g, projection)),
  );
}

function sourcesOf(data: IndicatorData, id: PanelId): string {
  return viewsOf(data).find((v) => v.id === id)!.sources;
}

function withHistory(
  data: IndicatorData,
  id: string,
  history: (old: readonly HistoryPoint[]) => HistoryPoint[],
): Indicator[] {
  return data.map((ind) => (ind.id === id ? { ...ind, history: history(ind.history) } : ind));
}

describe('panel source lines', () => {
  it('names the shipped pack’s publishers with their years and the 2025 preliminary figures', () => {
    expect(sourcesOf(INDICATORS, 'rd')).toBe(
      'NBS, MOST, MOF (2012–2024); NBS (2025 preliminary); target: Innovation-Driven Development Strategy Outline (2016)',
    );
    expect(sourcesOf(INDICATORS, 'basic')).toBe(
      'NBS, MOST, MOF (2012–2024); MOST (2025 preliminary); target: 14th Five-Year Plan outline (2021)',
    );
    expect(sourcesOf(INDICATORS, 'aiIndustry')).toBe(
      'CAICT (2022, 2024); MIIT (2023, 2025); CNNIC (2024); targets: New Generation AI Development Plan (State Council, 2017)',
    );
    expect(sourcesOf(INDICATORS, 'llms')).toBe(
      'CCID Consulting (2023); CAICT (2024); World AI Conference, reported by Xinhua (2025); definitions differ by publisher',
    );
    expect(sourcesOf(INDICATORS, 'notableModels')).toBe(
      'Epoch AI via Stanford AI Index (2022–2025); parity goal is an analyst proxy',
    );
  });

  it('gives a panel with no published history its remark alone, capitalised', () => {
    expect(sourcesOf(INDICATORS, 'compute')).toBe(
      'Model projection from the export-control, workaround and domestic-chip levers (see Model page)',
    );
    expect(sourceLine([])).toBe(NO_SOURCES);
  });

  it('follows a pack that moves a point to another publisher and adds a year', () => {
    const ifr2024 = INDICATORS.find((i) => i.id === 'robotInstalls')!.history.at(-1)!;
    const pack = withHistory(INDICATORS, 'robotInstalls', (old) => [
      ...old.slice(0, -1),
      { ...ifr2024, source: { ...ifr2024.source, publisher: 'Xinhua', title: 'IFR via Xinhua' } },
      { ...ifr2024, year: 2025, value: 310000, vintage: 'preliminary', released: '2026-09' },
    ]);
    expect(sourcesOf(pack, 'robotics')).toBe(
      'International Federation of Robotics (2020–2023, 2025 preliminary); Xinhua (2024); target: 14th FYP Robot Industry Development Plan (2021)',
    );
    // The shipped pack's line is unchanged: the line is read off the pack in force.
    expect(sourcesOf(INDICATORS, 'robotics')).toBe(
      'International Federation of Robotics (2020–2024); target: 14th FYP Robot Industry Development Plan (2021)',
    );
  });

  it('lists a year under preliminary only where a preliminary point is drawn in it', () => {
    const nbs = INDICATORS.find((i) => i.id === 'rdSpend')!.history.at(-1)!;
    expect(sourceLine([nbs])).toBe('NBS (2025 preliminary)');
    expect(
      sourceLine([nbs, { ...nbs, vintage: 'final' }, { ...nbs, year: 2024, vintage: 'final' }]),
    ).toBe('NBS (2024–2025, 2025 preliminary)');
    expect(sourceLine([{ ...nbs, vintage: 'restated' }], 'a remark')).toBe('NBS (2025); a remark');
  });

  it('writes years as runs, each year once', () => {
    expect(yearRuns([2016, 2012, 2013, 2014, 2013])).toBe('2012–2014, 2016');
    expect(yearRuns([2024])).toBe('2024');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1990, max: 2040 })), (years) => {
        const back = yearRuns(years)
          .split(', ')
          .filter(Boolean)
          .flatMap((run) => {
            const [from, to = from] = run.split('–').map(Number);
            return Array.from({ length: to - from + 1 }, (_, i) => from + i);
          });
        expect(back).toEqual([...new Set(years)].sort((a, b) => a - b));
      }),
    );
  });

  it('names every publisher of every point a panel draws, from any pack', () => {
    const template = INDICATORS[0].history[0];
    const publisher = fc.oneof(
      fc.constantFrom('NBS', 'NBS, MOST, MOF', 'IFR', 'iResearch'),
      fc.string({ minLength: 1, maxLength: 12 }),
    );
    const pointArb = fc.record({
      year: fc.integer({ min: 2012, max: 2030 }),
      publisher,
      short: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
      vintage: fc.constantFrom<Vintage>('preliminary', 'final', 'restated'),
      primary: fc.boolean(),
    });
    const panel = fc.constantFrom(...PANEL_SPECS.filter((s) => s.series.length));
    fc.assert(
      fc.property(
        panel,
        fc.array(fc.array(pointArb, { maxLength: 6 }), { maxLength: 4 }),
        (spec, histories) => {
          let pack: IndicatorData = INDICATORS;
          spec.series.forEach((s, i) => {
            const points = [...(histories[i] ?? [])].sort((a, b) => a.year - b.year);
            pack = withHistory(pack, s.indicator, () =>
              points.map((p) => ({
                ...template,
                year: p.year,
                value: 100 + p.year,
                vintage: p.vintage,
                primary: p.primary,
                source: {
                  ...template.source,
                  publisher: p.publisher,
                  ...(p.short ? { short: p.short } : {}),
                },
              })),
            );
          });
          const view = viewsOf(pack).find((v) => v.id === spec.id)!;
          const drawn = spec.series.flatMap((s) => pack.find((i) => i.id === s.indicator)!.history);
          const shown = view.series.reduce((n, s) => n + s.observed.length, 0);
          expect(shown).toBe(drawn.length);
          expect(view.sources).toBe(panelSources(spec, pack));
          for (const p of drawn) expect(view.sources).toContain(`${p.source.publisher} (`);
          if (spec.sourceNote)
            expect(view.sources.toLowerCase()).toContain(spec.sourceNote.toLowerCase());
        },
      ),
      { numRuns: 200 },
    );
  });
});
