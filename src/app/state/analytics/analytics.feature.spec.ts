import { DEFAULT_CONSTANTS } from '../../model/constants';
import { GOALS } from '../../model/goals';
import { DEFAULT_LEVERS } from '../../model/levers';
import { runMonteCarlo, summarize } from '../../model/monte-carlo';
import { MonteCarloWorkerActions } from './analytics.actions';
import { analyticsFeature, initialAnalyticsState } from './analytics.feature';

describe('analytics reducer', () => {
  const reduce = analyticsFeature.reducer;
  const result = summarize(runMonteCarlo(DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, { paths: 200, seed: 1 }));

  it('drops the old result as soon as a run starts', () => {
    const done = reduce(reduce(initialAnalyticsState, MonteCarloWorkerActions.runStarted({ runId: 1, paths: 200 })), MonteCarloWorkerActions.runSucceeded({ runId: 1, result }));
    expect(done.result).toBe(result);
    const running = reduce(done, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    expect(running.result).toBeNull();
    expect(running.status).toBe('running');
  });

  it('never takes the answer of an older run', () => {
    let s = reduce(initialAnalyticsState, MonteCarloWorkerActions.runStarted({ runId: 1, paths: 200 }));
    s = reduce(s, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    s = reduce(s, MonteCarloWorkerActions.runSucceeded({ runId: 1, result }));
    expect(s.result).toBeNull();
    expect(s.status).toBe('running');
    s = reduce(s, MonteCarloWorkerActions.runFailed({ runId: 1, error: 'old' }));
    expect(s.error).toBeNull();
  });
});
