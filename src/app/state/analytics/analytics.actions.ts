import { createActionGroup, props } from '@ngrx/store';
import { MonteCarloSummary } from '../../model/monte-carlo';

export const MonteCarloWorkerActions = createActionGroup({
  source: 'Monte Carlo Worker',
  events: {
    'Run Started': props<{ runId: number; paths: number }>(),
    'Run Succeeded': props<{ runId: number; result: MonteCarloSummary }>(),
    'Run Failed': props<{ runId: number; error: string }>(),
  },
});
