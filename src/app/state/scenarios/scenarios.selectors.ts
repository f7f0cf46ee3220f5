import { createSelector } from '@ngrx/store';
import { changedAssumptions } from '../../export/changed-assumptions';
import { MODEL_VERSION } from '../../model/constants';
import { PackIdentity } from '../../model/data-pack';
import { FROM_LINK, scenarioToQueryParams } from '../../scenarios/link/share-link';
import { Scenario } from '../../scenarios/scenario';
import { isEmptyPlan, planWrites, sameContent } from '../../scenarios/storage/revisions';
import { TabSession, UNSAVED_ID } from '../../scenarios/storage/session';
import { WorkingDraft, differsFrom } from '../../scenarios/storage/working-draft';
import { briefingFeature } from '../briefing/briefing.feature';
import { goalsFeature } from '../goals/goals.feature';
import { leversFeature } from '../levers/levers.feature';
import { referenceFeature } from '../reference/reference.feature';
import { settingsFeature } from '../settings/settings.feature';
import { storageFeature } from '../storage/storage.feature';
import { scenariosFeature } from './scenarios.feature';

/** The working state as a draft: what a save would store. */
export const selectWorkingDraft = createSelector(
  leversFeature.selectValues,
  settingsFeature.selectSettingsState,
  goalsFeature.selectCustomGoals,
  goalsFeature.selectHidden,
  briefingFeature.selectSlides,
  (levers, settings, customGoals, hiddenGoals, slides): WorkingDraft => ({
    levers,
    constants: settings.constants,
    horizon: settings.horizon,
    customGoals,
    hiddenGoals,
    monteCarlo: settings.monteCarlo,
    slides,
  }),
);

/** Whether what is on screen differs from the active scenario as this tab holds it. */
export const selectHasUnsavedChanges = createSelector(
  selectWorkingDraft,
  scenariosFeature.selectActiveScenario,
  differsFrom,
);

/**
 * A scenario with the working state in it, and (when given) the pack in force: changes are saved
 * on the pack whose numbers the analyst saw.
 */
export function withDraft(scenario: Scenario, draft: WorkingDraft, pack?: PackIdentity): Scenario {
  return { ...scenario, ...draft, ...(pack ? { pack } : {}) };
}

/**
 * The active scenario as this tab holds it: with the working state, when it is a saved one. Only a
 * change records the pack in force: switching packs alone leaves the scenario as it was saved.
 */
export const selectActiveWithDraft = createSelector(
  scenariosFeature.selectActiveScenario,
  selectWorkingDraft,
  selectHasUnsavedChanges,
  referenceFeature.selectPack,
  (active, draft, unsaved, pack) =>
    unsaved ? withDraft(active, draft, active.preset ? undefined : pack) : active,
);

/**
 * The scenario as shown, for Export scenario: the active one with the working state. A preset the
 * analyst changed is theirs now, marked "(changed)" as every export names it, and without the
 * preset's notes, which describe the preset's levers ("All levers at their defaults."), not these.
 */
export const selectShownScenario = createSelector(
  selectActiveWithDraft,
  selectHasUnsavedChanges,
  (held, unsaved): Scenario =>
    held.preset && unsaved
      ? { ...held, name: `${held.name} (changed)`, notes: '', preset: false }
      : held,
);

/**
 * What a new scenario made from the working state holds (Save as new, Duplicate): the caller adds
 * its id, name and times. A preset's notes describe the preset, not the analyst's copy of it; the
 * preset it came from stays its reference.
 */
export const selectNewScenarioContent = createSelector(
  selectWorkingDraft,
  scenariosFeature.selectActiveScenario,
  referenceFeature.selectPack,
  (draft, active, pack) => {
    const basedOn = active.preset ? active.id : active.basedOn;
    return {
      ...draft,
      notes: active.preset ? '' : active.notes,
      modelVersion: MODEL_VERSION,
      pack,
      preset: false,
      ...(basedOn ? { basedOn } : {}),
    };
  },
);

/** Saved scenarios as this tab holds them (the active one with its working state): what storage should hold. */
export const selectLocalScenarios = createSelector(
  scenariosFeature.selectSavedScenarios,
  scenariosFeature.selectActiveId,
  selectActiveWithDraft,
  (saved, activeId, active) => saved.map((s) => (s.id === activeId ? active : s)),
);

