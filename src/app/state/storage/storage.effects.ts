import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import {
  EMPTY,
  Observable,
  SchedulerLike,
  catchError,
  concatMap,
  debounce,
  defer,
  exhaustMap,
  filter,
  from,
  fromEvent,
  ignoreElements,
  map,
  merge,
  of,
  switchMap,
  tap,
  take,
  timeout,
  timer,
} from 'rxjs';
import { PRESETS } from '../../scenarios/scenario';
import { dropRescue, keepRescue, readRescues, removeRescues } from '../../scenarios/storage/rescue';
import { WritePlan, isEmptyPlan, planWrites } from '../../scenarios/storage/revisions';
import { ScenarioChannel } from '../../scenarios/storage/scenario-channel';
import { ScenarioDb, StoredState } from '../../scenarios/storage/scenario-db';
import { TabSession, newestSession, resume } from '../../scenarios/storage/session';
import { changeFromOutcomes } from '../../scenarios/storage/tab-sync';
import { draftOf } from '../../scenarios/storage/working-draft';
import { selectWriteInputs } from '../scenarios/scenarios.selectors';
import {
  RETRY_DELAYS_MS,
  SAVE_DELAY_MS,
  STORAGE_SCHEDULER,
  TAB_IDENTITY,
  now,
  pageLocalStorage,
  tabView,
} from './storage-context';
import { OPEN_TIMEOUT_MS, loadErrorMessage, writeErrorMessage } from './storage-errors';
import { Conflict, StorageActions, StorageRetryActions } from './storage.actions';
import { storageFeature } from './storage.feature';

/** Storage as it is after replaying what closing pages kept in localStorage (see rescue.ts). */
async function loadReplaying(
  db: ScenarioDb,
  localStorage: Storage | undefined,
): Promise<{ stored: StoredState; conflicts: Conflict[] }> {
  const { rescues, unreadable } = readRescues(localStorage);
  removeRescues(localStorage, unreadable);
  const first = await db.load();
  if (!rescues.length || first.newerSchema) return { stored: first, conflicts: [] };
  const conflicts: Conflict[] = [];
  for (const rescue of rescues) {
    for (const o of await db.apply(rescue.plan, rescue.session)) {
      if (o.kind === 'conflict') conflicts.push({ id: o.mine.id, mine: o.mine, theirs: o.theirs });
    }
    removeRescues(localStorage, [rescue.key]);
  }
  return { stored: await db.load(), conflicts };
}

function loadedActions(stored: StoredState, tab: string, replayed: readonly Conflict[]): Action[] {
  const byId = Object.fromEntries(stored.versions.map((v) => [v.scenario.id, v]));
  // A new tab continues where the newest session was, but never takes over another tab's changes
  // not yet stored: those are that tab's to store (or to resolve, in a conflict).
  const newest = newestSession(stored.sessions);
  const own =
    stored.sessions.find((s) => s.tab === tab) ??
    (newest && { ...newest, pending: null, base: null });
  const r = resume(own, byId, PRESETS);
  const active =
    r.unsaved ??
    r.pending ??
    byId[r.activeId]?.scenario ??
    PRESETS.find((p) => p.id === r.activeId) ??
    PRESETS[0];
  const actions: Action[] = [
    StorageActions.scenariosLoaded({
      versions: stored.versions,
      activeId: r.activeId,
      unsaved: r.unsaved,
      draft: r.draft ?? draftOf(active),
      pending: r.pending,
      conflicts: [
        ...(r.conflict ? [{ id: r.activeId, ...r.conflict }] : []),
        ...replayed.filter((c) => c.id !== (r.conflict ? r.activeId : null)),
      ],
    }),
  ];
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
        message:
          'Another tab or a newer version of the dashboard saved data this version cannot fully read; this tab will not save, so nothing is overwritten. Reload to update.',
      }),
    );
  }
  return actions;
}

