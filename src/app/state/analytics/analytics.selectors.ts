import { createSelector } from '@ngrx/store';
import { MonteCarloRequest } from '../../simulation/monte-carlo-request';
import { leversFeature } from '../levers/levers.feature';
import { selectGoals } from '../projection.selectors';
import { referenceFeature } from '../reference/reference.feature';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { settingsFeature } from '../settings/settings.feature';

/** What the worker runs on: the reference slice's indicator pack and the inputs in force. */
export const selectMonteCarloRequest = createSelector(
  referenceFeature.selectIndicatorList,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  selectGoals,
  settingsFeature.selectMonteCarlo,
  scenariosFeature.selectComparedScenarios,
  (indicators, levers, constants, horizon, goals, settings, compared): MonteCarloRequest => ({
    indicators,
    levers,
    constants,
    horizon,
    goals,
    settings,
    compare: compared.map((s) => ({ levers: s.levers, constants: s.constants })),
  }),
);
