import { GOALS, GoalStatus, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { SummarySeries, panelSummary } from './chart-summaries';
import { PanelView, buildPanelViews } from './panel-view';

const goal = (id: string) => GOALS.find((g) => g.id === id)!;

function status(goalId: string, value: number | undefined, firstYear: number | null): GoalStatus {
  return { goalId, status: 'on track', value, target: undefined, observed: false, firstYear };
}

function series(key: string, name: string, unit: string, extra: Partial<SummarySeries> = {}) {
  return { key, name, unit, type: 'line', observed: [], projected: [], ...extra };
}

describe('panelSummary', () => {
  const intensity = series('rdIntensity', 'R&D intensity', '% of GDP');

  it('states a target with the value reached at its deadline and when it is met', () => {
    expect(
      panelSummary(
        [intensity],
        [{ goalId: 'rdIntensity2030', value: 2.8 }],
        GOALS,
        [status('rdIntensity2030', 3.2849, 2026)],
        2035,
      ),
    ).toBe('R&D intensity reaches 3.28% of GDP in 2030; target 2.8% of GDP by 2030: met in 2026');
  });

  it('says "not met by" the horizon, and leaves out the value when there is no status', () => {
    expect(
      panelSummary([intensity], [{ goalId: 'rdIntensity2030', value: 2.8 }], GOALS, [], 2040),
    ).toBe('target 2.8% of GDP by 2030: not met by 2040');
  });

  it('names a parity goal instead of a target value, which is the other indicator’s', () => {
    const cn = series('notableModelsCN', 'Notable models, China', 'models');
    expect(
      panelSummary(
        [cn],
        [{ goalId: 'modelParity2030', value: 95.02 }],
        GOALS,
        [status('modelParity2030', 1234.5, null)],
        2035,
      ),
    ).toBe(
      `Notable models, China reaches 1,230 models in 2030; ${goal('modelParity2030').name}: not met by 2035`,
    );
  });

  it('describes the series no target speaks for, skipping other publishers’ points', () => {
    const spend = series('rdSpend', 'R&D spending', 'bn yuan', {
      type: 'bar',
      observed: [{ year: 2024, value: 3632.68 }],
      projected: [{ year: 2035, value: 8470.123 }],
    });
    const share = series('llmShareCN', 'China’s share', '% of world', {
      observed: [{ year: 2025, value: 40.25 }],
    });
    const reported = series('rdSpend:reported', 'R&D spending, other publishers', 'bn yuan', {
      type: 'scatter',
      observed: [{ year: 2023, value: 3300 }],
    });
    expect(
      panelSummary(
        [spend, share, reported, intensity],
        [{ goalId: 'rdIntensity2030', value: 2.8 }],
        GOALS,
        [],
        2035,
      ),
    ).toBe(
      'target 2.8% of GDP by 2030: not met by 2035; ' +
        'R&D spending: 3,630 bn yuan in 2024, 8,470 bn yuan projected for 2035; ' +
        'China’s share: 40.3% of world in 2025',
    );
  });

  it('is empty for a panel with neither targets nor series', () => {
    expect(panelSummary([], [], GOALS, [], 2035)).toBe('');
  });
});

describe('panel view summaries', () => {
  const projection = project(INDICATORS, DEFAULT_LEVERS);
  const statuses = GOALS.map((g) => evaluateGoal(INDICATORS, g, projection));
  const views = buildPanelViews(projection, GOALS, statuses);
  const view = (id: string): PanelView => views.find((v) => v.id === id)!;

  it('summarises the chart in words from the data', () => {
    // 2.8 × (1.08 / 1.045)⁵ = 3.30; 2.80% is already the preliminary 2025 figure.
    expect(view('rd').summary).toContain(
      'R&D intensity reaches 3.3% of GDP in 2030; target 2.8% of GDP by 2030: met in 2025 (preliminary figure)',
    );
    // 7.08 + 0.15 k ≥ 8 first at k = 7.
    expect(view('basic').summary).toContain(
      'Basic research share of R&D was 7.08% in 2025; target 8% by 2025: missed on the preliminary 2025 figure, projected to be reached in 2032',
    );
    const slow = project(INDICATORS, { ...DEFAULT_LEVERS, rdGrowth: 0 });
    const slowViews = buildPanelViews(
      slow,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, slow)),
    );
    // No R&D growth: 2.8 / 1.045⁵ = 2.25% in 2030, after 2.80% in 2025.
    expect(slowViews[0].summary).toContain(
      'R&D intensity reaches 2.25% of GDP in 2030; target 2.8% of GDP by 2030: reached in 2025 (preliminary figure) but off track for 2030',
    );
    const never = project(INDICATORS, { ...DEFAULT_LEVERS, llmGrowthCN: 0 });
    const neverViews = buildPanelViews(
      never,
      GOALS,
      GOALS.map((g) => evaluateGoal(INDICATORS, g, never)),
    );
    expect(neverViews.find((v) => v.id === 'llms')?.summary).toContain('not met by 2035');
  });
});
