import { createSelector } from '@ngrx/store';
import { GoalRow, goalRow } from '../../charts/goal-rows';
import { goalGap } from '../../model/goal-sensitivity';
import {
  selectGoalStatuses,
  selectGoals,
  selectMonteCarlo,
  selectProjection,
} from '../projection.selectors';
import { referenceFeature } from '../reference/reference.feature';
import { settingsFeature } from '../settings/settings.feature';

/**
 * Each goal's outlook (growth needed against projected, years ahead or behind), apart from the rows
 * so that a Monte Carlo run coming in only adds probabilities and does not redo the outlooks.
 */
export const selectGoalOutlooks = createSelector(
  referenceFeature.selectIndicatorList,
  selectGoals,
  selectGoalStatuses,
  selectProjection,
  (data, goals, statuses, projection) =>
    goals.map((goal, i) => goalGap(data, goal, projection, statuses[i].firstYear)),
);

/** The goals panel's rows, as text, with each goal's probability once the run for them is in. */
export const selectGoalRows = createSelector(
  selectGoals,
  selectGoalStatuses,
  selectGoalOutlooks,
  settingsFeature.selectHorizon,
  selectMonteCarlo,
  (goals, statuses, outlooks, horizon, monteCarlo): GoalRow[] =>
    goals.map((goal, i) =>
      goalRow(
        goal,
        statuses[i],
        horizon,
        outlooks[i],
        monteCarlo?.goalProbability[goal.id] ?? null,
      ),
    ),
);
