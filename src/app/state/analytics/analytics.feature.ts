import { createFeature, createReducer, on } from '@ngrx/store';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { MonteCarloWorkerActions } from './analytics.actions';

export interface AnalyticsState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  /** The run whose answer is awaited; answers of other runs are ignored. */
  readonly runId: number;
  readonly runningPaths: number;
  /** The result for the current levers, or null while they have none (never an older one). */
  readonly result: MonteCarloSummary | null;
  readonly error: string | null;
}

export const initialAnalyticsState: AnalyticsState = { status: 'idle', runId: 0, runningPaths: 0, result: null, error: null };

export const analyticsFeature = createFeature({
  name: 'analytics',
  reducer: createReducer(
    initialAnalyticsState,
    on(MonteCarloWorkerActions.runStarted, (_, { runId, paths }): AnalyticsState => ({
      status: 'running' as const,
      runId,
      runningPaths: paths,
      result: null,
      error: null,
    })),
    on(MonteCarloWorkerActions.runSucceeded, (state, { runId, result }): AnalyticsState =>
      runId === state.runId ? { ...state, status: 'done' as const, result } : state,
    ),
    on(MonteCarloWorkerActions.runFailed, (state, { runId, error }): AnalyticsState =>
      runId === state.runId ? { ...state, status: 'failed' as const, error } : state,
    ),
  ),
});
