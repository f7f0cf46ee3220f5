import { Action, createFeature, createReducer, on } from '@ngrx/store';
import { HistoryActions } from '../history/history.actions';
import { DOCUMENT_ACTIONS } from '../history/history.reducer';
import { AutosaveActions } from '../scenarios/scenarios.actions';
import { StorageActions } from './storage.actions';

/**
 * loading: reading storage; ready: saved work is stored as it changes; read-only: another tab runs a
 * newer version, so this one does not write; unavailable: no storage (private mode, blocked): the app
 * works for this visit only; failing: the last write failed and is being retried.
 */
export type StorageStatus = 'loading' | 'ready' | 'read-only' | 'unavailable' | 'failing';

export interface StorageState {
  readonly status: StorageStatus;
  readonly message: string | null;
  readonly lastSavedAt: string | null;
  /** Changes made since the last write finished. */
  readonly dirty: boolean;
  /** Something the analyst should know about what was read (damaged records left alone); stays until reload. */
  readonly warning: string | null;
}

export const initialStorageState: StorageState = { status: 'loading', message: null, lastSavedAt: null, dirty: false, warning: null };

const SAVED_CHANGES = new Set<string>([
  ...DOCUMENT_ACTIONS,
  AutosaveActions.activeScenarioUpdated.type,
  HistoryActions.undo.type,
  HistoryActions.redo.type,
]);

const storageReducer = createReducer(
  initialStorageState,
  on(StorageActions.scenariosLoaded, (state): StorageState => ({ ...state, status: 'ready' as const, message: null })),
  on(StorageActions.storageUnavailable, (state, { message }): StorageState => ({ ...state, status: 'unavailable' as const, message })),
  on(StorageActions.storageReadOnly, (state, { message }): StorageState => ({ ...state, status: 'read-only' as const, message })),
  on(StorageActions.unreadableRecordsKept, (state, { message }): StorageState => ({ ...state, warning: message })),
  on(StorageActions.writeFailed, (state, { message }): StorageState =>
    state.status === 'ready' || state.status === 'failing' ? { ...state, status: 'failing' as const, message } : state,
  ),
  on(StorageActions.writeSucceeded, (state, { at }): StorageState =>
    state.status === 'ready' || state.status === 'failing'
      ? { ...state, status: 'ready' as const, message: null, lastSavedAt: at, dirty: false }
      : state,
  ),
);

export const storageFeature = createFeature({
  name: 'storage',
  reducer: (state: StorageState | undefined, action: Action): StorageState => {
    const next = storageReducer(state, action);
    return SAVED_CHANGES.has(action.type) && !next.dirty ? { ...next, dirty: true } : next;
  },
});
