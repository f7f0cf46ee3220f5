import { createActionGroup, props } from '@ngrx/store';
import { ModelConstants } from '../../model/constants';
import { IndicatorData } from '../../model/indicators';
import { LeverValues } from '../../model/levers';
import { MonteCarloSummary } from '../../model/monte-carlo';

export const MonteCarloWorkerActions = createActionGroup({
  source: 'Monte Carlo Worker',
  events: {
    'Run Started': props<{ runId: number; paths: number }>(),
    'Run Succeeded': props<{
      runId: number;
      result: MonteCarloSummary;
      indicators: IndicatorData;
      levers: LeverValues;
      constants: ModelConstants;
    }>(),
    'Run Failed': props<{ runId: number; error: string }>(),
  },
});
