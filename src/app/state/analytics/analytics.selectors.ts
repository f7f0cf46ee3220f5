import { createSelector } from '@ngrx/store';
import { MonteCarloRequest } from '../../analytics/monte-carlo-request';
import { leversFeature } from '../levers/levers.feature';
import { selectGoals } from '../projection.selectors';
import { settingsFeature } from '../settings/settings.feature';

export const selectMonteCarloRequest = createSelector(
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  selectGoals,
  settingsFeature.selectMonteCarlo,
  (levers, constants, horizon, goals, settings): MonteCarloRequest => ({ levers, constants, horizon, goals, settings }),
);
