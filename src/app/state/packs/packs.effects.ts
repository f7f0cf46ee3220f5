/**
 * Data packs: reading an imported file into a review, keeping applied packs in IndexedDB, putting
 * a kept pack in force, and exporting the pack in force. The file reader and writer are loaded
 * only when a pack is imported, exported or read back.
 */
import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import {
  EMPTY,
  Observable,
  catchError,
  concatMap,
  defer,
  exhaustMap,
  filter,
  from,
  map,
  of,
  switchMap,
  timeout,
} from 'rxjs';
import { PackDb } from '../../data-packs/pack-db';
import { downloadText } from '../../export/download';
import { DataPack, SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { ReviewMonteCarloClient } from '../../simulation/review-monte-carlo-client';
import { selectMonteCarloRequest } from '../analytics/analytics.selectors';
import { HistoryActions } from '../history/history.actions';
import { leversFeature } from '../levers/levers.feature';
import { selectGoals } from '../projection.selectors';
import { referenceFeature } from '../reference/reference.feature';
import { settingsFeature } from '../settings/settings.feature';
import { now } from '../storage/storage-context';
import { OPEN_TIMEOUT_MS } from '../storage/storage-errors';
import { DataPackActions, DataPackStoreActions } from './packs.actions';
import { packsFeature } from './packs.feature';

function failure(what: string, error: unknown): string {
  const why = (error as { message?: unknown } | null)?.message;
  return `${what} (${typeof why === 'string' && why ? why.slice(0, 200) : 'the browser’s storage did not answer'}).`;
}

/** On start: the kept packs, and the pack that was in force when the page was last used. */
export const loadPacks = createEffect(
  (actions$ = inject(Actions), db = inject(PackDb)) => {
    return actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      exhaustMap(() =>
        defer(async () => {
          const kept = await db.list();
          const skipped = kept.skipped
            ? `${kept.skipped} kept data pack${kept.skipped === 1 ? '' : 's'} could not be read and ${kept.skipped === 1 ? 'is' : 'are'} left untouched.`
            : null;
          if (!kept.activeId) return { stored: kept.stored, active: null, message: skipped };
          const read = await db.read(kept.activeId);
          if (read.ok) return { stored: kept.stored, active: read.pack, message: skipped };
          // The note on damaged records stays: it is news whatever else is said.
          const message = `The data pack in use last time could not be read (${read.errors[0]}); showing ${SHIPPED_PACK.name}.${skipped ? ` ${skipped}` : ''}`;
          return { stored: kept.stored, active: null, message };
        }).pipe(
          timeout(OPEN_TIMEOUT_MS),
          map((loaded) => DataPackStoreActions.packsLoaded(loaded)),
          catchError((error: unknown) =>
            of(
              DataPackStoreActions.packsLoaded({
                stored: [],
                active: null,
                message: failure('Imported data packs cannot be opened in this browser', error),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Another tab kept or removed a pack: list them again. A pack removed there while this tab uses it
 * is kept again from here, so this tab's figures still read after a reload (the pack in force is
 * always kept).
 */
export const relistPacks = createEffect(
  (db = inject(PackDb), store = inject(Store)) => {
    return db.changed$.pipe(
      switchMap(() =>
        defer(async () => {
          const { stored } = await db.list();
          const pack = now(store, referenceFeature.selectActivePack);
          const gone = pack.id !== SHIPPED_PACK.id && !stored.some((p) => p.id === pack.id);
          if (!gone) return DataPackStoreActions.packsListed({ stored });
          await db.keep(pack, new Date().toISOString());
          return DataPackStoreActions.packsListed({ stored: [packIdentity(pack), ...stored] });
        }).pipe(catchError(() => of())),
      ),
    );
  },
  { functional: true },
);

/** A chosen file: refused with every problem named, or read into a review of what would change. */
export const reviewImport = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) => {
    return actions$.pipe(
      ofType(DataPackActions.importChosen),
      switchMap((file) =>
        defer(() => import('../../data-packs/pack-import')).pipe(
          map(({ reviewFile }): Action => {
            const result = reviewFile(file, now(store, referenceFeature.selectActivePack), {
              goals: now(store, selectGoals),
              levers: now(store, leversFeature.selectValues),
              constants: now(store, settingsFeature.selectConstants),
              horizon: now(store, settingsFeature.selectHorizon),
            });
            if (!result.ok)
              return DataPackStoreActions.importRefused({
                fileName: file.fileName,
                errors: result.errors,
              });
            // The same figures as a kept pack: it is that pack, under the name it is kept by.
            const kept = now(store, packsFeature.selectStored).find(
              (p) => p.id === result.review.pack.id,
            );
            const review = kept
              ? { ...result.review, pack: { ...result.review.pack, name: kept.name } }
              : result.review;
            return DataPackStoreActions.reviewReady({ review });
          }),
          catchError((error: unknown) =>
            of(
              DataPackStoreActions.importRefused({
                fileName: file.fileName,
                errors: [failure('The file could not be read', error)],
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** P(met) before and after for the goals of a review, from a worker of its own. */
export const simulateReview = createEffect(
  (actions$ = inject(Actions), store = inject(Store), client = inject(ReviewMonteCarloClient)) => {
    return actions$.pipe(
      ofType(DataPackStoreActions.reviewReady, DataPackActions.reviewCancelled),
      // A cancelled review stops its runs.
      switchMap((action) => {
        if (action.type === DataPackActions.reviewCancelled.type) return EMPTY;
        const { review } = action;
        const request = { ...now(store, selectMonteCarloRequest), compare: [] };
        const goals = request.goals;
        const inputs = {
          levers: request.levers,
          constants: request.constants,
          horizon: request.horizon,
        };
        const base = now(store, referenceFeature.selectActivePack);
        return defer(() => import('../../data-packs/pack-import')).pipe(
          concatMap(({ goalOutcomes, goalChanges }) => {
            const run = (pack: DataPack) =>
              client
                .run({ ...request, indicators: pack.indicators })
                .pipe(
                  map((result) =>
                    goalOutcomes(pack.indicators, goals, inputs, result.goalProbability),
                  ),
                );
            // One after the other: a worker answers one run at a time.
            return run(base).pipe(
              concatMap((before) =>
                run(review.pack).pipe(map((after) => [before, after] as const)),
              ),
              map(([before, after]) =>
                DataPackStoreActions.reviewSimulated({
                  packId: review.pack.id,
                  goals: goalChanges(goals, before, after),
                }),
              ),
            );
          }),
          // Without a simulation the review still lists the status changes.
          catchError(() => of()),
        );
      }),
    );
  },
  { functional: true },
);

/**
 * Keeps an applied pack, and remembers which pack is in force after the analyst changes it (apply,
 * switch, undo, redo), keeping it again when undo or redo returns to a pack removed meanwhile.
 */
export const rememberActivePack = createEffect(
  (actions$ = inject(Actions), store = inject(Store), db = inject(PackDb)) => {
    let remembered: string | null = null;
    return actions$.pipe(
      ofType(
        DataPackStoreActions.packsLoaded,
        DataPackActions.packApplied,
        DataPackStoreActions.packSwitched,
        HistoryActions.undo,
        HistoryActions.redo,
      ),
      map((action) => ({ action, id: now(store, referenceFeature.selectPack).id })),
      concatMap(({ action, id }) => {
        // Loading says what is stored; only the analyst's own changes are written.
        const loaded = action.type === DataPackStoreActions.packsLoaded.type;
        const changed = !loaded && remembered !== null && id !== remembered;
        remembered = id;
        // An applied pack is kept (to switch back to, export or remove later), and so is a pack
        // undo or redo returns to after it was removed: the pack in force is always kept. It is
        // stored before it is remembered, so a reload never looks for a pack not yet kept.
        const applied = action.type === DataPackActions.packApplied.type;
        const history =
          action.type === HistoryActions.undo.type || action.type === HistoryActions.redo.type;
        const keep =
          applied ||
          (changed &&
            history &&
            !now(store, packsFeature.selectAvailable).some((p) => p.id === id));
        if (!keep && !changed) return EMPTY;
        const pack = now(store, referenceFeature.selectActivePack);
        return defer(async () => {
          if (keep) await db.keep(pack, new Date().toISOString());
          if (changed) await db.setActive(id);
        }).pipe(
          concatMap(() =>
            keep ? of(DataPackStoreActions.packKept({ pack: packIdentity(pack) })) : EMPTY,
          ),
          catchError((error: unknown) =>
            of(
              DataPackStoreActions.storeFailed({
                message: failure(
                  keep
                    ? `“${pack.name}” is in use in this tab but could not be kept for next time`
                    : 'The data pack in use could not be remembered for next time',
                  error,
                ),
              }),
            ),
          ),
        );
      }),
    );
  },
  { functional: true },
);

/** A kept pack, read back and put in force. */
export const switchPack = createEffect(
  (actions$ = inject(Actions), db = inject(PackDb)) => {
    return actions$.pipe(
      ofType(DataPackActions.switchRequested),
      switchMap(({ id }): Observable<Action> => {
        if (id === SHIPPED_PACK.id)
          return of(DataPackStoreActions.packSwitched({ pack: SHIPPED_PACK }));
        return from(db.read(id)).pipe(
          map((read) =>
            read.ok
              ? DataPackStoreActions.packSwitched({ pack: read.pack })
              : DataPackStoreActions.storeFailed({
                  message: `The data pack could not be read (${read.errors[0]}); nothing changed.`,
                }),
          ),
          catchError((error: unknown) =>
            of(
              DataPackStoreActions.storeFailed({
                message: failure('The data pack could not be read; nothing changed', error),
              }),
            ),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const removePack = createEffect(
  (actions$ = inject(Actions), store = inject(Store), db = inject(PackDb)) => {
    return actions$.pipe(
      ofType(DataPackActions.removeRequested),
      filter(
        ({ id }) => id !== SHIPPED_PACK.id && id !== now(store, referenceFeature.selectPack).id,
      ),
      concatMap(({ id }) =>
        from(db.remove(id)).pipe(
          map(() => DataPackStoreActions.packRemoved({ id })),
          catchError((error: unknown) =>
            of(
              DataPackStoreActions.storeFailed({
                message: failure('The data pack could not be removed', error),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** "Export data pack": the pack in force as CSV or JSON, both readable by "Import data…". */
export const exportPack = createEffect(
  (actions$ = inject(Actions), store = inject(Store), document = inject(DOCUMENT)) => {
    return actions$.pipe(
      ofType(DataPackActions.exportRequested),
      concatMap(async ({ format }) => {
        const { packFile } = await import('../../data-packs/pack-import');
        const file = packFile(now(store, referenceFeature.selectActivePack), format);
        downloadText(document, file.name, file.text, file.type);
      }),
    );
  },
  { functional: true, dispatch: false },
);
