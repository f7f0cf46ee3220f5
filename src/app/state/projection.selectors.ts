/** Derived data: projections, goal status and panel views are memoized over the pure model. */
import { createSelector } from '@ngrx/store';
import { buildPanelViews } from '../charts/panels';
import { goalGap, goalSeek, plausibilityWarnings, tornado } from '../model/analysis';
import { evaluateGoal } from '../model/goals';
import { project } from '../model/project';
import { analyticsFeature } from './analytics/analytics.feature';
import { goalsFeature } from './goals/goals.feature';
import { LEVERS } from '../model/levers';
import { leversFeature } from './levers/levers.feature';
import { scenariosFeature } from './scenarios/scenarios.feature';
import { referenceFeature } from './reference/reference.feature';
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
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  project,
);

export const selectGoalStatuses = createSelector(selectGoals, selectProjection, (goals, projection) =>
  goals.map((goal) => evaluateGoal(goal, projection)),
);

/** The Monte Carlo result, only if it was run for the horizon in force. */
export const selectMonteCarlo = createSelector(analyticsFeature.selectResult, settingsFeature.selectHorizon, (result, horizon) =>
  result && result.horizon === horizon ? result : null,
);

/** The compared scenarios, each projected on the current horizon with its own constants. */
export const selectComparisons = createSelector(
  scenariosFeature.selectComparedScenarios,
  settingsFeature.selectHorizon,
  (scenarios, horizon) =>
    scenarios.map((scenario) => ({ name: scenario.name, scenario, projection: project(scenario.levers, scenario.constants, horizon) })),
);

export const selectPanelViews = createSelector(
  selectProjection,
  selectGoals,
  selectGoalStatuses,
  selectMonteCarlo,
  selectComparisons,
  buildPanelViews,
);

/** For the comparison panel: levers that differ between compared scenarios, and goal outcomes in each. */
export const selectComparisonTable = createSelector(selectComparisons, selectGoals, selectMonteCarlo, (comparisons, goals, mc) => {
  const levers = LEVERS.filter((lever) => new Set(comparisons.map((c) => c.scenario.levers[lever.id])).size > 1).map((lever) => ({
    lever,
    values: comparisons.map((c) => c.scenario.levers[lever.id]),
  }));
  // Probabilities belong to this comparison only if the run included every compared scenario.
  const probabilities = mc && mc.compareProbability.length === comparisons.length ? mc.compareProbability : null;
  const outcomes = goals.map((goal) => ({
    goal,
    statuses: comparisons.map((c) => evaluateGoal(goal, c.projection)),
    probabilities: comparisons.map((_, i) => probabilities?.[i]?.[goal.id] ?? null),
  }));
  return { names: comparisons.map((c) => c.name), levers, outcomes, paths: probabilities ? mc!.paths : null };
});

/** One row per goal with its status and gap to target, for the goals panel. */
export const selectGoalRows = createSelector(
  selectGoals,
  selectGoalStatuses,
  selectProjection,
  (goals, statuses, projection) =>
    goals.map((goal, i) => ({ goal, status: statuses[i], gap: goalGap(goal, projection, statuses[i].firstYear) })),
);

/** The goal the analysis panel looks at: the one picked, else the first. */
export const selectFocusedGoal = createSelector(selectGoals, uiFeature.selectFocusedGoalId, (goals, id) =>
  goals.find((g) => g.id === id) ?? goals[0] ?? null,
);

export const selectTornado = createSelector(
  selectFocusedGoal,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  (goal, levers, constants, horizon) => (goal ? tornado(goal, levers, constants, horizon) : null),
);

export const selectGoalSeek = createSelector(
  selectFocusedGoal,
  uiFeature.selectSeekLever,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  (goal, lever, levers, constants, horizon) => (goal ? goalSeek(goal, lever, levers, constants, horizon) : null),
);

export const selectWarnings = createSelector(leversFeature.selectValues, selectProjection, plausibilityWarnings);
