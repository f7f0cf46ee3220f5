import { createFeature, createReducer, on } from '@ngrx/store';
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
  /** Something the analyst should know about what was read (damaged records left alone); stays until reload. */
  readonly warning: string | null;
}

export const initialStorageState: StorageState = {
  status: 'loading',
  message: null,
  lastSavedAt: null,
  warning: null,
};

const writing = (state: StorageState) => state.status === 'ready' || state.status === 'failing';

export const storageFeature = createFeature({
  name: 'storage',
  reducer: createReducer(
    initialStorageState,
    on(StorageActions.scenariosLoaded, (state): StorageState => ({
      ...state,
      status: 'ready' as const,
      message: null,
    })),
    on(StorageActions.storageUnavailable, (state, { message }): StorageState => ({
      ...state,
      status: 'unavailable' as const,
      message,
    })),
    on(StorageActions.storageReadOnly, (state, { message }): StorageState => ({
      ...state,
      status: 'read-only' as const,
      message,
    })),
    on(StorageActions.unreadableRecordsKept, (state, { message }): StorageState => ({
      ...state,
      warning: message,
    })),
    on(StorageActions.writeFailed, (state, { message }): StorageState =>
      writing(state) ? { ...state, status: 'failing' as const, message } : state,
    ),
    on(StorageActions.writeLanded, (state, { at }): StorageState =>
      writing(state)
        ? { ...state, status: 'ready' as const, message: null, lastSavedAt: at }
        : state,
    ),
  ),
});
