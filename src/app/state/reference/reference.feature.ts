import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { dataAsOf } from '../../format/release-date';
import { DataPack, PackIdentity, SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { GOALS, Goal } from '../../model/goals';
import { Indicator } from '../../model/indicators';
import { DataPackActions, DataPackStoreActions } from '../packs/packs.actions';

export type { PackIdentity };

/** Reference data: the indicator pack with its sources and its identity, and the goals. */
export interface ReferenceState {
  readonly pack: PackIdentity;
  readonly indicators: EntityState<Indicator>;
  readonly goals: EntityState<Goal>;
}

export const indicatorAdapter = createEntityAdapter<Indicator>();
export const goalAdapter = createEntityAdapter<Goal>();

export const initialReferenceState: ReferenceState = {
  pack: packIdentity(SHIPPED_PACK),
  indicators: indicatorAdapter.setAll(
    SHIPPED_PACK.indicators as Indicator[],
    indicatorAdapter.getInitialState(),
  ),
  goals: goalAdapter.setAll(GOALS as Goal[], goalAdapter.getInitialState()),
};

function withPack(state: ReferenceState, pack: DataPack): ReferenceState {
  return {
    ...state,
    pack: packIdentity(pack),
    indicators: indicatorAdapter.setAll(pack.indicators as Indicator[], state.indicators),
  };
}

const indicatorSelectors = indicatorAdapter.getSelectors();
const goalSelectors = goalAdapter.getSelectors();

export const referenceFeature = createFeature({
  name: 'reference',
  reducer: createReducer(
    initialReferenceState,
    on(
      DataPackActions.packApplied,
      DataPackStoreActions.packSwitched,
      (state, { pack }): ReferenceState => withPack(state, pack),
    ),
    on(DataPackStoreActions.packsLoaded, (state, { active }): ReferenceState =>
      active ? withPack(state, active) : state,
    ),
  ),
  extraSelectors: ({ selectIndicators, selectGoals, selectPack }) => ({
    selectIndicatorList: createSelector(selectIndicators, indicatorSelectors.selectAll),
    /** "Data as of April 2026": shown on the dashboard, in each panel and in every export. */
    selectDataAsOf: createSelector(selectPack, (pack) => dataAsOf(pack.asOf)),
    selectGoalList: createSelector(selectGoals, goalSelectors.selectAll),
    /** The pack in force, whole: what an import is read over and "Export data pack" writes. */
    selectActivePack: createSelector(
      selectPack,
      createSelector(selectIndicators, indicatorSelectors.selectAll),
      (pack, indicators): DataPack => ({ ...pack, indicators }),
    ),
  }),
});
