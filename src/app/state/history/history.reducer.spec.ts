import { Action, ActionReducer, combineReducers } from '@ngrx/store';
import { BASELINE, Scenario } from '../../scenarios/scenario';
import { draftOf } from '../../scenarios/storage/working-draft';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
import { ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { StorageActions, StorageChange } from '../storage/storage.actions';
import { UiActions } from '../ui/ui.actions';
import { uiFeature } from '../ui/ui.feature';
import { HistoryActions } from './history.actions';
import { undoRedo } from './history.reducer';

describe('undo / redo', () => {
  let clock = 0;
  let reduce: ActionReducer<Record<string, unknown>>;
  const run = (...actions: Action[]) =>
    actions.reduce((s, a) => reduce(s, a), reduce(undefined, { type: '@@init' }));
  const rd = (state: Record<string, unknown>) =>
    (state['levers'] as { values: { rdGrowth: number } }).values.rdGrowth;
  const change = (value: number) => LeverPanelActions.leverChanged({ id: 'rdGrowth', value });

  beforeEach(() => {
    clock = 0;
    reduce = undoRedo(
      combineReducers({
        levers: leversFeature.reducer,
        ui: uiFeature.reducer,
        scenarios: scenariosFeature.reducer,
      }) as unknown as ActionReducer<Record<string, unknown>>,
      () => clock,
    ) as ActionReducer<Record<string, unknown>>;
  });

  it('undoes and redoes a lever change', () => {
    let s = run(change(10));
    expect(rd(s)).toBe(10);
    s = reduce(s, HistoryActions.undo());
    expect(rd(s)).toBe(8);
    s = reduce(s, HistoryActions.redo());
    expect(rd(s)).toBe(10);
  });

  it('makes one step of a drag: changes of one lever within a second', () => {
    let s = run();
    for (const v of [8.5, 9, 9.5, 10]) {
      clock += 50;
      s = reduce(s, change(v));
    }
    clock += 5000;
    s = reduce(s, change(11));
    s = reduce(s, HistoryActions.undo());
    expect(rd(s)).toBe(10);
    s = reduce(s, HistoryActions.undo());
    expect(rd(s)).toBe(8);
  });

  it('ignores what is not a document change and clears redo after a new change', () => {
    let s = run(change(10), UiActions.themeToggled());
    s = reduce(s, HistoryActions.undo());
    expect(rd(s)).toBe(8);
    expect((s['ui'] as { theme: string }).theme).toBe('dark');
    s = reduce(s, change(12));
    const again = reduce(s, HistoryActions.redo());
    expect(rd(again)).toBe(12);
  });

  describe('with another tab’s changes arriving in between', () => {
    const nothing: StorageChange = {
      versions: [],
      deletedHere: [],
      deletedElsewhere: [],
      conflicts: [],
      draft: null,
      unsaved: null,
    };
    /** Another tab stored the scenario shown with these levers: its working state follows. */
    const leversArrive = (levers: Partial<Scenario['levers']>) =>
      StorageActions.newsReceived({
        change: {
          ...nothing,
          draft: draftOf({ ...BASELINE, levers: { ...BASELINE.levers, ...levers } }),
        },
      });
    const gdp = (state: Record<string, unknown>) =>
      (state['levers'] as { values: { gdpGrowth: number } }).values.gdpGrowth;

    it('keeps a value another tab changed since the edit when undoing it', () => {
      let s = run(change(10), leversArrive({ rdGrowth: 12 }));
      s = reduce(s, HistoryActions.undo());
      expect(rd(s)).toBe(12);
    });

    it('undoes this tab’s edit and keeps another tab’s change to another lever', () => {
      const defaultGdp = gdp(run());
      let s = run(change(10), leversArrive({ rdGrowth: 10, gdpGrowth: 2 }));
      expect(gdp(s)).not.toBe(defaultGdp);
      s = reduce(s, HistoryActions.undo());
      expect(rd(s)).toBe(8);
      expect(gdp(s)).toBe(2);
    });

    it('keeps another tab’s value on redo too', () => {
      let s = run(change(10));
      s = reduce(s, HistoryActions.undo());
      s = reduce(s, leversArrive({ rdGrowth: 12, gdpGrowth: 2 }));
      s = reduce(s, HistoryActions.redo());
      expect(rd(s)).toBe(12);
      let t = run(change(10));
      t = reduce(t, HistoryActions.undo());
      t = reduce(t, leversArrive({ gdpGrowth: 2 }));
      t = reduce(t, HistoryActions.redo());
      expect(rd(t)).toBe(10);
      expect(gdp(t)).toBe(2);
    });

    it('keeps notes another tab stored since, and takes back this tab’s own', () => {
      const a: Scenario = { ...BASELINE, id: 'a', name: 'A', notes: '', preset: false };
      const loaded = StorageActions.scenariosLoaded({
        versions: [{ revision: 1, scenario: a }],
        activeId: 'a',
        unsaved: null,
        draft: draftOf(a),
        pending: null,
        conflicts: [],
      });
      const typed = ScenarioManagerActions.notesChanged({
        id: 'a',
        notes: 'mine',
        updatedAt: 't1',
      });
      const notes = (state: Record<string, unknown>) =>
        (state['scenarios'] as { entities: Record<string, Scenario> }).entities['a'].notes;
      expect(notes(reduce(run(loaded, typed), HistoryActions.undo()))).toBe('');
      const theirs = { ...a, notes: 'theirs' };
      const arrived = StorageActions.newsReceived({
        change: {
          ...nothing,
          versions: [{ version: { revision: 2, scenario: theirs }, entity: theirs }],
        },
      });
      expect(notes(reduce(run(loaded, typed, arrived), HistoryActions.undo()))).toBe('theirs');
    });
  });
});
