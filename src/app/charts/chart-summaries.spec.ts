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

  it('states a target with the value at its deadline, its word with P(met), and the central year', () => {
    const summary = (p: number | null) =>
      panelSummary(
        [intensity],
        [{ goalId: 'rdIntensity2030', value: 2.8 }],
        GOALS,
        [status('rdIntensity2030', 3.2849, 2026)],
        2035,
        p === null ? null : { rdIntensity2030: p },
      );
    expect(summary(0.94)).toBe(
      'R&D intensity reaches 3.28% of GDP in 2030; target 2.8% of GDP by 2030: likely (P(met) 94%); reached in 2026 on the central projection',
    );
    // The central projection meets it, but P(met) decides the word.
    expect(summary(0.52)).toContain('2030: about as likely as not (P(met) 52%); reached in 2026');
    expect(summary(null)).toContain(
      '2030: P(met) not yet simulated; reached in 2026 on the central projection',
    );
  });

  it('leaves out the value and the verdict when there is no status', () => {
    expect(
      panelSummary([intensity], [{ goalId: 'rdIntensity2030', value: 2.8 }], GOALS, [], 2040),
    ).toBe('target 2.8% of GDP by 2030');
  });

  it('names a parity goal instead of a target value, which is the other indicator’s', () => {
    const cn = series('notableModelsCN', 'Notable models, China', 'models');
    expect(
      panelSummary(
        [cn],
        [{ goalId: 'modelParity2030', value: 95.02 }],
        GOALS,
        [{ ...status('modelParity2030', 1234.5, null), status: 'off track' }],
        2035,
        { modelParity2030: 0.2 },
      ),
    ).toBe(
      `Notable models, China reaches 1,230 models in 2030; ${goal('modelParity2030').name}: unlikely (P(met) 20%); not reached by 2035 on the central projection`,
    );
  });

  it('says beyond horizon for a deadline past the projection', () => {
    expect(
      panelSummary(
        [intensity],
        [{ goalId: 'rdIntensity2030', value: 2.8 }],
        GOALS,
        [{ ...status('rdIntensity2030', undefined, 2026), status: 'beyond horizon' }],
        2028,
        { rdIntensity2030: 0 },
      ),
    ).toBe(
      'target 2.8% of GDP by 2030: beyond horizon (the projection ends in 2028); reached in 2026 on the central projection',
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
      'target 2.8% of GDP by 2030; ' +
        'R&D spending: 3,630 bn yuan in 2024, 8,470 bn yuan projected for 2035; ' +
        'China’s share: 40.3% of world in 2025',
    );
  });

  it('is empty for a panel with neither targets nor series', () => {
    expect(panelSummary([], [], GOALS, [], 2035)).toBe('');
  });
});

describe('panel view summaries', () => {
  const views = (levers: typeof DEFAULT_LEVERS, p: Record<string, number> | null = null) => {
    const projection = project(INDICATORS, levers);
    const statuses = GOALS.map((g) => evaluateGoal(INDICATORS, g, projection));
    return buildPanelViews(projection, GOALS, statuses, null, [], null, p);
  };
  const view = (id: string): PanelView => views(DEFAULT_LEVERS).find((v) => v.id === id)!;

  it('summarises the chart in words from the data', () => {
    // 2.8 × (1.08 / 1.045)⁵ = 3.30; 2.80% is already the preliminary 2025 figure.
    expect(view('rd').summary).toContain(
      'R&D intensity reaches 3.3% of GDP in 2030; target 2.8% of GDP by 2030: P(met) not yet simulated; first reached in 2025 (preliminary figure)',
    );
    expect(views(DEFAULT_LEVERS, { rdIntensity2030: 0.97 })[0].summary).toContain(
      'target 2.8% of GDP by 2030: likely (P(met) 97%); first reached in 2025 (preliminary figure)',
    );
    // 7.08 + 0.15 k ≥ 8 first at k = 7.
    expect(view('basic').summary).toContain(
      'Basic research share of R&D was 7.08% in 2025; target 8% by 2025: missed on the preliminary 2025 figure; reached in 2032 on the central projection',
    );
    // No R&D growth: 2.8 / 1.045⁵ = 2.25% in 2030, after 2.80% in 2025.
    expect(
      views({ ...DEFAULT_LEVERS, rdGrowth: 0 }, { rdIntensity2030: 0.01 })[0].summary,
    ).toContain(
      'R&D intensity reaches 2.25% of GDP in 2030; target 2.8% of GDP by 2030: unlikely (P(met) 1%); first reached in 2025 (preliminary figure), but not in 2030 on the central projection',
    );
    const never = views({ ...DEFAULT_LEVERS, llmGrowthCN: 0 });
    expect(never.find((v) => v.id === 'llms')?.summary).toContain(
      'not reached by 2035 on the central projection',
    );
  });
});