/** The tab's session as storage should keep it (the writer adds the tab's id and the time). */
export const selectSessionState = createSelector(
  scenariosFeature.selectActiveId,
  scenariosFeature.selectUnsaved,
  scenariosFeature.selectStored,
  scenariosFeature.selectConflicts,
  selectWorkingDraft,
  selectActiveWithDraft,
  selectHasUnsavedChanges,
  (
    activeId,
    unsaved,
    stored,
    conflicts,
    draft,
    held,
    changed,
  ): Omit<TabSession, 'tab' | 'updatedAt'> => {
    const base = stored[activeId]?.scenario ?? null;
    const pending = base && !sameContent(held, base) ? held : null;
    // In a conflict the stored version is theirs, not what mine was made on: no base, so that a
    // reload offers the choice again instead of taking mine over theirs.
    const inConflict = conflicts.some((c) => c.id === activeId);
    return {
      activeId,
      unsaved: activeId === UNSAVED_ID ? unsaved : null,
      draft: !base && changed ? draft : null,
      pending,
      base: pending && !inConflict ? base : null,
    };
  },
);

/** What the writer stores: the scenarios to bring storage to, on which revisions, and the tab's session. */
export const selectWriteInputs = createSelector(
  selectLocalScenarios,
  scenariosFeature.selectStored,
  scenariosFeature.selectConflicts,
  selectSessionState,
  (local, stored, conflicts, session) => ({
    local,
    stored,
    paused: new Set(conflicts.map((c) => c.id)),
    session,
  }),
);

/** Whether some change of this tab is not stored yet (conflicts aside, which wait for the analyst). */
export const selectWritesPending = createSelector(
  selectWriteInputs,
  ({ local, stored, paused }) => !isEmptyPlan(planWrites(local, stored, paused)),
);

/**
 * The share link's query: everything that changes the numbers (the pack in force among them), and
 * the name of a scenario the analyst named.
 */
export const selectShareQuery = createSelector(
  selectWorkingDraft,
  scenariosFeature.selectActiveScenario,
  referenceFeature.selectPack,
  (draft, active, pack) =>
    scenarioToQueryParams(
      draft,
      active.preset || active.name === FROM_LINK ? null : active.name,
      pack.id,
    ),
);

/**
 * What every export says: the scenario (marked when a preset was changed), the data pack and its
 * date, the model version, every assumption changed from the defaults and the share link's query
 * (the caller knows the origin).
 */
export const selectProvenance = createSelector(
  selectWorkingDraft,
  scenariosFeature.selectActiveScenario,
  selectHasUnsavedChanges,
  selectShareQuery,
  referenceFeature.selectPack,
  (draft, active, unsaved, query, pack) => ({
    scenario: active.preset && unsaved ? `${active.name} (changed)` : active.name,
    pack: { name: pack.name, asOf: pack.asOf },
    modelVersion: MODEL_VERSION,
    changedLevers: changedAssumptions(draft),
    linkQuery: new URLSearchParams(query).toString(),
  }),
);

/** What the analyst is told about saving: where the work is kept, or why it is not. */
export const selectSaveStatus = createSelector(
  storageFeature.selectStorageState,
  scenariosFeature.selectActiveScenario,
  scenariosFeature.selectConflicts,
  selectHasUnsavedChanges,
  selectWritesPending,
  (storage, active, conflicts, changed, pending): string => {
    if (
      storage.status === 'unavailable' ||
      storage.status === 'read-only' ||
      storage.status === 'failing'
    ) {
      return storage.message ?? '';
    }
    if (storage.status === 'loading') return 'Loading saved scenarios…';
    if (active.id === UNSAVED_ID) return 'Not saved: Save as new to keep this scenario.';
    if (active.preset)
      return changed
        ? 'Changed from the preset; kept in this browser. Save as new to name it.'
        : 'Preset (read-only).';
    if (conflicts.some((c) => c.id === active.id))
      return 'Not saved: another tab changed this scenario too. Choose below.';
    return pending ? 'Saving…' : 'All changes saved in this browser.';
  },
);
