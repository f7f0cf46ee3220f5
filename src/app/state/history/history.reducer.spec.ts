import { Action, ActionReducer, combineReducers } from '@ngrx/store';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
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
});
