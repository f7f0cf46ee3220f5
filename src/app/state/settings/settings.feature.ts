import { createFeature, createReducer, on } from '@ngrx/store';
import {
  CONSTANTS_INFO,
  DEFAULT_CONSTANTS,
  DEFAULT_HORIZON,
  HORIZON_MAX,
  HORIZON_MIN,
  ModelConstants,
} from '../../model/constants';
import { PATHS_MAX, PATHS_MIN, SEED_MAX } from '../../model/limits';
import { DEFAULT_MONTE_CARLO, MonteCarloSettings } from '../../model/monte-carlo';
import { onDraftReplaced } from '../working-draft.actions';
import { SettingsActions } from './settings.actions';

export interface SettingsState {
  readonly horizon: number;
  readonly constants: ModelConstants;
  readonly monteCarlo: MonteCarloSettings;
}

export const initialSettingsState: SettingsState = {
  horizon: DEFAULT_HORIZON,
  constants: DEFAULT_CONSTANTS,
  monteCarlo: DEFAULT_MONTE_CARLO,
};

const inRange = (value: number, min: number, max: number) =>
  Number.isFinite(value) && value >= min && value <= max;

export const settingsFeature = createFeature({
  name: 'settings',
  reducer: createReducer(
    initialSettingsState,
    on(SettingsActions.horizonChanged, (state, { horizon }): SettingsState =>
      Number.isInteger(horizon) && inRange(horizon, HORIZON_MIN, HORIZON_MAX)
        ? { ...state, horizon }
        : state,
    ),
    on(SettingsActions.constantChanged, (state, { id, value }): SettingsState => {
      const info = CONSTANTS_INFO.find((c) => c.id === id);
      return info && inRange(value, info.min, info.max)
        ? { ...state, constants: { ...state.constants, [id]: value } }
        : state;
    }),
    on(SettingsActions.constantsReset, (state): SettingsState => ({
      ...state,
      constants: DEFAULT_CONSTANTS,
    })),
    onDraftReplaced((draft): SettingsState => ({
      horizon: draft.horizon,
      constants: draft.constants,
      monteCarlo: draft.monteCarlo,
    })),
    on(SettingsActions.monteCarloSettingsChanged, (state, { paths, seed }): SettingsState => {
      const pathsOk =
        paths === undefined || (Number.isInteger(paths) && inRange(paths, PATHS_MIN, PATHS_MAX));
      const seedOk = seed === undefined || (Number.isInteger(seed) && inRange(seed, 0, SEED_MAX));
      return pathsOk && seedOk
        ? {
            ...state,
            monteCarlo: {
              ...state.monteCarlo,
              paths: paths ?? state.monteCarlo.paths,
              seed: seed ?? state.monteCarlo.seed,
            },
          }
        : state;
    }),
  ),
});
