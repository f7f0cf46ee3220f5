/**
 * The baseline ghost on the store's state as the reducers make it: which scenario is the reference,
 * when a ghost is drawn, and that moving a lever never projects the reference again.
 */
import { Action, ActionReducer } from '@ngrx/store';
import fc from 'fast-check';
import { leverValues } from '../model/arbitraries';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS, LEVERS } from '../model/levers';
import { project } from '../model/project';
import { BASELINE, PRESETS, Scenario } from '../scenarios/scenario';
import { UNSAVED_ID } from '../scenarios/storage/session';
import { draftOf } from '../scenarios/storage/working-draft';
import { analyticsFeature } from './analytics/analytics.feature';
import {
  selectBaseline,
  selectReferenceProjection,
  selectReferenceScenario,
} from './baseline.selectors';
import { briefingFeature } from './briefing/briefing.feature';
import { goalsFeature } from './goals/goals.feature';
import { LeverPanelActions } from './levers/levers.actions';
import { leversFeature } from './levers/levers.feature';
import { ShareLinkActions } from './link/link.actions';
import { selectPanelViews } from './projection.selectors';
import { referenceFeature } from './reference/reference.feature';
import { ScenarioManagerActions } from './scenarios/scenarios.actions';
import { scenariosFeature } from './scenarios/scenarios.feature';
import { selectNewScenarioContent } from './scenarios/scenarios.selectors';
import { SettingsActions } from './settings/settings.actions';
import { settingsFeature } from './settings/settings.feature';
import { StorageActions } from './storage/storage.actions';
import { storageFeature } from './storage/storage.feature';
import { uiFeature } from './ui/ui.feature';

const FEATURES = [
  referenceFeature,
  leversFeature,
  settingsFeature,
  goalsFeature,
  briefingFeature,
  scenariosFeature,
  storageFeature,
  uiFeature,
  analyticsFeature,
] as unknown as { name: string; reducer: ActionReducer<unknown> }[];

function stateAfter(actions: Action[]): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const feature of FEATURES) {
    state[feature.name] = actions.reduce(
      (s, action) => feature.reducer(s, action),
      feature.reducer(undefined, { type: '@@init' }),
    );
  }
  return state;
}

const [, TIGHTER, SELF_RELIANCE] = PRESETS;
const open = (scenario: Scenario) =>
  ScenarioManagerActions.scenarioOpened({ scenario, leaving: null });
const move = (value: number) => LeverPanelActions.leverChanged({ id: 'rdGrowth', value });
/** A saved scenario, loaded from storage and shown. */
const loaded = (scenario: Scenario) =>
  StorageActions.scenariosLoaded({
    versions: [{ revision: 1, scenario }],
    activeId: scenario.id,
    unsaved: null,
    draft: draftOf(scenario),
    pending: null,
    conflicts: [],
  });
const saved = (changes: Partial<Scenario>): Scenario => ({
  ...BASELINE,
  id: 'mine',
  name: 'Mine',
  preset: false,
  levers: { ...DEFAULT_LEVERS, rdGrowth: 12 },
  ...changes,
});

describe('the baseline ghost’s reference', () => {
  it('is the preset shown, else the preset a scenario came from, else Baseline', () => {
    expect(selectReferenceScenario(stateAfter([]))).toBe(BASELINE);
    expect(selectReferenceScenario(stateAfter([open(TIGHTER)]))).toBe(TIGHTER);
    expect(selectReferenceScenario(stateAfter([open(TIGHTER), move(3)]))).toBe(TIGHTER);
    const mine = saved({ basedOn: SELF_RELIANCE.id });
    expect(selectReferenceScenario(stateAfter([loaded(mine)]))).toBe(SELF_RELIANCE);
    expect(selectReferenceScenario(stateAfter([loaded(saved({}))]))).toBe(BASELINE);
    expect(selectReferenceScenario(stateAfter([loaded(saved({ basedOn: 'gone' }))]))).toBe(
      BASELINE,
    );
    const link = ShareLinkActions.linkOpened({
      scenario: { ...saved({}), id: UNSAVED_ID, name: 'From link' },
      leaving: null,
      notices: [],
    });
    expect(selectReferenceScenario(stateAfter([link]))).toBe(BASELINE);
  });

  it('is recorded when a scenario is made from the working state, and passed on to copies', () => {
    expect(selectNewScenarioContent(stateAfter([open(TIGHTER), move(3)])).basedOn).toBe(TIGHTER.id);
    const mine = saved({ basedOn: SELF_RELIANCE.id });
    expect(selectNewScenarioContent(stateAfter([loaded(mine)])).basedOn).toBe(SELF_RELIANCE.id);
    expect('basedOn' in selectNewScenarioContent(stateAfter([loaded(saved({}))]))).toBeFalse();
  });
});

describe('the baseline ghost', () => {
  beforeEach(() => {
    selectReferenceProjection.release();
    selectBaseline.release();
  });

  it('is drawn while the levers differ from the reference and goes on reset', () => {
    expect(selectBaseline(stateAfter([]))).toBeNull();
    const moved = selectBaseline(stateAfter([move(12)]))!;
    expect(moved.name).toBe('Baseline');
    expect(moved.projection).toEqual(project(INDICATORS, DEFAULT_LEVERS));
    const reset = LeverPanelActions.leverReset({ id: 'rdGrowth' });
    expect(selectBaseline(stateAfter([move(12), reset]))).toBeNull();
    expect(selectBaseline(stateAfter([open(TIGHTER)]))).toBeNull();
    expect(selectBaseline(stateAfter([open(TIGHTER), move(3)]))!.name).toBe(
      'Tighter export controls',
    );
  });

  it('is drawn while a model constant differs from the reference’s', () => {
    const changed = SettingsActions.constantChanged({ id: 'talentLag', value: 3 });
    expect(selectBaseline(stateAfter([changed]))).not.toBeNull();
    expect(selectBaseline(stateAfter([changed, SettingsActions.constantsReset()]))).toBeNull();
  });

  it('is drawn iff some lever differs from the reference, whatever the levers', () => {
    fc.assert(
      fc.property(leverValues, fc.constantFrom(...PRESETS), (levers, preset) => {
        const actions = [
          open(preset),
          ...LEVERS.map((l) => LeverPanelActions.leverChanged({ id: l.id, value: levers[l.id] })),
        ];
        const differs = LEVERS.some((l) => levers[l.id] !== preset.levers[l.id]);
        const ghost = selectBaseline(stateAfter(actions));
        expect(ghost?.name ?? null).toBe(differs ? preset.name : null);
        const rows = selectPanelViews(stateAfter(actions)).flatMap((v) => v.rows);
        if (!differs) expect(rows.some((r) => r.kind === 'baseline')).toBeFalse();
      }),
      { numRuns: 30 },
    );
  });

  it('projects the reference once per reference, pack and horizon, not per lever move', () => {
    const first = selectReferenceProjection(stateAfter([move(9)]));
    for (const value of [10, 11, 12.5]) {
      expect(selectReferenceProjection(stateAfter([move(9), move(value)]))).toBe(first);
    }
    const horizon = SettingsActions.horizonChanged({ horizon: 2040 });
    expect(selectReferenceProjection(stateAfter([move(9), horizon]))).not.toBe(first);
    expect(selectReferenceProjection(stateAfter([open(TIGHTER)]))).not.toBe(first);
  });
});
