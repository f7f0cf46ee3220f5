import { isDevMode } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState, provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import * as analyticsEffects from './analytics/analytics.effects';
import { analyticsFeature } from './analytics/analytics.feature';
import { briefingFeature } from './briefing/briefing.feature';
import { presentationFeature } from './briefing/presentation.feature';
import { goalsFeature } from './goals/goals.feature';
import { undoRedo } from './history/history.reducer';
import { leversFeature } from './levers/levers.feature';
import * as linkEffects from './link/link.effects';
import { packsFeature } from './packs/packs.feature';
import { referenceFeature } from './reference/reference.feature';
import { scenariosFeature } from './scenarios/scenarios.feature';
import { settingsFeature } from './settings/settings.feature';
import * as storageSyncEffects from './storage/storage-sync.effects';
import * as storageEffects from './storage/storage.effects';
import { storageFeature } from './storage/storage.feature';
import * as uiEffects from './ui/ui.effects';
import { uiFeature } from './ui/ui.feature';

/** The application store: reference data, levers, settings, UI state and the router. */
export function provideAppState() {
  return [
    provideStore(
      { router: routerReducer },
      {
        metaReducers: [undoRedo],
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictStateSerializability: true,
          strictActionSerializability: true,
          strictActionTypeUniqueness: true,
        },
      },
    ),
    provideState(referenceFeature),
    provideState(leversFeature),
    provideState(settingsFeature),
    provideState(uiFeature),
    provideState(analyticsFeature),
    provideState(goalsFeature),
    provideState(briefingFeature),
    provideState(presentationFeature),
    provideState(scenariosFeature),
    provideState(storageFeature),
    provideState(packsFeature),
    provideEffects(uiEffects, analyticsEffects, storageEffects, storageSyncEffects, linkEffects),
    provideRouterStore(),
    provideStoreDevtools({ maxAge: 50, logOnly: !isDevMode(), connectInZone: false }),
  ];
}
