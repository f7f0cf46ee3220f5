import { createFeature, createReducer, on } from '@ngrx/store';
import { ModelConstants } from '../../model/constants';
import { IndicatorData } from '../../model/indicators';
import { LeverValues } from '../../model/levers';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { MonteCarloWorkerActions } from './analytics.actions';

export interface AnalyticsState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  /** The run whose answer is awaited; answers of other runs are ignored. */
  readonly runId: number;
  readonly runningPaths: number;
  /**
   * The last result and the indicator pack, levers and constants it was run for. It is the current
   * one only while the status is 'done'; during a run, selectors keep just the bands no changed lever
   * affects.
   */
  readonly result: MonteCarloSummary | null;
  readonly resultFor: {
    readonly indicators: IndicatorData;
    readonly levers: LeverValues;
    readonly constants: ModelConstants;
  } | null;
  readonly error: string | null;
}

export const initialAnalyticsState: AnalyticsState = {
  status: 'idle',
  runId: 0,
  runningPaths: 0,
  result: null,
  resultFor: null,
  error: null,
};

export const analyticsFeature = createFeature({
  name: 'analytics',
  reducer: createReducer(
    initialAnalyticsState,
    on(MonteCarloWorkerActions.runStarted, (state, { runId, paths }): AnalyticsState => ({
      ...state,
      status: 'running' as const,
      runId,
      runningPaths: paths,
      error: null,
    })),
    on(
      MonteCarloWorkerActions.runSucceeded,
      (state, { runId, result, indicators, levers, constants }): AnalyticsState =>
        runId === state.runId
          ? {
              ...state,
              status: 'done' as const,
              result,
              resultFor: { indicators, levers, constants },
            }
          : state,
    ),
    on(MonteCarloWorkerActions.runFailed, (state, { runId, error }): AnalyticsState =>
      runId === state.runId ? { ...state, status: 'failed' as const, error } : state,
    ),
  ),
});
