import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { Goal, validateGoal } from '../../model/goals';
import { CUSTOM_GOALS_MAX } from '../../model/limits';
import { onDraftReplaced } from '../working-draft.actions';
import { GoalEditorActions } from './goals.actions';

/** The analyst's own goals, and the official goals they chose to hide (official ones are never edited). */
export interface GoalsState {
  readonly custom: EntityState<Goal>;
  readonly hidden: readonly string[];
}

export const customGoalAdapter = createEntityAdapter<Goal>();
const customSelectors = customGoalAdapter.getSelectors();

export const initialGoalsState: GoalsState = {
  custom: customGoalAdapter.getInitialState(),
  hidden: [],
};

const isValidCustom = (goal: Goal) =>
  goal.type === 'custom' && Object.keys(validateGoal(goal)).length === 0;

export const goalsFeature = createFeature({
  name: 'goals',
  reducer: createReducer(
    initialGoalsState,
    // At most CUSTOM_GOALS_MAX, the number a scenario file holds: more would make Export all unimportable.
    on(GoalEditorActions.goalAdded, (state, { goal }): GoalsState =>
      isValidCustom(goal) && state.custom.ids.length < CUSTOM_GOALS_MAX
        ? { ...state, custom: customGoalAdapter.addOne(goal, state.custom) }
        : state,
    ),
    on(GoalEditorActions.goalUpdated, (state, { goal }): GoalsState =>
      isValidCustom(goal) && state.custom.entities[goal.id]
        ? { ...state, custom: customGoalAdapter.setOne(goal, state.custom) }
        : state,
    ),
    on(GoalEditorActions.goalDeleted, (state, { id }): GoalsState => ({
      ...state,
      custom: customGoalAdapter.removeOne(id, state.custom),
    })),
    on(GoalEditorActions.goalHidden, (state, { id }): GoalsState =>
      state.hidden.includes(id) ? state : { ...state, hidden: [...state.hidden, id] },
    ),
    on(GoalEditorActions.hiddenGoalsShown, (state): GoalsState => ({ ...state, hidden: [] })),
    onDraftReplaced((draft): GoalsState => ({
      custom: customGoalAdapter.setAll(
        draft.customGoals as Goal[],
        customGoalAdapter.getInitialState(),
      ),
      hidden: draft.hiddenGoals,
    })),
  ),
  extraSelectors: ({ selectCustom }) => ({
    selectCustomGoals: createSelector(selectCustom, customSelectors.selectAll),
  }),
});
