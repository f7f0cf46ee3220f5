import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector } from '@ngrx/store';
import { GOALS, Goal } from '../../model/goals';
import { INDICATORS, Indicator } from '../../model/indicators';

/** Reference data: the indicator pack with its sources, and the goals. */
export interface ReferenceState {
  readonly indicators: EntityState<Indicator>;
  readonly goals: EntityState<Goal>;
}

export const indicatorAdapter = createEntityAdapter<Indicator>();
export const goalAdapter = createEntityAdapter<Goal>();

export const initialReferenceState: ReferenceState = {
  indicators: indicatorAdapter.setAll(
    INDICATORS as Indicator[],
    indicatorAdapter.getInitialState(),
  ),
  goals: goalAdapter.setAll(GOALS as Goal[], goalAdapter.getInitialState()),
};

const indicatorSelectors = indicatorAdapter.getSelectors();
const goalSelectors = goalAdapter.getSelectors();

export const referenceFeature = createFeature({
  name: 'reference',
  reducer: createReducer(initialReferenceState),
  extraSelectors: ({ selectIndicators, selectGoals }) => ({
    selectIndicatorList: createSelector(selectIndicators, indicatorSelectors.selectAll),
    selectGoalList: createSelector(selectGoals, goalSelectors.selectAll),
  }),
});
