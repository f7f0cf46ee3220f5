/**
 * Undo and redo of lever, settings, goal, briefing-deck and scenario changes: a meta-reducer that keeps bounded
 * snapshots of those slices. Consecutive changes of one lever within a second (a slider drag, or
 * typing a number) make one step.
 */
import { Action, ActionReducer } from '@ngrx/store';
import { BriefingActions } from '../briefing/briefing.actions';
import { GoalEditorActions } from '../goals/goals.actions';
import { LeverPanelActions } from '../levers/levers.actions';
import { ShareLinkActions } from '../link/link.actions';
import { ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { SettingsActions } from '../settings/settings.actions';
import { GoalsPanelActions } from '../ui/ui.actions';
import { HistoryActions } from './history.actions';

export const HISTORY_LIMIT = 100;
const COALESCE_MS = 1000;
const TRACKED = ['levers', 'settings', 'goals', 'briefing', 'scenarios'] as const;

type Snapshot = Partial<Record<(typeof TRACKED)[number], unknown>>;

export interface HistoryState {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
}

interface WithHistory {
  readonly history?: HistoryState;
  readonly [key: string]: unknown;
}

/** Actions that change what a scenario holds: undoable, and what storage must save. */
export const DOCUMENT_ACTIONS: ReadonlySet<string> = new Set<string>([
  ...Object.values(LeverPanelActions).map((a) => a.type),
  ...Object.values(SettingsActions).map((a) => a.type),
  ...Object.values(GoalEditorActions).map((a) => a.type),
  ...Object.values(BriefingActions).map((a) => a.type),
  GoalsPanelActions.goalSeekApplied.type,
  ShareLinkActions.linkOpened.type,
  ...Object.values(ScenarioManagerActions)
    .map((a) => a.type)
    .filter((t) => t !== ScenarioManagerActions.compareToggled.type && t !== ScenarioManagerActions.compareCleared.type),
]);

/** Changes with the same key within a second are one step: a slider drag, typing a number or a note. */
function coalesceKey(action: Action): string | null {
  if (action.type === LeverPanelActions.leverChanged.type) return `lever:${(action as { id?: string }).id}`;
  if (action.type === BriefingActions.slideNoteChanged.type) return `note:${(action as { index?: number }).index}`;
  return null;
}

function snapshot(state: WithHistory): Snapshot {
  return Object.fromEntries(TRACKED.map((key) => [key, state[key]]));
}

function changed(before: WithHistory, after: WithHistory): boolean {
  return TRACKED.some((key) => before[key] !== after[key]);
}

export function undoRedo(reducer: ActionReducer<WithHistory>, now: () => number = Date.now): ActionReducer<WithHistory> {
  let lastKey: string | null = null;
  let lastAt = 0;
  return (state, action: Action) => {
    const history = state?.history ?? { past: [], future: [] };
    if (state && action.type === HistoryActions.undo.type) {
      const previous = history.past.at(-1);
      lastKey = null;
      if (!previous) return state;
      return {
        ...state,
        ...previous,
        history: { past: history.past.slice(0, -1), future: [snapshot(state), ...history.future].slice(0, HISTORY_LIMIT) },
      };
    }
    if (state && action.type === HistoryActions.redo.type) {
      const [next, ...rest] = history.future;
      lastKey = null;
      if (!next) return state;
      return { ...state, ...next, history: { past: [...history.past, snapshot(state)].slice(-HISTORY_LIMIT), future: rest } };
    }
    const next = reducer(state, action);
    if (next === state) return state;
    if (!state || !DOCUMENT_ACTIONS.has(action.type) || !changed(state, next)) return { ...next, history };
    const key = coalesceKey(action);
    const at = now();
    const coalesce = key !== null && key === lastKey && at - lastAt < COALESCE_MS;
    lastKey = key;
    lastAt = at;
    return {
      ...next,
      history: {
        past: coalesce ? history.past : [...history.past, snapshot(state)].slice(-HISTORY_LIMIT),
        future: [],
      },
    };
  };
}
