import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Goal } from '../../model/goals';

export const GoalEditorActions = createActionGroup({
  source: 'Goal Editor',
  events: {
    'Goal Added': props<{ goal: Goal }>(),
    'Goal Updated': props<{ goal: Goal }>(),
    'Goal Deleted': props<{ id: string }>(),
    'Goal Hidden': props<{ id: string }>(),
    'Hidden Goals Shown': emptyProps(),
  },
});
