import { createSelector } from '@ngrx/store';
import { MODEL_VERSION } from '../../model/constants';
import { leversToQueryParams } from '../../scenarios/link/share-link';
import { Scenario } from '../../scenarios/scenario';
import { Persistable } from '../../scenarios/storage/scenario-db';
import { WorkingDraft, differsFrom } from '../../scenarios/storage/working-draft';
import { briefingFeature } from '../briefing/briefing.feature';
import { goalsFeature } from '../goals/goals.feature';
import { leversFeature } from '../levers/levers.feature';
import { storageFeature } from '../storage/storage.feature';
import { settingsFeature } from '../settings/settings.feature';
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

/** Whether what is on screen differs from the active scenario as saved. */
export const selectHasUnsavedChanges = createSelector(selectWorkingDraft, scenariosFeature.selectActiveScenario, differsFrom);

/** The active scenario with the working state in it: what autosave writes. */
export function withDraft(scenario: Scenario, draft: WorkingDraft, updatedAt: string): Scenario {
  return { ...scenario, ...draft, updatedAt };
}

/** What storage keeps: saved scenarios, the active id and the working draft. */
export const selectPersistable = createSelector(
  scenariosFeature.selectSavedScenarios,
  scenariosFeature.selectActiveId,
  selectWorkingDraft,
  (scenarios, activeId, draft): Persistable => ({ scenarios, activeId, draft }),
);


/**
 * What every export says: the scenario (marked when a preset was changed), the model version, the
 * levers changed from the baseline and the share link's query (the caller knows the origin).
 */
export const selectProvenance = createSelector(
  leversFeature.selectValues,
  leversFeature.selectChangedLevers,
  settingsFeature.selectHorizon,
  scenariosFeature.selectActiveScenario,
  selectHasUnsavedChanges,
  (levers, changed, horizon, active, unsaved) => ({
    scenario: active.preset && unsaved ? `${active.name} (changed)` : active.name,
    modelVersion: MODEL_VERSION,
    changedLevers: changed.map((l) => `${l.label}: ${levers[l.id]} ${l.unit}`),
    linkQuery: new URLSearchParams(leversToQueryParams(levers, horizon)).toString(),
  }),
);

/** What the analyst is told about saving: where the work is kept, or why it is not. */
export const selectSaveStatus = createSelector(
  storageFeature.selectStorageState,
  scenariosFeature.selectActiveScenario,
  selectHasUnsavedChanges,
  (storage, active, unsaved): string => {
    if (storage.status === 'unavailable' || storage.status === 'read-only' || storage.status === 'failing') {
      return storage.message ?? '';
    }
    if (storage.status === 'loading') return 'Loading saved scenarios…';
    if (active.preset) {
      if (!unsaved) return 'Preset (read-only).';
      return storage.dirty ? 'Changed from the preset…' : 'Changed from the preset; kept in this browser. Save as new to name it.';
    }
    return unsaved || storage.dirty ? 'Saving…' : 'All changes saved in this browser.';
  },
);
