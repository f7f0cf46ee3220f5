import { createSelector } from '@ngrx/store';
import { MonteCarloRequest } from '../../simulation/monte-carlo-request';
import { leversFeature } from '../levers/levers.feature';
import { selectGoals } from '../projection.selectors';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { settingsFeature } from '../settings/settings.feature';

export const selectMonteCarloRequest = createSelector(
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  selectGoals,
  settingsFeature.selectMonteCarlo,
  scenariosFeature.selectComparedScenarios,
  (levers, constants, horizon, goals, settings, compared): MonteCarloRequest => ({
    levers,
    constants,
    horizon,
    goals,
    settings,
    compare: compared.map((s) => ({ levers: s.levers, constants: s.constants })),
  }),
);
