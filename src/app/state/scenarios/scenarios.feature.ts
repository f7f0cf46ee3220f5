import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { BASELINE, PRESETS, Scenario } from '../../scenarios/scenario';
import { StoredVersion } from '../../scenarios/storage/revisions';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { restoreDeleted } from '../../scenarios/storage/tab-sync';
import { ShareLinkActions } from '../link/link.actions';
import { Conflict, StorageActions, StorageChange } from '../storage/storage.actions';
import { SaveConflictActions, ScenarioManagerActions } from './scenarios.actions';

export const MAX_COMPARE = 4;

export interface ScenariosState extends EntityState<Scenario> {
  /** The scenario the working state came from: a preset, a saved scenario, or UNSAVED_ID. */
  readonly activeId: string;
  /** The scenario shown when it is not saved: opened from a link, or deleted in another tab. */
  readonly unsaved: Scenario | null;
  /** What storage holds, as this tab last heard: writes are made on these revisions. */
  readonly stored: Readonly<Record<string, StoredVersion>>;
  /** Scenarios overlaid on the charts, at most four. */
  readonly compareIds: readonly string[];
  /** The last deleted scenario, for "undo delete". */
  readonly lastDeleted: Scenario | null;
  /**
   * The stored version its changes were made on (null: unknown, as when it was deleted in an open
   * conflict), so that "undo delete" keeps what other tabs stored since the delete.
   */
  readonly lastDeletedBase: StoredVersion | null;
  /** Changes of this tab that collide with another tab's: not written until the analyst decides. */
  readonly conflicts: readonly Conflict[];
  /** What happened elsewhere that the analyst should know (the scenario shown was deleted in another tab). */
  readonly notice: string | null;
}

export const scenarioAdapter = createEntityAdapter<Scenario>({
  sortComparer: (a, b) => Number(b.preset) - Number(a.preset) || a.name.localeCompare(b.name),
});
const selectors = scenarioAdapter.getSelectors();

export const initialScenariosState: ScenariosState = scenarioAdapter.setAll(PRESETS as Scenario[], {
  ...scenarioAdapter.getInitialState(),
  activeId: BASELINE.id,
  unsaved: null,
  stored: {},
  compareIds: [],
  lastDeleted: null,
  lastDeletedBase: null,
  conflicts: [],
  notice: null,
});

const editable = (state: ScenariosState, id: string) =>
  !!state.entities[id] && !state.entities[id].preset;

/** The scenario being left keeps the changes it had (the writer stores them). */
function keepLeaving(state: ScenariosState, leaving: Scenario | null): ScenariosState {
  return leaving && editable(state, leaving.id) && state.entities[leaving.id] !== leaving
    ? scenarioAdapter.setOne(leaving, state)
    : state;
}

function addNew(
  state: ScenariosState,
  scenario: Scenario,
  leaving: Scenario | null,
): ScenariosState {
  return scenarioAdapter.addOne(
    { ...scenario, preset: false },
    { ...keepLeaving(state, leaving), activeId: scenario.id, unsaved: null },
  );
}

const deletedNotice = (name: string) =>
  `“${name}” was deleted in another tab. What you see here is kept as an unsaved scenario: Save as new to keep it.`;

/**
 * The other side of a conflict: what storage holds, or, for a scenario restored here whose delete
 * then removed the stored one, what was removed (taking it stores it again).
 */
const theirsIn = (state: ScenariosState, id: string): StoredVersion | undefined =>
  state.stored[id] ?? state.conflicts.find((c) => c.id === id)?.theirs;

function applyChange(state: ScenariosState, change: StorageChange): ScenariosState {
  const stored = { ...state.stored };
  let next: ScenariosState = state;
  for (const { version, entity } of change.versions) {
    const id = version.scenario.id;
    stored[id] = version;
    // No entity: this tab deleted it and the delete stands (made on the newest version).
    if (entity) next = scenarioAdapter.setOne({ ...entity, preset: false }, next);
  }
  let { lastDeleted, lastDeletedBase } = next;
  for (const { id, latest, restored } of change.deletedHere) {
    delete stored[id];
    if (restored) next = scenarioAdapter.setOne(restored, next);
    if (latest && lastDeleted?.id === id) {
      lastDeleted = { ...latest, preset: false };
      lastDeletedBase = null;
    }
  }
  for (const id of change.deletedElsewhere) delete stored[id];
  next = scenarioAdapter.removeMany([...change.deletedElsewhere], next);
  const activeGone = change.deletedElsewhere.includes(state.activeId);
  const conflicts = [
    ...next.conflicts.filter((c) => !change.conflicts.some((n) => n.id === c.id)),
    ...change.conflicts,
  ];
  return {
    ...next,
    stored,
    lastDeleted,
    lastDeletedBase,
    conflicts: conflicts.filter((c) => !change.deletedElsewhere.includes(c.id)),
    compareIds: next.compareIds.filter((id) => !!next.entities[id]),
    ...(activeGone && change.unsaved
      ? {
          activeId: UNSAVED_ID,
          unsaved: change.unsaved,
          notice: deletedNotice(state.entities[state.activeId]?.name ?? change.unsaved.name),
        }
      : {}),
  };
}

