/**
 * Undo and redo of this tab's own edits: levers, settings, goals, the briefing deck, the scenario
 * shown and its name and notes, and the data pack put in force. A meta-reducer records each edit as the values it changed (one
 * lever, one constant, the notes…), before and after. Undo puts back only the values that still
 * hold what the edit left: a value another tab has changed since is not reverted, and saving,
 * deleting or importing scenarios is never rewound (deletes have their own "Undo delete").
 * Consecutive changes of one lever or one text within a second (a drag, typing) make one step.
 */
import { Action, ActionReducer } from '@ngrx/store';
import { sameValue } from '../../scenarios/storage/revisions';
import { BriefingActions } from '../briefing/briefing.actions';
import { GoalEditorActions } from '../goals/goals.actions';
import { LeverPanelActions } from '../levers/levers.actions';
import { DataPackActions, DataPackStoreActions } from '../packs/packs.actions';
import { ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { SettingsActions } from '../settings/settings.actions';
import { GoalsPanelActions } from '../ui/ui.actions';
import { HistoryActions } from './history.actions';
import { Values, assign, showHeldScenario, valuesOf } from './tracked-values';

export const HISTORY_LIMIT = 100;
const COALESCE_MS = 1000;

/** One edit: the values it changed, as they were before and after. */
export interface Step {
  readonly before: Values;
  readonly after: Values;
}

export interface HistoryState {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

interface WithHistory {
  readonly history?: HistoryState;
  readonly [key: string]: unknown;
}

/** This tab's edits: what undo takes back. */
export const UNDOABLE_ACTIONS: ReadonlySet<string> = new Set<string>([
  ...Object.values(LeverPanelActions).map((a) => a.type),
  ...Object.values(SettingsActions).map((a) => a.type),
  ...Object.values(GoalEditorActions).map((a) => a.type),
  ...Object.values(BriefingActions).map((a) => a.type),
  GoalsPanelActions.goalSeekApplied.type,
  DataPackActions.packApplied.type,
  DataPackStoreActions.packSwitched.type,
  ScenarioManagerActions.scenarioOpened.type,
  ScenarioManagerActions.scenarioSavedAsNew.type,
  ScenarioManagerActions.scenarioDuplicated.type,
  ScenarioManagerActions.scenarioRenamed.type,
  ScenarioManagerActions.notesChanged.type,
]);

/** Changes with the same key within a second are one step: a slider drag, typing a number or a note. */
function coalesceKey(action: Action): string | null {
  if (action.type === LeverPanelActions.leverChanged.type)
    return `lever:${(action as { id?: string }).id}`;
  if (action.type === BriefingActions.slideNoteChanged.type)
    return `note:${(action as { index?: number }).index}`;
  if (action.type === ScenarioManagerActions.notesChanged.type)
    return `notes:${(action as { id?: string }).id}`;
  return null;
}

/** The values that differ between two sets (keys both sides hold). */
function diff(before: Values, after: Values): Step {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key in before && !sameValue(before[key], after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

const isEmpty = (step: Step) => Object.keys(step.after).length === 0;

/** A later edit folded into the step before it: the earliest "before", the latest "after". */
function fold(first: Step, next: Step): Step {
  const before = { ...next.before, ...first.before };
  const after = { ...first.after, ...next.after };
  return diff(before, after);
}

/** Puts `to` back wherever the state still holds `from`; other values stay as they are now. */
function revert(state: WithHistory, from: Values, to: Values): WithHistory {
  const current = valuesOf(state);
  let next = state;
  for (const key of Object.keys(to)) {
    if (sameValue(current[key], from[key])) next = assign(next, key, to[key]);
  }
  const switched = 'shown' in to && !sameValue(valuesOf(next)['shown'], current['shown']);
  return switched ? showHeldScenario(next) : next;
}

export function undoRedo(
  reducer: ActionReducer<WithHistory>,
  now: () => number = Date.now,
): ActionReducer<WithHistory> {
  let lastKey: string | null = null;
  let lastAt = 0;
  return (state, action: Action) => {
    const history = state?.history ?? { past: [], future: [] };
    if (state && action.type === HistoryActions.undo.type) {
      const step = history.past.at(-1);
      lastKey = null;
      if (!step) return state;
      const undone = revert(state, step.after, step.before);
      return {
        ...undone,
        history: {
          past: history.past.slice(0, -1),
          future: [step, ...history.future].slice(0, HISTORY_LIMIT),
        },
      };
    }
    if (state && action.type === HistoryActions.redo.type) {
      const [step, ...rest] = history.future;
      lastKey = null;
      if (!step) return state;
      const redone = revert(state, step.before, step.after);
      return {
        ...redone,
        history: { past: [...history.past, step].slice(-HISTORY_LIMIT), future: rest },
      };
    }
    const next = reducer(state, action);
    if (next === state) return state;
    if (!state || !UNDOABLE_ACTIONS.has(action.type)) return { ...next, history };
    const step = diff(valuesOf(state), valuesOf(next));
    if (isEmpty(step)) return { ...next, history };
    const key = coalesceKey(action);
    const at = now();
    const last = history.past.at(-1);
    const coalesce = key !== null && key === lastKey && at - lastAt < COALESCE_MS && last;
    lastKey = key;
    lastAt = at;
    const past = coalesce
      ? [...history.past.slice(0, -1), fold(last, step)].filter((s) => !isEmpty(s))
      : [...history.past, step];
    return { ...next, history: { past: past.slice(-HISTORY_LIMIT), future: [] } };
  };
}
