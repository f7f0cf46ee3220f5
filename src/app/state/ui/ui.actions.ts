import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Theme } from '../../charts/palette';
import { LeverId } from '../../model/levers';

export const UiActions = createActionGroup({
  source: 'Dashboard UI',
  events: {
    'Theme Toggled': emptyProps(),
    'Data Table Toggled': props<{ panel: string }>(),
    'Notices Dismissed': emptyProps(),
  },
});

/** A lever's slider held down and let go: charts hold their axes in between. */
export const SliderActions = createActionGroup({
  source: 'Lever Slider',
  events: {
    'Drag Started': props<{ lever: LeverId }>(),
    'Drag Ended': emptyProps(),
  },
});

export const ThemeStorageActions = createActionGroup({
  source: 'Theme Storage',
  events: {
    'Theme Restored': props<{ theme: Theme }>(),
  },
});

export const GoalsPanelActions = createActionGroup({
  source: 'Goals Panel',
  events: {
    'Goal Focused': props<{ goalId: string }>(),
    'Seek Lever Picked': props<{ lever: LeverId }>(),
    'Goal Seek Applied': props<{ id: LeverId; value: number }>(),
  },
});

export const GoalsGlanceActions = createActionGroup({
  source: 'Goals at a Glance',
  events: {
    'Goal Analysis Opened': props<{ goalId: string }>(),
  },
});
