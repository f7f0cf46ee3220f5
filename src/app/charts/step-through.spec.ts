import fc from 'fast-check';
import { formatNumber } from '../format/number';
import { DEFAULT_CONSTANTS, HORIZON_MAX, HORIZON_MIN } from '../model/constants';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS, LEVERS, LeverValues } from '../model/levers';
import { project } from '../model/project';
import { PANEL_SPECS } from './panel-specs';
import { buildPanelView } from './panel-view';
import { stepThrough } from './step-through';

const RD = PANEL_SPECS.find((s) => s.id === 'rd')!;

describe('stepThrough', () => {
  const levers = { ...DEFAULT_LEVERS, gdpGrowth: 3, rdGrowth: 10 };
  const steps = stepThrough(INDICATORS, 'rd', levers, DEFAULT_CONSTANTS, 2035, GOALS);

  it('starts from the baseline and applies the changed levers one at a time, in lever order', () => {
    expect(steps.map((s) => s.title)).toEqual([
      'Baseline: every lever at its default',
      'R&D spending growth (nominal): 8 → 10%/yr',
      'Nominal GDP growth: 4.5 → 3%/yr',
    ]);
  });

  it('shows at each step the panel as projected with the levers applied so far', () => {
    const view = (l: typeof levers) => {
      const projection = project(INDICATORS, l, DEFAULT_CONSTANTS, 2035);
      return buildPanelView(
        RD,
        projection,
        GOALS,
        GOALS.map((g) => evaluateGoal(INDICATORS, g, projection)),
      );
    };
    expect(steps[0].view).toEqual(view(DEFAULT_LEVERS));
    expect(steps[1].view).toEqual(view({ ...DEFAULT_LEVERS, rdGrowth: 10 }));
    expect(steps[2].view).toEqual(view(levers));
  });

  it("names each step's effect on the slide's goal, before and after", () => {
    const goal = GOALS.find((g) => g.id === steps[0].view.targets[0].goalId)!;
    const at = (l: typeof levers) =>
      evaluateGoal(INDICATORS, goal, project(INDICATORS, l, DEFAULT_CONSTANTS, 2035));
    const before = at({ ...DEFAULT_LEVERS, rdGrowth: 10 });
    const after = at(levers);
    expect(steps[2].effect).toContain(
      `${formatNumber(before.value!)} → ${formatNumber(after.value!)}% of GDP`,
    );
    expect(steps[2].effect).toContain(goal.short);
    expect(steps[0].effect).not.toContain('→');
    expect(
      stepThrough(
        INDICATORS,
        'compute',
        { ...DEFAULT_LEVERS, exportControls: 0.9 },
        DEFAULT_CONSTANTS,
        2035,
        GOALS,
      )[1].title,
    ).toBe('Export-control severity: 0.6 → 0.9 on a 0–1 scale');
  });

  it('has only the baseline when no lever changed', () => {
    expect(
      stepThrough(INDICATORS, 'llms', DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS).length,
    ).toBe(1);
  });

  it('measures a slide without a goal on a series that has a value at the horizon', () => {
    // The talent panel's first series, program points added, is observed only: nothing in 2035.
    const talent = stepThrough(
      INDICATORS,
      'talent',
      { ...DEFAULT_LEVERS, aiProgramsPerYear: 60 },
      DEFAULT_CONSTANTS,
      2035,
      GOALS,
    );
    expect(talent[1].effect).not.toContain('no value');
    const universities = talent[1].view.series.find((s) => s.key === 'aiUniversities')!;
    const at2035 = (view: typeof universities) =>
      view.projected.find((p) => p.year === 2035)!.value;
    const before = talent[0].view.series.find((s) => s.key === 'aiUniversities')!;
    expect(talent[1].effect).toBe(
      `${universities.name} in 2035: ${formatNumber(at2035(before))} → ${formatNumber(at2035(universities))} ${universities.unit}`,
    );
  });

  it('never describes a step as "no value → no value", on any panel and levers', () => {
    const leverArb = fc.record(
      Object.fromEntries(
        LEVERS.map((l) => [l.id, fc.double({ min: l.min, max: l.max, noNaN: true })]),
      ) as { [K in keyof LeverValues]: fc.Arbitrary<number> },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PANEL_SPECS.map((s) => s.id)),
        leverArb,
        fc.integer({ min: HORIZON_MIN, max: HORIZON_MAX }),
        (panel, levers, horizon) =>
          stepThrough(INDICATORS, panel, levers, DEFAULT_CONSTANTS, horizon, GOALS).every(
            (step) => !/no value/.test(step.effect),
          ),
      ),
      { numRuns: 40 },
    );
  });
});
