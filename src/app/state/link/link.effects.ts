import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { getRouterSelectors } from '@ngrx/router-store';
import { Store } from '@ngrx/store';
import { combineLatest, debounceTime, filter, map, switchMap, take, tap } from 'rxjs';
import { LenientUrlSerializer } from '../../scenarios/link/lenient-url-serializer';
import { BROKEN_ENCODING, ignoredNotice, leversToQueryParams, queryParamsToLevers } from '../../scenarios/link/share-link';
import { leversFeature } from '../levers/levers.feature';
import { settingsFeature } from '../settings/settings.feature';
import { storageFeature } from '../storage/storage.feature';
import { ShareLinkActions } from './link.actions';

const { selectQueryParams, selectUrl } = getRouterSelectors();

/** At start, once saved work is loaded: a link's levers take over, with a notice of what was changed. */
export const openSharedLink = createEffect(
  (store = inject(Store), serializer = inject(LenientUrlSerializer)) =>
    { return combineLatest([store.select(selectQueryParams), store.select(storageFeature.selectStatus)]).pipe(
      filter(([params, status]) => params !== undefined && status !== 'loading'),
      take(1),
      map(([params]) => {
        if (!params || Object.keys(params).length === 0) return ShareLinkActions.noLink({ at: new Date().toISOString() });
        const decoded = queryParamsToLevers(params);
        const notices = [
          ...(serializer.malformed === null ? [] : [BROKEN_ENCODING]),
          ...(serializer.dropped.length ? [ignoredNotice(serializer.dropped)] : []),
          ...decoded.notices,
        ];
        return ShareLinkActions.linkOpened({ levers: decoded.levers, horizon: decoded.horizon, notices });
      }),
    ) },
  { functional: true },
);

/** Keeps the dashboard's address in step with the levers (replacing, so a drag adds no history). */
export const keepLinkInSync = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) =>
    { return actions$.pipe(
      ofType(ShareLinkActions.linkOpened, ShareLinkActions.noLink),
      take(1),
      switchMap(() =>
        combineLatest([store.select(leversFeature.selectValues), store.select(settingsFeature.selectHorizon), store.select(selectUrl)]),
      ),
      debounceTime(100),
      filter(([, , url]) => (url ?? '/').split('?')[0] === '/'),
      tap(([levers, horizon, url]) => {
        const queryParams = leversToQueryParams(levers, horizon);
        const target = router.createUrlTree(['/'], { queryParams }).toString();
        if (target !== url) void router.navigateByUrl(target, { replaceUrl: true });
      }),
    ) },
  { functional: true, dispatch: false },
);
