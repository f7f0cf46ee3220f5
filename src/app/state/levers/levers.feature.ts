import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { DEFAULT_LEVERS, LEVERS, LEVER_BY_ID, LeverValues, clampLever } from '../../model/levers';
import { GoalsPanelActions } from '../ui/ui.actions';
import { ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { ShareLinkActions } from '../link/link.actions';
import { StorageActions } from '../storage/storage.actions';
import { LeverPanelActions } from './levers.actions';

export interface LeversState {
  readonly values: LeverValues;
}

export const initialLeversState: LeversState = { values: DEFAULT_LEVERS };

export const leversFeature = createFeature({
  name: 'levers',
  reducer: createReducer(
    initialLeversState,
    on(LeverPanelActions.leverChanged, GoalsPanelActions.goalSeekApplied, (state, { id, value }): LeversState => {
      const next = Number.isFinite(value) ? clampLever(LEVER_BY_ID[id], value) : state.values[id];
      return next === state.values[id] ? state : { values: { ...state.values, [id]: next } };
    }),
    on(LeverPanelActions.leverReset, (state, { id }): LeversState => ({
      values: { ...state.values, [id]: LEVER_BY_ID[id].default },
    })),
    on(LeverPanelActions.allLeversReset, (): LeversState => initialLeversState),
    on(ScenarioManagerActions.scenarioOpened, ScenarioManagerActions.scenarioSavedAsNew, (_, { scenario }): LeversState => ({ values: scenario.levers })),
    on(StorageActions.scenariosLoaded, (state, { draft }): LeversState => (draft ? { values: draft.levers } : state)),
    on(ShareLinkActions.linkOpened, (_, { levers }): LeversState => ({ values: levers })),
  ),
  extraSelectors: ({ selectValues }) => ({
    /** Levers whose value differs from the default, in lever order. */
    selectChangedLevers: createSelector(selectValues, (values) =>
      LEVERS.filter((lever) => values[lever.id] !== lever.default),
    ),
  }),
});
