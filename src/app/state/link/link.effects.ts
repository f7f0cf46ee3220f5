import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { getRouterSelectors } from '@ngrx/router-store';
import { Store } from '@ngrx/store';
import { combineLatest, debounceTime, filter, map, switchMap, take, tap } from 'rxjs';
import { LenientUrlSerializer } from '../../scenarios/link/lenient-url-serializer';
import {
  BROKEN_ENCODING,
  DecodedLink,
  ignoredNotice,
  leversToQueryParams,
  queryParamsToLevers,
} from '../../scenarios/link/share-link';
import { BASELINE, Scenario } from '../../scenarios/scenario';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { differsFrom } from '../../scenarios/storage/working-draft';
import { selectActiveWithDraft, selectWorkingDraft } from '../scenarios/scenarios.selectors';
import { now } from '../storage/storage-context';
import { leversFeature } from '../levers/levers.feature';
import { settingsFeature } from '../settings/settings.feature';
import { storageFeature } from '../storage/storage.feature';
import { ShareLinkActions } from './link.actions';

const { selectQueryParams, selectUrl } = getRouterSelectors();

/** What a link carries; the rest of a linked scenario is the baseline's. */
const LINKED_FIELDS = ['levers', 'horizon'] as const;

/** The unsaved scenario a link opens: its values, named by the link or "From link". */
function linkScenario(decoded: DecodedLink, at: string): Scenario {
  const { levers, horizon } = decoded;
  return {
    ...BASELINE,
    levers,
    horizon,
    id: UNSAVED_ID,
    name: 'From link',
    notes: '',
    createdAt: at,
    updatedAt: at,
    preset: false,
  };
}

/**
 * At start, once saved work is loaded: a link opens as an unsaved scenario (saved ones are never
 * touched), with a notice of what was changed in it.
 */
export const openSharedLink = createEffect(
  (store = inject(Store), serializer = inject(LenientUrlSerializer)) => {
    return combineLatest([
      store.select(selectQueryParams),
      store.select(storageFeature.selectStatus),
    ]).pipe(
      filter(([params, status]) => params !== undefined && status !== 'loading'),
      take(1),
      map(([params]) => {
        if (!params || Object.keys(params).length === 0)
          return ShareLinkActions.noLink({ at: new Date().toISOString() });
        const decoded = queryParamsToLevers(params);
        const notices = [
          ...(serializer.malformed === null ? [] : [BROKEN_ENCODING]),
          ...(serializer.dropped.length ? [ignoredNotice(serializer.dropped)] : []),
          ...decoded.notices,
        ];
        const scenario = linkScenario(decoded, new Date().toISOString());
        // The tab's own address read again on reload: it shows what the tab already shows.
        if (
          !notices.length &&
          !differsFrom(now(store, selectWorkingDraft), scenario, LINKED_FIELDS)
        ) {
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

/** Keeps the dashboard's address in step with the levers (replacing, so a drag adds no history). */
export const keepLinkInSync = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(ShareLinkActions.linkOpened, ShareLinkActions.noLink),
      take(1),
      switchMap(() =>
        combineLatest([
          store.select(leversFeature.selectValues),
          store.select(settingsFeature.selectHorizon),
          store.select(selectUrl),
        ]),
      ),
      debounceTime(100),
      filter(([, , url]) => (url ?? '/').split('?')[0] === '/'),
      tap(([levers, horizon, url]) => {
        const queryParams = leversToQueryParams(levers, horizon);
        const target = router.createUrlTree(['/'], { queryParams }).toString();
        if (target !== url) void router.navigateByUrl(target, { replaceUrl: true });
      }),
    );
  },
  { functional: true, dispatch: false },
);