export const scenariosFeature = createFeature({
  name: 'scenarios',
  reducer: createReducer(
    initialScenariosState,
    on(
      ScenarioManagerActions.scenarioSavedAsNew,
      ScenarioManagerActions.scenarioDuplicated,
      (state, { scenario, leaving }): ScenariosState => addNew(state, scenario, leaving),
    ),
    on(ScenarioManagerActions.scenarioOpened, (state, { scenario, leaving }): ScenariosState =>
      state.entities[scenario.id]
        ? { ...keepLeaving(state, leaving), activeId: scenario.id, unsaved: null }
        : state,
    ),
    on(ScenarioManagerActions.scenarioRenamed, (state, { id, name, updatedAt }): ScenariosState =>
      editable(state, id) && name.trim()
        ? scenarioAdapter.updateOne({ id, changes: { name: name.trim(), updatedAt } }, state)
        : state,
    ),
    on(ScenarioManagerActions.notesChanged, (state, { id, notes, updatedAt }): ScenariosState =>
      editable(state, id) && state.entities[id]?.notes !== notes
        ? scenarioAdapter.updateOne({ id, changes: { notes, updatedAt } }, state)
        : state,
    ),
    on(ScenarioManagerActions.scenarioDeleted, (state, { id, held }): ScenariosState =>
      editable(state, id)
        ? scenarioAdapter.removeOne(id, {
            ...state,
            // With the working state: a write of it may be under way, and a restore must keep it.
            lastDeleted: held?.id === id ? { ...held, preset: false } : state.entities[id]!,
            lastDeletedBase: state.conflicts.some((c) => c.id === id)
              ? null
              : (state.stored[id] ?? null),
            activeId: state.activeId === id ? BASELINE.id : state.activeId,
            compareIds: state.compareIds.filter((c) => c !== id),
            conflicts: state.conflicts.filter((c) => c.id !== id),
          })
        : state,
    ),
    on(ScenarioManagerActions.deletedScenarioRestored, (state): ScenariosState => {
      const copy = state.lastDeleted;
      if (!copy || state.entities[copy.id]) return state;
      const { scenario, conflict } = restoreDeleted(
        copy,
        state.lastDeletedBase,
        state.stored[copy.id],
      );
      const conflicts = state.conflicts.filter((c) => c.id !== copy.id);
      return scenarioAdapter.addOne(scenario, {
        ...state,
        lastDeleted: null,
        lastDeletedBase: null,
        conflicts: conflict ? [...conflicts, conflict] : state.conflicts,
      });
    }),
    on(ScenarioManagerActions.compareToggled, (state, { id }): ScenariosState => {
      if (state.compareIds.includes(id))
        return { ...state, compareIds: state.compareIds.filter((c) => c !== id) };
      if (!state.entities[id] || state.compareIds.length >= MAX_COMPARE) return state;
      return { ...state, compareIds: [...state.compareIds, id] };
    }),
    on(ScenarioManagerActions.compareCleared, (state): ScenariosState => ({
      ...state,
      compareIds: [],
    })),
    on(ScenarioManagerActions.scenariosImported, (state, { scenarios }): ScenariosState =>
      scenarioAdapter.addMany(
        scenarios.map((s) => ({ ...s, preset: false })),
        state,
      ),
    ),
    on(ScenarioManagerActions.noticeDismissed, (state): ScenariosState => ({
      ...state,
      notice: null,
    })),
    on(ShareLinkActions.linkOpened, (state, { scenario, leaving }): ScenariosState => ({
      ...keepLeaving(state, leaving),
      activeId: UNSAVED_ID,
      unsaved: scenario,
    })),
    on(
      StorageActions.scenariosLoaded,
      (state, { versions, activeId, unsaved, pending, conflicts }): ScenariosState => {
        const saved = versions.map((v) => v.scenario);
        const entities = pending ? saved.map((s) => (s.id === pending.id ? pending : s)) : saved;
        const next = scenarioAdapter.setAll([...PRESETS, ...entities], state);
        return {
          ...next,
          stored: Object.fromEntries(versions.map((v) => [v.scenario.id, v])),
          activeId,
          unsaved,
          conflicts,
          compareIds: next.compareIds.filter((id) => !!next.entities[id]),
        };
      },
    ),
    on(StorageActions.writeLanded, (state, { change }): ScenariosState =>
      applyChange(state, change),
    ),
    on(StorageActions.newsReceived, (state, { change }): ScenariosState =>
      applyChange(state, change),
    ),
    on(SaveConflictActions.theirsTaken, (state, { id }): ScenariosState => {
      const theirs = theirsIn(state, id);
      const rest = { ...state, conflicts: state.conflicts.filter((c) => c.id !== id) };
      return theirs ? scenarioAdapter.setOne(theirs.scenario, rest) : rest;
    }),
    on(SaveConflictActions.mineKeptAsCopy, (state, { id, copy }): ScenariosState => {
      const theirs = theirsIn(state, id);
      const rest = { ...state, conflicts: state.conflicts.filter((c) => c.id !== id) };
      const kept = theirs ? scenarioAdapter.setOne(theirs.scenario, rest) : rest;
      return scenarioAdapter.addOne(
        { ...copy, preset: false },
        state.activeId === id ? { ...kept, activeId: copy.id } : kept,
      );
    }),
  ),
  extraSelectors: ({ selectScenariosState, selectActiveId, selectCompareIds, selectUnsaved }) => ({
    selectAllScenarios: createSelector(selectScenariosState, selectors.selectAll),
    selectSavedScenarios: createSelector(selectScenariosState, (s) =>
      selectors.selectAll(s).filter((x) => !x.preset),
    ),
    selectActiveScenario: createSelector(
      selectScenariosState,
      selectActiveId,
      selectUnsaved,
      (s, id, unsaved) => (id === UNSAVED_ID && unsaved ? unsaved : (s.entities[id] ?? BASELINE)),
    ),
    selectComparedScenarios: createSelector(selectScenariosState, selectCompareIds, (s, ids) =>
      ids.map((id) => s.entities[id]).filter((x): x is Scenario => !!x),
    ),
  }),
});
