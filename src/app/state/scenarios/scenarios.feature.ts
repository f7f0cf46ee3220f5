import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { BASELINE, PRESETS, Scenario } from '../../scenarios/scenario';
import { StorageActions } from '../storage/storage.actions';
import { AutosaveActions, ScenarioManagerActions } from './scenarios.actions';

export const MAX_COMPARE = 4;

export interface ScenariosState extends EntityState<Scenario> {
  /** The scenario the working levers came from (a preset or a saved scenario). */
  readonly activeId: string;
  /** Scenarios overlaid on the charts, at most four. */
  readonly compareIds: readonly string[];
  /** The last deleted scenario, for "undo delete". */
  readonly lastDeleted: Scenario | null;
}

export const scenarioAdapter = createEntityAdapter<Scenario>({
  sortComparer: (a, b) => Number(b.preset) - Number(a.preset) || a.name.localeCompare(b.name),
});
const selectors = scenarioAdapter.getSelectors();

export const initialScenariosState: ScenariosState = scenarioAdapter.setAll(PRESETS as Scenario[], {
  ...scenarioAdapter.getInitialState(),
  activeId: BASELINE.id,
  compareIds: [],
  lastDeleted: null,
});

const editable = (state: ScenariosState, id: string) => state.entities[id] && !state.entities[id]!.preset;

export const scenariosFeature = createFeature({
  name: 'scenarios',
  reducer: createReducer(
    initialScenariosState,
    on(ScenarioManagerActions.scenarioSavedAsNew, ScenarioManagerActions.scenarioDuplicated, (state, { scenario }): ScenariosState =>
      scenarioAdapter.addOne({ ...scenario, preset: false }, { ...state, activeId: scenario.id }),
    ),
    on(ScenarioManagerActions.scenarioOpened, (state, { scenario }): ScenariosState =>
      state.entities[scenario.id] ? { ...state, activeId: scenario.id } : state,
    ),
    on(ScenarioManagerActions.scenarioRenamed, (state, { id, name, updatedAt }): ScenariosState =>
      editable(state, id) && name.trim() ? scenarioAdapter.updateOne({ id, changes: { name: name.trim(), updatedAt } }, state) : state,
    ),
    on(ScenarioManagerActions.notesChanged, (state, { id, notes, updatedAt }): ScenariosState =>
      editable(state, id) ? scenarioAdapter.updateOne({ id, changes: { notes, updatedAt } }, state) : state,
    ),
    on(ScenarioManagerActions.scenarioDeleted, (state, { id }): ScenariosState =>
      editable(state, id)
        ? scenarioAdapter.removeOne(id, {
            ...state,
            lastDeleted: state.entities[id]!,
            activeId: state.activeId === id ? BASELINE.id : state.activeId,
            compareIds: state.compareIds.filter((c) => c !== id),
          })
        : state,
    ),
    on(ScenarioManagerActions.deletedScenarioRestored, (state): ScenariosState =>
      state.lastDeleted ? scenarioAdapter.addOne(state.lastDeleted, { ...state, lastDeleted: null }) : state,
    ),
    on(ScenarioManagerActions.compareToggled, (state, { id }): ScenariosState => {
      if (state.compareIds.includes(id)) return { ...state, compareIds: state.compareIds.filter((c) => c !== id) };
      if (!state.entities[id] || state.compareIds.length >= MAX_COMPARE) return state;
      return { ...state, compareIds: [...state.compareIds, id] };
    }),
    on(ScenarioManagerActions.compareCleared, (state): ScenariosState => ({ ...state, compareIds: [] })),
    on(ScenarioManagerActions.scenariosImported, (state, { scenarios }): ScenariosState =>
      scenarioAdapter.addMany(scenarios.map((s) => ({ ...s, preset: false })), state),
    ),
    on(AutosaveActions.activeScenarioUpdated, (state, { scenario }): ScenariosState =>
      editable(state, scenario.id) ? scenarioAdapter.setOne(scenario, state) : state,
    ),
    on(StorageActions.scenariosLoaded, StorageActions.scenariosChangedInAnotherTab, (state, { scenarios, activeId }): ScenariosState => {
      const next = scenarioAdapter.setAll([...PRESETS, ...scenarios.map((s) => ({ ...s, preset: false }))], state);
      const active = activeId && next.entities[activeId] ? activeId : next.entities[state.activeId] ? state.activeId : BASELINE.id;
      return { ...next, activeId: active, compareIds: next.compareIds.filter((id) => next.entities[id]) };
    }),
  ),
  extraSelectors: ({ selectScenariosState, selectActiveId, selectCompareIds }) => ({
    selectAllScenarios: createSelector(selectScenariosState, selectors.selectAll),
    selectSavedScenarios: createSelector(selectScenariosState, (s) => selectors.selectAll(s).filter((x) => !x.preset)),
    selectActiveScenario: createSelector(selectScenariosState, selectActiveId, (s, id) => s.entities[id] ?? BASELINE),
    selectComparedScenarios: createSelector(selectScenariosState, selectCompareIds, (s, ids) =>
      ids.map((id) => s.entities[id]).filter((x): x is Scenario => !!x),
    ),
  }),
});
