/**
 * Derived data: projections, goal status and panel views are memoized over the pure model, run on
 * the indicator pack the reference slice holds (so a new pack changes every number below).
 */
import { createSelector } from '@ngrx/store';
import { ComparisonTable } from '../charts/compare-rows';
import { PALETTES, scenarioStyles } from '../charts/palette';
import { buildPanelViews } from '../charts/panel-view';
import { ConstantId } from '../model/constants';
import { goalSeek, plausibilityWarnings, tornado } from '../model/goal-sensitivity';
import { evaluateGoal } from '../model/goals';
import { IndicatorData, IndicatorId } from '../model/indicators';
import { LEVERS } from '../model/levers';
import { MonteCarloSummary } from '../model/monte-carlo';
import { LEVER_EFFECTS, project } from '../model/project';
import { analyticsFeature } from './analytics/analytics.feature';
import { selectBaseline } from './baseline.selectors';
import { goalsFeature } from './goals/goals.feature';
import { leversFeature } from './levers/levers.feature';
import { referenceFeature } from './reference/reference.feature';
import { scenariosFeature } from './scenarios/scenarios.feature';
import { settingsFeature } from './settings/settings.feature';
import { uiFeature } from './ui/ui.feature';

/** The goals in force: official ones not hidden, then the analyst's own. */
export const selectGoals = createSelector(
  referenceFeature.selectGoalList,
  goalsFeature.selectCustomGoals,
  goalsFeature.selectHidden,
  (official, custom, hidden) => [...official.filter((g) => !hidden.includes(g.id)), ...custom],
);

export const selectProjection = createSelector(
  referenceFeature.selectIndicatorList,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  project,
);

export const selectGoalStatuses = createSelector(
  referenceFeature.selectIndicatorList,
  selectGoals,
  selectProjection,
  (data, goals, projection) => goals.map((goal) => evaluateGoal(data, goal, projection)),
);

/**
 * Whether two lists hold the same indicators: the reference slice keeps each indicator object while
 * its pack stays, though the list selected from it may be rebuilt.
 */
function samePack(a: IndicatorData, b: IndicatorData): boolean {
  return a === b || (a.length === b.length && a.every((indicator, i) => indicator === b[i]));
}

/** The Monte Carlo result for the inputs in force; none while a run for them is pending. */
export const selectMonteCarlo = createSelector(
  analyticsFeature.selectAnalyticsState,
  settingsFeature.selectHorizon,
  ({ status, result }, horizon) =>
    status === 'done' && result && result.horizon === horizon ? result : null,
);

/**
 * The bands to draw: the last result's, without those of indicators a lever changed since it moves
 * (LEVER_EFFECTS). The ones kept are what the pending run will give, bit for bit, so a chart the
 * change leaves alone keeps its band instead of blinking. None if the indicator pack, constants,
 * horizon, number of paths or seed changed.
 */
export const selectBands = createSelector(
  analyticsFeature.selectAnalyticsState,
  referenceFeature.selectIndicatorList,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  settingsFeature.selectMonteCarlo,
  ({ result, resultFor }, data, levers, constants, horizon, settings): MonteCarloSummary | null => {
    if (
      !result ||
      !resultFor ||
      !samePack(resultFor.indicators, data) ||
      result.horizon !== horizon ||
      result.paths !== settings.paths ||
      result.seed !== settings.seed
    )
      return null;
    if (
      (Object.keys(constants) as ConstantId[]).some(
        (id) => resultFor.constants[id] !== constants[id],
      )
    )
      return null;
    const moved = new Set(
      LEVERS.filter((l) => resultFor.levers[l.id] !== levers[l.id]).flatMap(
        (l) => LEVER_EFFECTS[l.id],
      ),
    );
    if (!moved.size) return result;
    const bands = Object.fromEntries(
      Object.entries(result.bands).filter(([id]) => !moved.has(id as IndicatorId)),
    );
    return { ...result, bands: bands as MonteCarloSummary['bands'] };
  },
);

/** The compared scenarios, each projected on the current horizon with its own constants. */
export const selectComparisons = createSelector(
  referenceFeature.selectIndicatorList,
  scenariosFeature.selectComparedScenarios,
  settingsFeature.selectHorizon,
  (data, scenarios, horizon) =>
    scenarios.map((scenario) => ({
      name: scenario.name,
      scenario,
      projection: project(data, scenario.levers, scenario.constants, horizon),
    })),
);

/**
 * P(met) per goal for the inputs in force, or null while their run is pending. Unlike the bands, none
 * of an earlier run is kept: any lever may move any goal, and a word read from another scenario's
 * probability would be wrong for this one.
 */
export const selectGoalProbabilities = createSelector(
  selectMonteCarlo,
  (mc) => mc?.goalProbability ?? null,
);

export const selectPanelViews = createSelector(
  selectProjection,
  selectGoals,
  selectGoalStatuses,
  selectBands,
  selectComparisons,
  selectBaseline,
  selectGoalProbabilities,
  buildPanelViews,
);

/**
 * For the comparison panel: levers that differ between compared scenarios, goal outcomes in each,
 * and how each scenario is drawn on the charts (colour in the theme, dash), to key the table.
 */
export const selectComparisonTable = createSelector(
  referenceFeature.selectIndicatorList,
  selectComparisons,
  selectGoals,
  selectMonteCarlo,
  uiFeature.selectTheme,
  (data, comparisons, goals, mc, theme): ComparisonTable => {
    const levers = LEVERS.filter(
      (lever) => new Set(comparisons.map((c) => c.scenario.levers[lever.id])).size > 1,
    ).map((lever) => ({
      lever,
      values: comparisons.map((c) => c.scenario.levers[lever.id]),
    }));
    // Probabilities belong to this comparison only if the run included every compared scenario.
    const probabilities =
      mc && mc.compareProbability.length === comparisons.length ? mc.compareProbability : null;
    const outcomes = goals.map((goal) => ({
      goal,
      statuses: comparisons.map((c) => evaluateGoal(data, goal, c.projection)),
      probabilities: comparisons.map((_, i) => probabilities?.[i]?.[goal.id] ?? null),
    }));
    return {
      names: comparisons.map((c) => c.name),
      styles: scenarioStyles(PALETTES[theme], comparisons.length),
      levers,
      outcomes,
      paths: probabilities ? mc!.paths : null,
    };
  },
);

/** The goal the analysis panel looks at: the one picked, else the first. */
export const selectFocusedGoal = createSelector(
  selectGoals,
  uiFeature.selectFocusedGoalId,
  (goals, id) => goals.find((g) => g.id === id) ?? goals[0] ?? null,
);

export const selectTornado = createSelector(
  referenceFeature.selectIndicatorList,
  selectFocusedGoal,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  (data, goal, levers, constants, horizon) =>
    goal ? tornado(data, goal, levers, constants, horizon) : null,
);

export const selectGoalSeek = createSelector(
  referenceFeature.selectIndicatorList,
  selectFocusedGoal,
  uiFeature.selectSeekLever,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  (data, goal, lever, levers, constants, horizon) =>
    goal ? goalSeek(data, goal, lever, levers, constants, horizon) : null,
);

export const selectWarnings = createSelector(
  referenceFeature.selectIndicatorList,
  leversFeature.selectValues,
  selectProjection,
  plausibilityWarnings,
);
