/** Derived data: projections, goal status and panel views are memoized over the pure model. */
import { createSelector } from '@ngrx/store';
import { buildPanelViews } from '../charts/panels';
import { evaluateGoal } from '../model/goals';
import { project } from '../model/project';
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

export const selectPanelViews = createSelector(
  selectProjection,
  referenceFeature.selectGoalList,
  selectGoalStatuses,
  buildPanelViews,
);

/** One row per goal with its status, for the goals panel. */
export const selectGoalRows = createSelector(referenceFeature.selectGoalList, selectGoalStatuses, (goals, statuses) =>
  goals.map((goal, i) => ({ goal, status: statuses[i] })),
);
