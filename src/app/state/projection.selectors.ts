/** Derived data: projections, goal status and panel views are memoized over the pure model. */
import { createSelector } from '@ngrx/store';
import { buildPanelViews } from '../charts/panels';
import { evaluateGoal } from '../model/goals';
import { project } from '../model/project';
import { analyticsFeature } from './analytics/analytics.feature';
import { leversFeature } from './levers/levers.feature';
import { referenceFeature } from './reference/reference.feature';
import { settingsFeature } from './settings/settings.feature';

export const selectProjection = createSelector(
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  project,
);

export const selectGoalStatuses = createSelector(referenceFeature.selectGoalList, selectProjection, (goals, projection) =>
  goals.map((goal) => evaluateGoal(goal, projection)),
);

/** The Monte Carlo result, only if it was run for the horizon in force. */
export const selectMonteCarlo = createSelector(analyticsFeature.selectResult, settingsFeature.selectHorizon, (result, horizon) =>
  result && result.horizon === horizon ? result : null,
);

export const selectPanelViews = createSelector(
  selectProjection,
  referenceFeature.selectGoalList,
  selectGoalStatuses,
  selectMonteCarlo,
  buildPanelViews,
);

/** One row per goal with its status, for the goals panel. */
export const selectGoalRows = createSelector(referenceFeature.selectGoalList, selectGoalStatuses, (goals, statuses) =>
  goals.map((goal, i) => ({ goal, status: statuses[i] })),
);
