import { DOCUMENT, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { getRouterSelectors } from '@ngrx/router-store';
import { Store } from '@ngrx/store';
import {
  SchedulerLike,
  combineLatest,
  debounceTime,
  filter,
  map,
  switchMap,
  take,
  tap,
} from 'rxjs';
import { LenientUrlSerializer } from '../../scenarios/link/lenient-url-serializer';
import {
  BROKEN_ENCODING,
  ignoredNotice,
  queryParamsToScenario,
} from '../../scenarios/link/link-reader';
import { linkScenario } from '../../scenarios/link/link-scenario';
import { DecodedLink } from '../../scenarios/link/share-link';
import { Scenario } from '../../scenarios/scenario';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { differsFrom } from '../../scenarios/storage/working-draft';
import { packsFeature } from '../packs/packs.feature';
import { referenceFeature } from '../reference/reference.feature';
import {
  selectActiveWithDraft,
  selectShareQuery,
  selectWorkingDraft,
} from '../scenarios/scenarios.selectors';
import { now } from '../storage/storage-context';
import { storageFeature } from '../storage/storage.feature';
import { LINK_SYNC_SCHEDULER } from './link-sync-scheduler';
import { ShareLinkActions } from './link.actions';

const { selectQueryParams, selectUrl } = getRouterSelectors();

/** What a link carries; the rest of a linked scenario (goals, deck, notes) is the baseline's. */
const LINKED_FIELDS = ['levers', 'constants', 'horizon', 'monteCarlo'] as const;

/**
 * Whether this page load is a reload: the address is then the tab's own (which may lag the last
 * change by the sync's 100 ms), and the tab's session, not the address, says what it shows.
 */
function isReload(document: Document): boolean {
  const entry = document.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload';
}

/** Whether a link only repeats what the tab shows (its own address, read again). */
function repeatsWhatIsShown(store: Store, decoded: DecodedLink, scenario: Scenario): boolean {
  const shown = now(store, selectActiveWithDraft);
  const sameName = decoded.name === null ? shown.preset : decoded.name === shown.name;
  const samePack = scenario.pack?.id === now(store, referenceFeature.selectPack).id;
  return (
    sameName && samePack && !differsFrom(now(store, selectWorkingDraft), scenario, LINKED_FIELDS)
  );
}

/**
 * At start, once saved work is loaded: a link opens as an unsaved scenario (saved ones are never
 * touched), with a notice of what was changed in it.
 */
export const openSharedLink = createEffect(
  (
    store = inject(Store),
    serializer = inject(LenientUrlSerializer),
    document = inject(DOCUMENT),
  ) => {
    return combineLatest([
      store.select(selectQueryParams),
      store.select(storageFeature.selectStatus),
    ]).pipe(
      filter(([params, status]) => params !== undefined && status !== 'loading'),
      take(1),
      map(([params, status]) => {
        // On a reload the tab's stored session says what it shows (without storage, the address does).
        const ownAddress = isReload(document) && status === 'ready';
        if (!params || Object.keys(params).length === 0 || ownAddress) {
          return ShareLinkActions.noLink({ at: new Date().toISOString() });
        }
        const decoded = queryParamsToScenario(params);
        const notices = [
          ...(serializer.malformed === null ? [] : [BROKEN_ENCODING]),
          ...(serializer.dropped.length ? [ignoredNotice(serializer.dropped)] : []),
          ...decoded.notices,
        ];
        const known = now(store, packsFeature.selectAvailable);
        const scenario = linkScenario(decoded, new Date().toISOString(), known);
        if (!notices.length && repeatsWhatIsShown(store, decoded, scenario)) {
          return ShareLinkActions.noLink({ at: scenario.createdAt });
        }
        const held = now(store, selectActiveWithDraft);
        const leaving = held.preset || held.id === UNSAVED_ID ? null : held;
        return ShareLinkActions.linkOpened({ scenario, notices, leaving });
      }),
    );
  },
  { functional: true },
);

/** Keeps the dashboard's address in step with what is shown (replacing, so a drag adds no history). */
export const keepLinkInSync = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    router = inject(Router),
    scheduler: SchedulerLike = inject(LINK_SYNC_SCHEDULER),
  ) => {
    return actions$.pipe(
      ofType(ShareLinkActions.linkOpened, ShareLinkActions.noLink),
      take(1),
      switchMap(() => combineLatest([store.select(selectShareQuery), store.select(selectUrl)])),
      debounceTime(100, scheduler),
      filter(([, url]) => (url ?? '/').split('?')[0] === '/'),
      tap(([queryParams, url]) => {
        const target = router.createUrlTree(['/'], { queryParams }).toString();
        if (target !== url) void router.navigateByUrl(target, { replaceUrl: true });
      }),
    );
  },
  { functional: true, dispatch: false },
);
