import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { LeverId } from '../../model/levers';

export const LeverPanelActions = createActionGroup({
  source: 'Lever Panel',
  events: {
    'Lever Changed': props<{ id: LeverId; value: number }>(),
    'Lever Reset': props<{ id: LeverId }>(),
    'All Levers Reset': emptyProps(),
  },
});
