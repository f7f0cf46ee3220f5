/**
 * The actions that replace the whole working state (levers, settings, goals, deck): opening or
 * saving a scenario, loading storage, opening a link, another tab's change to the scenario shown,
 * taking theirs in a conflict. Each working slice takes its part through `onDraftReplaced`.
 */
import { Action, on } from '@ngrx/store';
import { WorkingDraft, draftOf } from '../scenarios/storage/working-draft';
import { ShareLinkActions } from './link/link.actions';
import { SaveConflictActions, ScenarioManagerActions } from './scenarios/scenarios.actions';
import { StorageActions } from './storage/storage.actions';

const DRAFT_REPLACING = [
  ScenarioManagerActions.scenarioOpened,
  ScenarioManagerActions.scenarioSavedAsNew,
  ShareLinkActions.linkOpened,
  StorageActions.scenariosLoaded,
  StorageActions.writeLanded,
  StorageActions.newsReceived,
  SaveConflictActions.theirsTaken,
] as const;

type DraftReplacing = ReturnType<(typeof DRAFT_REPLACING)[number]>;

/** The working state an action brings, or null when it leaves the working state alone. */
function draftIn(action: DraftReplacing | Action): WorkingDraft | null {
  const a = action as DraftReplacing;
  switch (a.type) {
    case ScenarioManagerActions.scenarioOpened.type:
    case ScenarioManagerActions.scenarioSavedAsNew.type:
    case ShareLinkActions.linkOpened.type:
      // Opening the scenario already shown keeps its changes not yet stored.
      return draftOf(a.leaving?.id === a.scenario.id ? a.leaving : a.scenario);
    case StorageActions.scenariosLoaded.type:
      return a.draft;
    case StorageActions.writeLanded.type:
    case StorageActions.newsReceived.type:
      return a.change.draft;
    case SaveConflictActions.theirsTaken.type:
      return a.draft;
    default:
      return null;
  }
}

/**
 * The reducer case of a working slice for every action above: `take` gives the slice's part of the
 * draft the action brings; an action without one leaves the slice as it is.
 */
export function onDraftReplaced<S>(take: (draft: WorkingDraft, state: S) => S) {
  return on(...DRAFT_REPLACING, (state: S, action): S => {
    const draft = draftIn(action);
    return draft ? take(draft, state) : state;
  });
}
