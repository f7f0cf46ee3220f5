/** What the storage effects share: their clock, the tab's id, and reading the tab's state. */
import { InjectionToken, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { SchedulerLike, asyncScheduler, take } from 'rxjs';
import { TabIdentity } from '../../scenarios/storage/tab-identity';
import { TabView } from '../../scenarios/storage/tab-sync';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { selectWorkingDraft, selectWriteInputs } from '../scenarios/scenarios.selectors';

/** Typed text and moved levers are stored this long after the last change (at once when the page is hidden). */
export const SAVE_DELAY_MS = 300;
export const RETRY_DELAYS_MS = [1000, 3000, 10000, 30000];

/** The clock the storage effects wait on; specs swap in virtual time. */
export const STORAGE_SCHEDULER = new InjectionToken<SchedulerLike>('storage scheduler', {
  factory: () => asyncScheduler,
});

/** This tab's identity (see tab-identity.ts); specs give each simulated tab its own. */
export const TAB_IDENTITY = new InjectionToken<{ readonly started: string; readonly id: string }>(
  'tab identity',
  {
    factory: () => inject(TabIdentity),
  },
);

/** The page's localStorage, or undefined where the browser blocks it (reading it can throw). */
export function pageLocalStorage(document: Document): Storage | undefined {
  try {
    return document.defaultView?.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The current value of a selector (the store answers synchronously). */
export function now<T>(store: Store, selector: (state: object) => T): T {
  let value!: T;
  store
    .select(selector)
    .pipe(take(1))
    .subscribe((v) => (value = v));
  return value;
}

/** What the tab holds, for working out what storage's answers mean here. */
export function tabView(store: Store): TabView {
  const { local, stored, paused } = now(store, selectWriteInputs);
  return {
    local,
    stored,
    paused,
    activeId: now(store, scenariosFeature.selectActiveId),
    draft: now(store, selectWorkingDraft),
  };
}
