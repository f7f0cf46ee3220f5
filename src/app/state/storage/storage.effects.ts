import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import {
  EMPTY,
  asyncScheduler,
  catchError,
  concatMap,
  debounce,
  exhaustMap,
  filter,
  from,
  fromEvent,
  map,
  merge,
  of,
  switchMap,
  take,
  timeout,
  timer,
  withLatestFrom,
} from 'rxjs';
import { ScenarioDb } from '../../scenarios/storage/scenario-db';
import { ScenarioChannel } from '../../scenarios/storage/scenario-channel';
import { AutosaveActions, ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { selectHasUnsavedChanges, selectPersistable, selectWorkingDraft, withDraft } from '../scenarios/scenarios.selectors';
import { StorageActions, StorageRetryActions } from './storage.actions';
import { OPEN_TIMEOUT_MS, loadErrorMessage, writeErrorMessage } from './storage-errors';
import { storageFeature } from './storage.feature';

const SAVE_DELAY_MS = 300;
const RETRY_DELAYS_MS = [1000, 3000, 10000, 30000];
/** On start: saved scenarios and the working draft from IndexedDB. */
export const loadScenarios = createEffect(
  (actions$ = inject(Actions), db = inject(ScenarioDb), scheduler = asyncScheduler) =>
    { return actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      take(1),
      switchMap(() =>
        from(db.load()).pipe(
          timeout({ first: OPEN_TIMEOUT_MS, scheduler }),
          concatMap((stored) => {
            const actions: Action[] = [StorageActions.scenariosLoaded({ scenarios: stored.scenarios, activeId: stored.activeId, draft: stored.draft })];
            if (stored.skipped > 0) {
              const records = stored.skipped === 1 ? 'One saved record' : `${stored.skipped} saved records`;
              actions.push(
                StorageActions.unreadableRecordsKept({
                  count: stored.skipped,
                  message: `${records} could not be read (damaged, or written by another version) and ${stored.skipped === 1 ? 'was' : 'were'} left as stored; everything else loaded.`,
                }),
              );
            }
            if (stored.newerSchema) {
              actions.push(
                StorageActions.storageReadOnly({
                  message: 'Another tab or a newer version of the dashboard saved data this version cannot fully read; this tab will not save, so nothing is overwritten. Reload to update.',
                }),
              );
            }
            return of(...actions);
          }),
          catchError((error: unknown) => of(StorageActions.storageUnavailable({ message: loadErrorMessage(error) }))),
        ),
      ),
    ) },
  { functional: true },
);

/** Saves the active (non-preset) scenario as the working state changes. */
export const autosaveActiveScenario = createEffect(
  (store = inject(Store), scheduler = asyncScheduler) =>
    { return store.select(selectWorkingDraft).pipe(
      debounce(() => timer(SAVE_DELAY_MS, scheduler)),
      withLatestFrom(store.select(scenariosFeature.selectActiveScenario), store.select(selectHasUnsavedChanges)),
      filter(([, active, unsaved]) => unsaved && !active.preset),
      map(([draft, active]) => AutosaveActions.activeScenarioUpdated({ scenario: withDraft(active, draft, new Date().toISOString()) })),
    ) },
  { functional: true },
);

/**
 * Writes saved scenarios, the active id and the working draft after each change (debounced, at once
 * when the page is hidden), only while storage is ready; a failed write is reported and retried.
 */
export const writeScenarios = createEffect(
  (store = inject(Store), db = inject(ScenarioDb), channel = inject(ScenarioChannel), document = inject(DOCUMENT), actions$ = inject(Actions)) => {
    const pageHidden$ = fromEvent(document, 'visibilitychange').pipe(filter(() => document.visibilityState === 'hidden'));
    const writable = (status: string) => status === 'ready' || status === 'failing';
    return store.select(storageFeature.selectStatus).pipe(
      filter(writable),
      take(1),
      switchMap(() =>
        merge(
          store.select(selectPersistable),
          actions$.pipe(ofType(StorageRetryActions.retryDue), withLatestFrom(store.select(selectPersistable)), map(([, p]) => p)),
        ),
      ),
      debounce(() => merge(timer(SAVE_DELAY_MS), pageHidden$)),
      withLatestFrom(store.select(storageFeature.selectStatus)),
      filter(([, status]) => writable(status)),
      concatMap(([next]) =>
        from(db.write(next)).pipe(
          map((wrote) => {
            if (wrote) channel.announce();
            return StorageActions.writeSucceeded({ at: new Date().toISOString() });
          }),
          catchError((error: unknown) => of(StorageActions.writeFailed({ message: writeErrorMessage(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** A failed write is tried again after a growing delay. */
export const retryFailedWrite = createEffect(
  (actions$ = inject(Actions)) => {
    let attempt = 0;
    return actions$.pipe(
      ofType(StorageActions.writeFailed, StorageActions.writeSucceeded),
      exhaustMap((action) => {
        if (action.type === StorageActions.writeSucceeded.type) {
          attempt = 0;
          return EMPTY;
        }
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
        attempt++;
        return timer(delay).pipe(map(() => StorageRetryActions.retryDue({ attempt })));
      }),
    );
  },
  { functional: true },
);

/** Another tab saved: read storage again and show its scenarios here. */
export const syncFromOtherTabs = createEffect(
  (channel = inject(ScenarioChannel), db = inject(ScenarioDb)) =>
    { return channel.changes$.pipe(
      switchMap(() => from(db.load())),
      map((stored) => StorageActions.scenariosChangedInAnotherTab({ scenarios: stored.scenarios, activeId: null })),
      catchError(() => EMPTY),
    ) },
  { functional: true },
);

/** When another tab changed the scenario this tab shows, show its new values here too. */
export const followActiveScenario = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    { return actions$.pipe(
      ofType(StorageActions.scenariosChangedInAnotherTab),
      withLatestFrom(store.select(scenariosFeature.selectActiveScenario), store.select(selectHasUnsavedChanges)),
      filter(([, active, differs]) => !active.preset && differs),
      map(([, active]) => ScenarioManagerActions.scenarioOpened({ scenario: active })),
    ) },
  { functional: true },
);