/** On start: saved scenarios and this tab's session (or the newest one) from IndexedDB. */
export const loadScenarios = createEffect(
  (
    actions$ = inject(Actions),
    db = inject(ScenarioDb),
    scheduler: SchedulerLike = inject(STORAGE_SCHEDULER),
    identity = inject(TAB_IDENTITY),
    localStorage = pageLocalStorage(inject(DOCUMENT)),
  ) => {
    return actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      take(1),
      switchMap(() =>
        from(loadReplaying(db, localStorage)).pipe(
          timeout({ first: OPEN_TIMEOUT_MS, scheduler }),
          concatMap(({ stored, conflicts }) =>
            of(...loadedActions(stored, identity.started, conflicts)),
          ),
          catchError((error: unknown) =>
            of(StorageActions.storageUnavailable({ message: loadErrorMessage(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

const writable = (status: string) => status === 'ready' || status === 'failing';

/** The session to store with a plan, or null when storage already has it. */
function sessionToStore(
  store: Store,
  plan: WritePlan,
  tab: string,
  last: string | null,
  at: string,
): { session: TabSession | null; json: string } {
  const { session } = now(store, selectWriteInputs);
  const activeId = session.activeId;
  const written =
    plan.creates.some((s) => s.id === activeId) || plan.updates.some((u) => u.id === activeId);
  // Once this write lands the active scenario is stored as the tab holds it: nothing is pending.
  const content = written ? { ...session, pending: null, base: null } : session;
  const json = JSON.stringify(content);
  return { session: json === last ? null : { ...content, tab, updatedAt: at }, json };
}

/**
 * Stores this tab's changes (debounced, at once when the page is hidden): new, changed and deleted
 * scenarios, each on the revision it was made on, and the tab's session. A tab that only heard
 * news, or did nothing, writes nothing and sends nothing. A failed write is reported and retried.
 */
export const writeChanges = createEffect(
  (
    store = inject(Store),
    db = inject(ScenarioDb),
    channel = inject(ScenarioChannel),
    document = inject(DOCUMENT),
    actions$ = inject(Actions),
    scheduler: SchedulerLike = inject(STORAGE_SCHEDULER),
    identity = inject(TAB_IDENTITY),
  ) => {
    const pageHidden$ = merge(
      fromEvent(document, 'visibilitychange').pipe(
        filter(() => document.visibilityState === 'hidden'),
      ),
      document.defaultView ? fromEvent(document.defaultView, 'pagehide') : EMPTY,
    );
    const localStorage = pageLocalStorage(document);
    /** What is waiting to be written now: the plan (times stamped) and the session, if it changed. */
    const waiting = (last: string | null, at: string) => {
      const { local, stored, paused } = now(store, selectWriteInputs);
      const plan = stamp(planWrites(local, stored, paused), at);
      return { plan, ...sessionToStore(store, plan, identity.id, last, at) };
    };
    const write = (state: { last: string | null }): Observable<Action> =>
      defer(() => {
        if (!writable(now(store, storageFeature.selectStatus))) return EMPTY;
        const at = new Date().toISOString();
        const { plan, session, json } = waiting(state.last, at);
        if (isEmptyPlan(plan) && !session) return EMPTY;
        return from(db.apply(plan, session)).pipe(
          map((outcomes) => {
            state.last = json;
            dropRescue(localStorage, identity.id, at);
            channel.announce(
              outcomes.flatMap((o) => (o.kind === 'stored' ? [o.version] : [])),
              outcomes.flatMap((o) => (o.kind === 'deleted' ? [o.id] : [])),
            );
            return StorageActions.writeLanded({
              at,
              change: changeFromOutcomes(outcomes, tabView(store)),
            });
          }),
          catchError((error: unknown) =>
            of(StorageActions.writeFailed({ message: writeErrorMessage(error) })),
          ),
        );
      });
    /** The page is hidden or closing: what waits is kept synchronously too (see rescue.ts). */
    const rescue = (state: { last: string | null }) => {
      if (!writable(now(store, storageFeature.selectStatus))) return;
      const at = new Date().toISOString();
      const { plan, session } = waiting(state.last, at);
      if (!isEmptyPlan(plan) || session) keepRescue(localStorage, identity.id, plan, session, at);
    };
    return store.select(storageFeature.selectStatus).pipe(
      filter(writable),
      take(1),
      switchMap(() => {
        // The session as loaded is what storage has: only changes from here on are written.
        const state = {
          last: JSON.stringify(now(store, selectWriteInputs).session) as string | null,
        };
        const writes$ = merge(
          store.select(selectWriteInputs),
          actions$.pipe(ofType(StorageRetryActions.retryDue)),
        ).pipe(
          debounce(() => merge(timer(SAVE_DELAY_MS, scheduler), pageHidden$)),
          concatMap(() => write(state)),
        );
        // Subscribed before the writes, so the rescue is kept before the flush starts its write.
        return merge(
          pageHidden$.pipe(
            tap(() => rescue(state)),
            ignoreElements(),
          ),
          writes$,
        );
      }),
    );
  },
  { functional: true },
);

/** Creates and updates carry the time they are stored. */
function stamp(plan: WritePlan, at: string): WritePlan {
  return {
    creates: plan.creates.map((s) => ({ ...s, updatedAt: at })),
    updates: plan.updates.map((u) => ({ ...u, next: { ...u.next, updatedAt: at } })),
    deletes: plan.deletes,
  };
}

/** A failed write is tried again after a growing delay. */
export const retryFailedWrite = createEffect(
  (actions$ = inject(Actions), scheduler: SchedulerLike = inject(STORAGE_SCHEDULER)) => {
    let attempt = 0;
    return actions$.pipe(
      ofType(StorageActions.writeFailed, StorageActions.writeLanded),
      exhaustMap((action) => {
        if (action.type === StorageActions.writeLanded.type) {
          attempt = 0;
          return EMPTY;
        }
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
        attempt++;
        return timer(delay, scheduler).pipe(map(() => StorageRetryActions.retryDue({ attempt })));
      }),
    );
  },
  { functional: true },
);
