import { DOCUMENT, inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, concatMap, filter, from, fromEvent, map, of, switchMap } from 'rxjs';
import { ScenarioChannel, ScenarioNews } from '../../scenarios/storage/scenario-channel';
import { STORAGE_SCHEMA, ScenarioDb } from '../../scenarios/storage/scenario-db';
import { changeFromNews, newsFromStorage } from '../../scenarios/storage/tab-sync';
import { now, tabView } from './storage-context';
import { StorageActions } from './storage.actions';
import { storageFeature } from './storage.feature';

const newer = (news: ScenarioNews) => news.schema > STORAGE_SCHEMA;
const READ_ONLY =
  'Another tab runs a newer version of the dashboard; this tab will not save, so nothing is overwritten. Reload to update.';

/**
 * Another tab stored or deleted scenarios: take in what is newer than this tab knew. The message
 * only names the scenarios; what storage holds for them now is read, so that news arriving late
 * (after this tab's own later write, or after a delete) is never taken for the current state.
 * Writes nothing.
 */
export const receiveNews = createEffect(
  (channel = inject(ScenarioChannel), store = inject(Store), db = inject(ScenarioDb)) => {
    return channel.news$.pipe(
      filter(() => now(store, storageFeature.selectStatus) !== 'loading'),
      concatMap((news) => {
        if (newer(news)) return of(StorageActions.storageReadOnly({ message: READ_ONLY }));
        const ids = [...new Set([...news.stored.map((v) => v.scenario.id), ...news.deleted])];
        return from(db.read(ids)).pipe(
          map((stored) =>
            changeFromNews(
              { stored, deleted: ids.filter((id) => !stored.some((v) => v.scenario.id === id)) },
              tabView(store),
            ),
          ),
          filter((change) => change !== null),
          map((change) => StorageActions.newsReceived({ change })),
          catchError(() => EMPTY),
        );
      }),
    );
  },
  { functional: true },
);

/**
 * When the tab comes back into view, storage is read again: news a frozen or sleeping tab missed
 * (or a browser without BroadcastChannel never sent) is taken in. Reads only.
 */
export const catchUpWhenVisible = createEffect(
  (document = inject(DOCUMENT), db = inject(ScenarioDb), store = inject(Store)) => {
    return fromEvent(document, 'visibilitychange').pipe(
      filter(
        () =>
          document.visibilityState === 'visible' &&
          now(store, storageFeature.selectStatus) === 'ready',
      ),
      switchMap(() => {
        // Only what the tab knew before the read can have been deleted since (not what it stored meanwhile).
        const before = tabView(store);
        return from(db.versions()).pipe(
          map((versions) => changeFromNews(newsFromStorage(versions, before), tabView(store))),
          filter((change) => change !== null),
          map((change) => StorageActions.newsReceived({ change })),
          catchError(() => EMPTY),
        );
      }),
    );
  },
  { functional: true },
);
