import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Scenario } from '../../scenarios/scenario';
import { WorkingDraft } from '../../scenarios/storage/working-draft';

/**
 * What the analyst does in the scenario manager. Ids and times are made by the caller, so reducers
 * stay pure. `leaving` is the scenario being left as this tab holds it (with changes not yet
 * stored), so that switching never drops them.
 */
export const ScenarioManagerActions = createActionGroup({
  source: 'Scenario Manager',
  events: {
    'Scenario Saved As New': props<{ scenario: Scenario; leaving: Scenario | null }>(),
    'Scenario Opened': props<{ scenario: Scenario; leaving: Scenario | null }>(),
    'Scenario Renamed': props<{ id: string; name: string; updatedAt: string }>(),
    'Scenario Duplicated': props<{ scenario: Scenario; leaving: Scenario | null }>(),
    /** `held`: the scenario as this tab holds it (with the working state), for Undo delete. */
    'Scenario Deleted': props<{ id: string; held: Scenario | null }>(),
    'Deleted Scenario Restored': emptyProps(),
    'Notes Changed': props<{ id: string; notes: string; updatedAt: string }>(),
    'Compare Toggled': props<{ id: string }>(),
    'Compare Cleared': emptyProps(),
    'Scenarios Imported': props<{ scenarios: Scenario[] }>(),
    'Notice Dismissed': emptyProps(),
  },
});

/** The analyst's answer when another tab stored a change to the same field of the same scenario. */
export const SaveConflictActions = createActionGroup({
  source: 'Save Conflict',
  events: {
    /** Mine becomes a new scenario (and the one shown, if it was); the stored one stays theirs. */
    'Mine Kept As Copy': props<{ id: string; copy: Scenario }>(),
    /** Theirs is shown; `draft` is its working state when the scenario is the active one. */
    'Theirs Taken': props<{ id: string; draft: WorkingDraft | null }>(),
  },
});
