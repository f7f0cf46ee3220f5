import { Action, ActionReducer, combineReducers } from '@ngrx/store';
import fc from 'fast-check';
import { readPack, row } from '../../data-packs/testing/pack-files';
import { DataPack, SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { LeverPanelActions } from '../levers/levers.actions';
import { LeversState, leversFeature } from '../levers/levers.feature';
import { DataPackActions, DataPackStoreActions } from '../packs/packs.actions';
import { packsFeature } from '../packs/packs.feature';
import { ReferenceState, referenceFeature } from '../reference/reference.feature';
import { HistoryActions } from './history.actions';
import { HistoryState, undoRedo } from './history.reducer';

interface State {
  readonly levers: LeversState;
  readonly reference: ReferenceState;
  readonly history?: HistoryState;
}

/** Undo and redo of the pack in force, beside the levers (PRODUCT.md: applying a pack is undoable). */
describe('undo / redo of data packs', () => {
  const final = readPack(SHIPPED_PACK, row());
  const restated = readPack(final, row({ value: '3990', vintage: 'restated' }));
  let clock = 0;
  let reduce: ActionReducer<State>;
  const step = (s: State, a: Action) => {
    clock += 5000; // no two edits within the second that makes one step of a drag
    return reduce(s, a);
  };
  const run = (...actions: Action[]) =>
    actions.reduce(step, reduce(undefined as unknown as State, { type: '@@init' }));
  const undo = (s: State) => step(s, HistoryActions.undo());
  const redo = (s: State) => step(s, HistoryActions.redo());
  const rd = (s: State) => s.levers.values.rdGrowth;
  const lever = (value: number) => LeverPanelActions.leverChanged({ id: 'rdGrowth', value });
  const active = (s: State) => referenceFeature.selectActivePack(s);
  const apply = (pack: DataPack) => DataPackActions.packApplied({ pack });

  beforeEach(() => {
    clock = 0;
    reduce = undoRedo(
      combineReducers({
        levers: leversFeature.reducer,
        reference: referenceFeature.reducer,
        packs: packsFeature.reducer,
      }) as unknown as ActionReducer<Record<string, unknown>>,
      () => clock,
    ) as unknown as ActionReducer<State>;
  });

  it('makes applying a pack one step that undo takes back whole, levers untouched', () => {
    const start = run(lever(10));
    let s = step(start, apply(final));
    expect(s.history?.past.length).toBe(2);
    expect(active(s)).toEqual(final);
    s = undo(s);
    expect(s.reference.pack).toEqual(packIdentity(SHIPPED_PACK));
    expect(active(s)).toEqual(SHIPPED_PACK);
    expect(s.reference).toEqual(start.reference);
    expect(rd(s)).toBe(10);
    s = redo(s);
    expect(active(s)).toEqual(final);
    expect(rd(s)).toBe(10);
  });

  it('takes back a lever moved after the pack first, then the pack', () => {
    let s = run(apply(final), lever(11));
    s = undo(s);
    expect(rd(s)).toBe(8);
    expect(s.reference.pack.id).toBe(final.id);
    s = undo(s);
    expect(s.reference.pack.id).toBe(SHIPPED_PACK.id);
    expect(rd(s)).toBe(8);
    s = redo(redo(s));
    expect(s.reference.pack.id).toBe(final.id);
    expect(rd(s)).toBe(11);
  });

  it('undoes a switch like an apply, and neither loading nor the same pack again is a step', () => {
    let s = run(DataPackStoreActions.packsLoaded({ stored: [], active: restated, message: null }));
    expect(s.history?.past.length).toBe(0);
    s = step(s, DataPackStoreActions.packSwitched({ pack: final }));
    s = step(s, DataPackStoreActions.packSwitched({ pack: final }));
    expect(s.history?.past.length).toBe(1);
    expect(undo(s).reference.pack.id).toBe(restated.id);
  });

  describe('under random applies, switches, lever moves, undos and redos (fc.commands)', () => {
    const PACKS = [SHIPPED_PACK, final, restated];
    interface Snapshot {
      readonly pack: number;
      readonly rd: number;
    }
    interface Model {
      now: Snapshot;
      past: Snapshot[];
      future: Snapshot[];
    }
    interface Real {
      state: State;
    }
    type Command = fc.Command<Model, Real>;

    const edit = (m: Model, next: Snapshot) => {
      if (next.pack === m.now.pack && next.rd === m.now.rd) return;
      m.past.push(m.now);
      m.future = [];
      m.now = next;
    };
    const check = (m: Model, r: Real) => {
      expect(r.state.reference.pack).toEqual(packIdentity(PACKS[m.now.pack]));
      expect(active(r.state).indicators).toEqual(PACKS[m.now.pack].indicators);
      expect(rd(r.state)).toBe(m.now.rd);
      expect(r.state.history?.past.length).toBe(m.past.length);
      expect(r.state.history?.future.length).toBe(m.future.length);
    };
    const command = (name: string, act: (m: Model, r: Real) => void): Command => ({
      check: () => true,
      run: (m, r) => {
        act(m, r);
        check(m, r);
      },
      toString: () => name,
    });

    const commands = fc.commands(
      [
        fc.integer({ min: 0, max: 2 }).map((k) =>
          command(`apply ${k}`, (m, r) => {
            r.state = step(r.state, apply(PACKS[k]));
            edit(m, { ...m.now, pack: k });
          }),
        ),
        fc.integer({ min: 0, max: 2 }).map((k) =>
          command(`switch ${k}`, (m, r) => {
            r.state = step(r.state, DataPackStoreActions.packSwitched({ pack: PACKS[k] }));
            edit(m, { ...m.now, pack: k });
          }),
        ),
        fc.integer({ min: 6, max: 12 }).map((v) =>
          command(`lever ${v}`, (m, r) => {
            r.state = step(r.state, lever(v));
            edit(m, { ...m.now, rd: v });
          }),
        ),
        fc.constant(
          command('undo', (m, r) => {
            r.state = undo(r.state);
            const back = m.past.pop();
            if (back) [m.future, m.now] = [[m.now, ...m.future], back];
          }),
        ),
        fc.constant(
          command('redo', (m, r) => {
            r.state = redo(r.state);
            const [again, ...rest] = m.future;
            if (again) [m.past, m.future, m.now] = [[...m.past, m.now], rest, again];
          }),
        ),
      ],
      { maxCommands: 25 },
    );

    it('holds the pack and levers the model says after every command', () => {
      fc.assert(
        fc.property(commands, (cmds) => {
          const start = { pack: 0, rd: 8 };
          fc.modelRun(
            () => ({ model: { now: start, past: [], future: [] }, real: { state: run() } }),
            cmds,
          );
        }),
        { numRuns: 150 },
      );
    });
  });
});
