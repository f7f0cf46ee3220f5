import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Scenario } from '../../scenarios/scenario';

/** What the analyst does in the scenario manager. Ids and times are made by the caller, so reducers stay pure. */
export const ScenarioManagerActions = createActionGroup({
  source: 'Scenario Manager',
  events: {
    'Scenario Saved As New': props<{ scenario: Scenario }>(),
    'Scenario Opened': props<{ scenario: Scenario }>(),
    'Scenario Renamed': props<{ id: string; name: string; updatedAt: string }>(),
    'Scenario Duplicated': props<{ scenario: Scenario }>(),
    'Scenario Deleted': props<{ id: string }>(),
    'Deleted Scenario Restored': emptyProps(),
    'Notes Changed': props<{ id: string; notes: string; updatedAt: string }>(),
    'Compare Toggled': props<{ id: string }>(),
    'Compare Cleared': emptyProps(),
    'Scenarios Imported': props<{ scenarios: Scenario[] }>(),
  },
});

/** The working state was saved into the active scenario (debounced after each change). */
export const AutosaveActions = createActionGroup({
  source: 'Autosave',
  events: {
    'Active Scenario Updated': props<{ scenario: Scenario }>(),
  },
});
