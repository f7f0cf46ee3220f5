import { DEFAULT_CONSTANTS } from '../../model/constants';
import { GOALS } from '../../model/goals';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS, LeverValues } from '../../model/levers';
import { runMonteCarlo, summarize } from '../../model/monte-carlo';
import { initialLeversState } from '../levers/levers.feature';
import { selectBands, selectMonteCarlo } from '../projection.selectors';
import {
  ReferenceState,
  indicatorAdapter,
  initialReferenceState,
} from '../reference/reference.feature';
import { SettingsState, initialSettingsState } from '../settings/settings.feature';
import { MonteCarloWorkerActions } from './analytics.actions';
import { AnalyticsState, analyticsFeature, initialAnalyticsState } from './analytics.feature';

describe('analytics reducer and selectors', () => {
  const reduce = analyticsFeature.reducer;
  const result = summarize(
    runMonteCarlo(INDICATORS, DEFAULT_LEVERS, DEFAULT_CONSTANTS, 2035, GOALS, {
      paths: 200,
      seed: 42,
    }),
  );
  const succeeded = (runId: number) =>
    MonteCarloWorkerActions.runSucceeded({
      runId,
      result,
      indicators: INDICATORS,
      levers: DEFAULT_LEVERS,
      constants: DEFAULT_CONSTANTS,
    });
  const done = reduce(
    reduce(initialAnalyticsState, MonteCarloWorkerActions.runStarted({ runId: 1, paths: 200 })),
    succeeded(1),
  );
  const state = (
    analytics: AnalyticsState,
    values: LeverValues = DEFAULT_LEVERS,
    settings: SettingsState = initialSettingsState,
    reference: ReferenceState = initialReferenceState,
  ) => ({
    analytics,
    reference,
    levers: { ...initialLeversState, values },
    settings: { ...settings, monteCarlo: { paths: 200, seed: 42 } },
  });

  beforeEach(() => {
    selectBands.release();
    selectMonteCarlo.release();
  });

  it('gives the result for the inputs in force, and none while a newer run is pending', () => {
    expect(selectMonteCarlo(state(done))).toBe(result);
    const running = reduce(done, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    expect(running.status).toBe('running');
    expect(selectMonteCarlo(state(running, { ...DEFAULT_LEVERS, rdGrowth: 10 }))).toBeNull();
  });

  it('keeps, during a run, the bands of indicators the changed levers do not move', () => {
    const running = reduce(done, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    const bands = selectBands(state(running, { ...DEFAULT_LEVERS, rdGrowth: 10 }))!.bands;
    expect(bands.rdSpend).toBeUndefined();
    expect(bands.rdIntensity).toBeUndefined();
    expect(bands.gdp).toBe(result.bands.gdp);
    expect(bands.llmsCN).toBe(result.bands.llmsCN);
    const moreMoved = selectBands(
      state(running, { ...DEFAULT_LEVERS, rdGrowth: 10, exportControls: 0.9 }),
    )!.bands;
    expect(moreMoved.llmsCN).toBeUndefined();
    expect(moreMoved.robotDensity).toBe(result.bands.robotDensity);
  });

  it('drops every band when the constants, horizon, paths or seed change', () => {
    const running = reduce(done, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    const constants = { ...DEFAULT_CONSTANTS, talentLag: 2 };
    expect(
      selectBands(state(running, DEFAULT_LEVERS, { ...initialSettingsState, constants })),
    ).toBeNull();
    expect(
      selectBands(state(running, DEFAULT_LEVERS, { ...initialSettingsState, horizon: 2040 })),
    ).toBeNull();
    const otherSeed = {
      ...state(running),
      settings: { ...initialSettingsState, monteCarlo: { paths: 200, seed: 7 } },
    };
    expect(selectBands(otherSeed)).toBeNull();
    const otherPaths = {
      ...state(running),
      settings: { ...initialSettingsState, monteCarlo: { paths: 400, seed: 42 } },
    };
    expect(selectBands(otherPaths)).toBeNull();
  });

  it('drops every band when the indicator pack changes', () => {
    const running = reduce(done, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    const revised = INDICATORS.map((ind) => (ind.id === 'gdp' ? { ...ind } : ind));
    const reference = {
      ...initialReferenceState,
      indicators: indicatorAdapter.setAll(revised, indicatorAdapter.getInitialState()),
    };
    expect(selectBands(state(running))).not.toBeNull();
    expect(selectBands(state(running, DEFAULT_LEVERS, initialSettingsState, reference))).toBeNull();
  });

  it('never takes the answer of an older run', () => {
    let s = reduce(
      initialAnalyticsState,
      MonteCarloWorkerActions.runStarted({ runId: 1, paths: 200 }),
    );
    s = reduce(s, MonteCarloWorkerActions.runStarted({ runId: 2, paths: 200 }));
    s = reduce(s, succeeded(1));
    expect(s.result).toBeNull();
    expect(s.status).toBe('running');
    s = reduce(s, MonteCarloWorkerActions.runFailed({ runId: 1, error: 'old' }));
    expect(s.error).toBeNull();
  });
});
