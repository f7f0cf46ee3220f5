/**
 * A scenario records the data pack in force when it is saved; switching packs alone writes nothing
 * (no tab writes because the pack changed, an idle one least of all). Checked on the store's state
 * as the reducers make it, through the selectors the writer reads.
 */
import { Action, ActionReducer } from '@ngrx/store';
import { SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { PRESETS, Scenario } from '../../scenarios/scenario';
import { isEmptyPlan, planWrites } from '../../scenarios/storage/revisions';
import { draftOf } from '../../scenarios/storage/working-draft';
import { briefingFeature } from '../briefing/briefing.feature';
import { goalsFeature } from '../goals/goals.feature';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
import { packsFeature } from '../packs/packs.feature';
import { referenceFeature } from '../reference/reference.feature';
import { settingsFeature } from '../settings/settings.feature';
import { StorageActions } from '../storage/storage.actions';
import { storageFeature } from '../storage/storage.feature';
import { ScenarioManagerActions } from './scenarios.actions';
import { scenariosFeature } from './scenarios.feature';
import {
  selectActiveWithDraft,
  selectNewScenarioContent,
  selectSessionState,
  selectShareQuery,
  selectWriteInputs,
} from './scenarios.selectors';

const SHIPPED = packIdentity(SHIPPED_PACK);
const MAY = { id: 'pack-2026-05-abc', name: 'May update', asOf: '2026-05-19' };
const FEATURES = [
  referenceFeature,
  leversFeature,
  settingsFeature,
  goalsFeature,
  briefingFeature,
  scenariosFeature,
  storageFeature,
  packsFeature,
] as unknown as { name: string; reducer: ActionReducer<unknown> }[];

const MINE: Scenario = {
  ...PRESETS[2],
  id: 'mine',
  name: 'Mine',
  preset: false,
  pack: SHIPPED,
};
const loaded = StorageActions.scenariosLoaded({
  versions: [{ revision: 1, scenario: MINE }],
  activeId: MINE.id,
  unsaved: null,
  draft: draftOf(MINE),
  pending: null,
  conflicts: [],
});

/** The root state after `actions`, with `pack` in force. */
function stateAfter(actions: Action[], pack = SHIPPED): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const feature of FEATURES) {
    state[feature.name] = actions.reduce(
      (s, action) => feature.reducer(s, action),
      feature.reducer(undefined, { type: '@@init' }),
    );
  }
  state['reference'] = { ...(state['reference'] as object), pack };
  return state;
}

const plan = (state: Record<string, unknown>) => {
  const { local, stored, paused } = selectWriteInputs(state);
  return planWrites(local, stored, paused);
};

describe('the data pack a scenario is saved on', () => {
  it('is not changed by switching packs alone: nothing to write, the session as it was', () => {
    const idle = stateAfter([loaded]);
    const switched = stateAfter([loaded], MAY);
    expect(isEmptyPlan(plan(idle))).toBeTrue();
    expect(isEmptyPlan(plan(switched))).toBeTrue();
    expect(selectActiveWithDraft(switched)).toEqual(MINE);
    expect(JSON.stringify(selectSessionState(switched))).toBe(
      JSON.stringify(selectSessionState(idle)),
    );
  });

  it('is the pack in force once the scenario changes, and goes with the write', () => {
    const edit = LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 12 });
    const { updates } = plan(stateAfter([loaded, edit], MAY));
    expect(updates.length).toBe(1);
    expect(updates[0].next.pack).toEqual(MAY);
    expect(updates[0].next.levers.rdGrowth).toBe(12);
    expect(plan(stateAfter([loaded, edit])).updates[0].next.pack).toEqual(SHIPPED);
  });

  it('is never given to a preset, changed or not', () => {
    const edit = LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 12 });
    const onPreset = stateAfter([edit], MAY);
    expect(selectActiveWithDraft(onPreset).preset).toBeTrue();
    expect('pack' in selectActiveWithDraft(onPreset)).toBeFalse();
  });

  it('is the pack in force for Save as new and Duplicate, which store it as created', () => {
    const content = selectNewScenarioContent(stateAfter([loaded], MAY));
    expect(content.pack).toEqual(MAY);
    expect(content.notes).toBe(MINE.notes);
    expect(selectNewScenarioContent(stateAfter([], MAY)).notes).toBe('');
    const copy: Scenario = {
      ...content,
      id: 'copy',
      name: 'Copy',
      createdAt: '2026-06-01T00:00:00.000Z',
      updatedAt: '2026-06-01T00:00:00.000Z',
    };
    const saved = stateAfter(
      [loaded, ScenarioManagerActions.scenarioSavedAsNew({ scenario: copy, leaving: null })],
      MAY,
    );
    expect(plan(saved).creates).toEqual([jasmine.objectContaining({ id: 'copy', pack: MAY })]);
  });

  it('is named in the share link when it is not the shipped pack', () => {
    expect(selectShareQuery(stateAfter([loaded]))['pack']).toBeUndefined();
    expect(selectShareQuery(stateAfter([loaded], MAY))['pack']).toBe(MAY.id);
  });
});
