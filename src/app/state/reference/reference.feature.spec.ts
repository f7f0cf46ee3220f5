import { readPack, row } from '../../data-packs/testing/pack-files';
import { dataAsOf } from '../../format/release-date';
import { SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { INDICATORS, Indicator, lastObservedYear } from '../../model/indicators';
import { runMonteCarlo } from '../../model/monte-carlo';
import { initialAnalyticsState } from '../analytics/analytics.feature';
import { selectMonteCarloRequest } from '../analytics/analytics.selectors';
import { initialBriefingState } from '../briefing/briefing.feature';
import { selectSteps } from '../briefing/briefing.selectors';
import { initialPresentationState } from '../briefing/presentation.feature';
import { selectGoalOutlooks } from '../goals/goal-rows.selectors';
import { initialGoalsState } from '../goals/goals.feature';
import { initialLeversState } from '../levers/levers.feature';
import { DataPackActions, DataPackStoreActions } from '../packs/packs.actions';
import {
  selectComparisonTable,
  selectGoalStatuses,
  selectGoals,
  selectPanelViews,
  selectProjection,
  selectTornado,
  selectWarnings,
} from '../projection.selectors';
import { initialScenariosState } from '../scenarios/scenarios.feature';
import { selectProvenance } from '../scenarios/scenarios.selectors';
import { initialSettingsState } from '../settings/settings.feature';
import { initialUiState } from '../ui/ui.feature';
import {
  ReferenceState,
  indicatorAdapter,
  initialReferenceState,
  referenceFeature,
} from './reference.feature';

/** The shipped pack with R&D spending's last observation revised by a factor, as a new pack might. */
function revisedPack(factor: number): Indicator[] {
  return INDICATORS.map((ind) => {
    if (ind.id !== 'rdSpend') return ind;
    const last = lastObservedYear(ind);
    return {
      ...ind,
      history: ind.history.map((p) =>
        p.primary && p.year === last ? { ...p, value: p.value * factor } : p,
      ),
    };
  });
}

describe('reference slice', () => {
  const state = (reference: ReferenceState) => ({
    reference,
    levers: initialLeversState,
    settings: initialSettingsState,
    goals: initialGoalsState,
    scenarios: { ...initialScenariosState, compareIds: ['preset-baseline', 'preset-slowdown'] },
    ui: initialUiState,
    analytics: initialAnalyticsState,
    briefing: initialBriefingState,
    presentation: initialPresentationState,
  });
  const shipped = state(initialReferenceState);
  const withPack = (pack: Indicator[]) =>
    state({
      ...initialReferenceState,
      indicators: indicatorAdapter.setAll(pack, indicatorAdapter.getInitialState()),
    });
  const revised = withPack(revisedPack(0.7));

  it('starts with the shipped indicator pack', () => {
    expect(referenceFeature.selectIndicatorList(shipped)).toEqual(INDICATORS as Indicator[]);
    expect(referenceFeature.selectPack(shipped)).toEqual({
      id: SHIPPED_PACK.id,
      name: SHIPPED_PACK.name,
      asOf: SHIPPED_PACK.asOf,
    });
  });

  it('says which pack the numbers come from, on screen and in every export', () => {
    const other = state({
      ...initialReferenceState,
      pack: { id: 'analyst-1', name: 'Analyst pack', asOf: '2026-01-19' },
    });
    expect(referenceFeature.selectDataAsOf(shipped)).toBe(dataAsOf(SHIPPED_PACK.asOf));
    expect(referenceFeature.selectDataAsOf(other)).toBe('Data as of 19 January 2026');
    expect(selectProvenance(other).pack).toEqual({ name: 'Analyst pack', asOf: '2026-01-19' });
  });

  it('feeds its pack to every projection: a revised observation changes what follows from it', () => {
    const before = selectProjection(shipped);
    const after = selectProjection(revised);
    expect(after.values.rdSpend[2030 - 2012]).toBeCloseTo(before.values.rdSpend[2030 - 2012] * 0.7);
    expect(after.values.rdIntensity[2030 - 2012]).toBeLessThan(
      before.values.rdIntensity[2030 - 2012],
    );
    expect(after.values.gdp).toEqual(before.values.gdp);
    const compared = (s: typeof shipped) =>
      selectComparisonTable(s).outcomes.find((o) => o.goal.id === 'rdIntensity2030')!.statuses;
    expect(compared(revised).map((c) => c.value)).not.toEqual(
      compared(shipped).map((c) => c.value),
    );
  });

  it('draws the pack’s observations on the charts', () => {
    const observed = (s: typeof shipped) =>
      selectPanelViews(s)
        .find((v) => v.id === 'rd')!
        .series.find((series) => series.key === 'rdSpend')!
        .observed.at(-1)!.value;
    expect(observed(revised)).toBeCloseTo(observed(shipped) * 0.7);
  });

  it('feeds its pack to goal status, gap, tornado, warnings and the step-through', () => {
    const intensity = (s: typeof shipped) =>
      selectGoalStatuses(s).find((g) => g.goalId === 'rdIntensity2030')!;
    expect(intensity(shipped).status).toBe('on track');
    expect(intensity(revised).status).toBe('off track');
    const at = selectGoals(shipped).findIndex((g) => g.id === 'rdIntensity2030');
    const gap = (s: typeof shipped) => selectGoalOutlooks(s)[at];
    expect(gap(revised).projectedGrowth).not.toBe(gap(shipped).projectedGrowth);
    // The focused goal is the first: R&D spending growth 2020–25, measured on rdSpend.
    expect(selectTornado(revised)!.base).not.toBe(selectTornado(shipped)!.base);
    const warnings = (s: typeof shipped) => selectWarnings(s).map((w) => w.id);
    expect(warnings(shipped)).not.toContain('intensityJump');
    expect(warnings(withPack(revisedPack(1.3)))).toContain('intensityJump');
    expect(selectSteps(revised)[0].effect).not.toBe(selectSteps(shipped)[0].effect);
  });

  it('sends its pack to the Monte Carlo worker, whose run then differs', () => {
    const request = selectMonteCarloRequest(revised);
    expect(request.indicators).toBe(referenceFeature.selectIndicatorList(revised));
    const run = (r: typeof request) =>
      runMonteCarlo(r.indicators, r.levers, r.constants, r.horizon, r.goals, {
        paths: 200,
        seed: 42,
      });
    const before = run(selectMonteCarloRequest(shipped));
    const after = run(request);
    expect(after.bands.rdSpend.p50[2030 - 2012]).toBeLessThan(
      before.bands.rdSpend.p50[2030 - 2012],
    );
    expect(after.goalProbability['rdIntensity2030']).toBeLessThan(
      before.goalProbability['rdIntensity2030'],
    );
  });

  describe('with data packs', () => {
    const reduce = referenceFeature.reducer;
    const final = readPack(SHIPPED_PACK, row());
    const rdSpend2025 = (r: ReferenceState) =>
      referenceFeature
        .selectIndicatorList(state(r))
        .find((i) => i.id === 'rdSpend')!
        .history.find((p) => p.primary && p.year === 2025)!;

    it('puts an applied or switched-to pack in force: its identity and its figures', () => {
      for (const action of [
        DataPackActions.packApplied({ pack: final }),
        DataPackStoreActions.packSwitched({ pack: final }),
        DataPackStoreActions.packsLoaded({ stored: [], active: final, message: null }),
      ]) {
        const next = reduce(initialReferenceState, action);
        expect(next.pack).withContext(action.type).toEqual(packIdentity(final));
        expect(rdSpend2025(next).vintage).withContext(action.type).toBe('final');
        expect(referenceFeature.selectActivePack(state(next))).toEqual(final);
        expect(next.goals).toBe(initialReferenceState.goals);
      }
      const back = reduce(
        reduce(initialReferenceState, DataPackActions.packApplied({ pack: final })),
        DataPackStoreActions.packSwitched({ pack: SHIPPED_PACK }),
      );
      expect(referenceFeature.selectActivePack(state(back))).toEqual(SHIPPED_PACK);
    });

    it('keeps the shipped pack when nothing was in force last time', () => {
      const loaded = DataPackStoreActions.packsLoaded({ stored: [], active: null, message: 'x' });
      expect(reduce(initialReferenceState, loaded)).toBe(initialReferenceState);
      expect(rdSpend2025(initialReferenceState).vintage).toBe('preliminary');
    });
  });
});
