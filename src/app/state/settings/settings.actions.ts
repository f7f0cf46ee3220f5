import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { ConstantId } from '../../model/constants';
import { MonteCarloSettings } from '../../model/monte-carlo';

export const SettingsActions = createActionGroup({
  source: 'Model Settings',
  events: {
    'Horizon Changed': props<{ horizon: number }>(),
    'Constant Changed': props<{ id: ConstantId; value: number }>(),
    'Constants Reset': emptyProps(),
    'Monte Carlo Settings Changed': props<Partial<MonteCarloSettings>>(),
  },
});
