import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { initialAnalyticsState } from './analytics/analytics.feature';
import { initialGoalsState } from './goals/goals.feature';
import { LeverPanelActions } from './levers/levers.actions';
import { initialLeversState, leversFeature } from './levers/levers.feature';
import {
  selectComparisonTable,
  selectGoalStatuses,
  selectPanelViews,
  selectProjection,
} from './projection.selectors';
import { initialReferenceState } from './reference/reference.feature';
import { initialScenariosState } from './scenarios/scenarios.feature';
import { initialSettingsState } from './settings/settings.feature';
import { UiActions } from './ui/ui.actions';
import { initialUiState, uiFeature } from './ui/ui.feature';

describe('projection selectors', () => {
  const state = (levers = initialLeversState, ui = initialUiState) => ({
    levers,
    settings: initialSettingsState,
    reference: initialReferenceState,
    goals: initialGoalsState,
    scenarios: initialScenariosState,
    ui,
    analytics: initialAnalyticsState,
  });

  beforeEach(() => {
    selectProjection.release();
  });

  it('projects from the levers, constants and horizon in the store', () => {
    const p = selectProjection(state());
    expect(p).toEqual(project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035));
  });

  it('recomputes once per lever change and not for unrelated state', () => {
    const s1 = state();
    const p1 = selectProjection(s1);
    const s2 = state(s1.levers, uiFeature.reducer(s1.ui, UiActions.themeToggled()));
    expect(selectProjection(s2)).toBe(p1);
    const s3 = state(
      leversFeature.reducer(
        s1.levers,
        LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }),
      ),
      s2.ui,
    );
    const p3 = selectProjection(s3);
    expect(p3).not.toBe(p1);
    expect(selectProjection(s3)).toBe(p3);
  });

  it('evaluates every goal and builds the panel views', () => {
    expect(selectGoalStatuses(state()).map((s) => s.goalId)).toEqual(GOALS.map((g) => g.id));
    expect(selectPanelViews(state()).length).toBe(8);
  });
});

describe('comparison selectors', () => {
  it('projects each compared scenario and lists the levers that differ', () => {
    const scenarios = {
      ...initialScenariosState,
      compareIds: ['preset-baseline', 'preset-slowdown'],
    };
    const state = {
      levers: initialLeversState,
      settings: initialSettingsState,
      reference: initialReferenceState,
      goals: initialGoalsState,
      scenarios,
      ui: initialUiState,
      analytics: initialAnalyticsState,
    };
    const table = selectComparisonTable(state);
    expect(table.names).toEqual(['Baseline', 'Slowdown']);
    expect(table.levers.map((l) => l.lever.id)).toEqual(['rdGrowth', 'gdpGrowth']);
    expect(table.levers[0].values).toEqual([8, 5.5]);
    expect(
      table.outcomes.find((o) => o.goal.id === 'rdIntensity2030')!.statuses.map((s) => s.status),
    ).toEqual(['on track', 'on track']);
    const rd = selectPanelViews(state)[0];
    expect(rd.series[0].compare.map((c) => c.scenario)).toEqual(['Baseline', 'Slowdown']);
    expect(
      rd.rows.some(
        (r) =>
          r.series === 'R&D spending (GERD) — Slowdown' &&
          // From the preliminary 2025 GERD: the first projected year is 2026.
          r.year === 2026 &&
          r.value === 3926.2 * 1.055,
      ),
    ).toBeTrue();
  });
});
