import { goalRow } from '../../charts/goal-rows';
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { goalGap } from '../../model/goal-sensitivity';
import { GOALS, evaluateGoal } from '../../model/goals';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS } from '../../model/levers';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { project } from '../../model/project';
import { MonteCarloWorkerActions } from '../analytics/analytics.actions';
import { analyticsFeature, initialAnalyticsState } from '../analytics/analytics.feature';
import { initialLeversState } from '../levers/levers.feature';
import { initialReferenceState } from '../reference/reference.feature';
import { initialScenariosState } from '../scenarios/scenarios.feature';
import { initialSettingsState } from '../settings/settings.feature';
import { UiActions } from '../ui/ui.actions';
import { initialUiState, uiFeature } from '../ui/ui.feature';
import { selectGoalOutlooks, selectGoalRows } from './goal-rows.selectors';
import { initialGoalsState } from './goals.feature';

describe('goal row selectors', () => {
  const goals = GOALS.filter((g) => ['rdIntensity2030', 'basicShare2025'].includes(g.id));
  const inputs = (horizon: number) => {
    const projection = project(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, horizon);
    const statuses = goals.map((goal) => evaluateGoal(INDICATORS, goal, projection));
    const outlooks = selectGoalOutlooks.projector([...INDICATORS], goals, statuses, projection);
    return { projection, statuses, outlooks };
  };
  const summary = (goalProbability: Record<string, number>): MonteCarloSummary => ({
    paths: 1000,
    seed: 7,
    horizon: 2035,
    bands: {} as MonteCarloSummary['bands'],
    goalProbability,
    compareProbability: [],
  });

  it('takes each outlook from the projection at the year the goal is first met', () => {
    const { projection, statuses, outlooks } = inputs(2035);
    expect(outlooks).toEqual(
      goals.map((goal, i) => goalGap(INDICATORS, goal, projection, statuses[i].firstYear)),
    );
  });

  it('builds one row per goal, without probabilities until a run is in', () => {
    const { statuses, outlooks } = inputs(2035);
    const rows = selectGoalRows.projector(goals, statuses, outlooks, 2035, null);
    expect(rows).toEqual(goals.map((goal, i) => goalRow(goal, statuses[i], 2035, outlooks[i])));
    expect(rows.map((r) => r.probability)).toEqual([null, null]);
  });

  it('gives each goal its probability from the run, and the status word it decides', () => {
    const { statuses, outlooks } = inputs(2035);
    const rows = selectGoalRows.projector(
      goals,
      statuses,
      outlooks,
      2035,
      summary({ rdIntensity2030: 0.8 }),
    );
    expect(rows.map((r) => [r.id, r.probability, r.word, r.probabilityText])).toEqual([
      ['basicShare2025', null, 'missed', null],
      ['rdIntensity2030', 0.8, 'likely', '80%'],
    ]);
  });

  it('states no probability for a goal whose deadline is past the horizon', () => {
    const { statuses, outlooks } = inputs(2028);
    const rows = selectGoalRows.projector(
      goals,
      statuses,
      outlooks,
      2028,
      summary({ rdIntensity2030: 0.8, basicShare2025: 0.1 }),
    );
    const rd = rows.find((r) => r.id === 'rdIntensity2030')!;
    expect(rd.status).toBe('beyond horizon');
    expect(rd.probability).toBeNull();
    expect(rows.find((r) => r.id === 'basicShare2025')!.probability).toBe(0.1);
  });

  describe('memoized over the store', () => {
    const state = (ui = initialUiState, analytics = initialAnalyticsState) => ({
      levers: initialLeversState,
      settings: initialSettingsState,
      reference: initialReferenceState,
      goals: initialGoalsState,
      scenarios: initialScenariosState,
      ui,
      analytics,
    });

    beforeEach(() => {
      selectGoalRows.release();
      selectGoalOutlooks.release();
    });

    it('keeps the same rows when unrelated state changes', () => {
      const s1 = state();
      const rows = selectGoalRows(s1);
      const s2 = state(uiFeature.reducer(s1.ui, UiActions.themeToggled()));
      expect(selectGoalRows(s2)).toBe(rows);
    });

    it('adds the probabilities of a run that comes in without redoing the outlooks', () => {
      const s1 = state();
      const rows = selectGoalRows(s1);
      const outlooks = selectGoalOutlooks(s1);
      const started = analyticsFeature.reducer(
        s1.analytics,
        MonteCarloWorkerActions.runStarted({ runId: 1, paths: 1000 }),
      );
      const done = analyticsFeature.reducer(
        started,
        MonteCarloWorkerActions.runSucceeded({
          runId: 1,
          result: summary({ rdIntensity2030: 0.8 }),
          indicators: INDICATORS,
          levers: s1.levers.values,
          constants: s1.settings.constants,
        }),
      );
      const s2 = state(s1.ui, done);
      expect(selectGoalOutlooks(s2)).toBe(outlooks);
      const next = selectGoalRows(s2);
      expect(next).not.toBe(rows);
      expect(next.find((r) => r.id === 'rdIntensity2030')!.probability).toBe(0.8);
    });
  });
});
