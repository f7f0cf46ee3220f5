import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { DEFAULT_LEVERS, LEVERS, LEVER_BY_ID, LeverValues, clampLever } from '../../model/levers';
import { GoalsPanelActions } from '../ui/ui.actions';
import { onDraftReplaced } from '../working-draft.actions';
import { LeverPanelActions } from './levers.actions';

export interface LeversState {
  readonly values: LeverValues;
}

export const initialLeversState: LeversState = { values: DEFAULT_LEVERS };

export const leversFeature = createFeature({
  name: 'levers',
  reducer: createReducer(
    initialLeversState,
    on(
      LeverPanelActions.leverChanged,
      GoalsPanelActions.goalSeekApplied,
      (state, { id, value }): LeversState => {
        const next = Number.isFinite(value) ? clampLever(LEVER_BY_ID[id], value) : state.values[id];
        return next === state.values[id] ? state : { values: { ...state.values, [id]: next } };
      },
    ),
    on(LeverPanelActions.leverReset, (state, { id }): LeversState => ({
      values: { ...state.values, [id]: LEVER_BY_ID[id].default },
    })),
    on(LeverPanelActions.allLeversReset, (): LeversState => initialLeversState),
    // A draft with the levers already in force keeps the state: nothing redraws.
    onDraftReplaced((draft, state): LeversState =>
      draft.levers !== state.values ? { values: draft.levers } : state,
    ),
  ),
  extraSelectors: ({ selectValues }) => ({
    /** Levers whose value differs from the default, in lever order. */
    selectChangedLevers: createSelector(selectValues, (values) =>
      LEVERS.filter((lever) => values[lever.id] !== lever.default),
    ),
  }),
});
