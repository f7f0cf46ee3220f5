import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import {
  Action,
  ActionCreator,
  ActionReducer,
  Store,
  provideState,
  provideStore,
} from '@ngrx/store';
import { Observable, Subject } from 'rxjs';
import { DATA_PACK_LIMITS, tooLarge } from '../../data-packs/data-pack-file';
import { KeptPacks, PackDb, PackReadResult } from '../../data-packs/pack-db';
import { csvFile, readPack, row } from '../../data-packs/testing/pack-files';
import { DataPack, SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { MonteCarloResult } from '../../model/monte-carlo';
import { MonteCarloRequest } from '../../simulation/monte-carlo-request';
import { ReviewMonteCarloClient } from '../../simulation/review-monte-carlo-client';
import { goalsFeature } from '../goals/goals.feature';
import { HistoryActions } from '../history/history.actions';
import { undoRedo } from '../history/history.reducer';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
import { referenceFeature } from '../reference/reference.feature';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { settingsFeature } from '../settings/settings.feature';
import { now } from '../storage/storage-context';
import { DataPackActions, DataPackStoreActions } from './packs.actions';
import * as packsEffects from './packs.effects';
import { packsFeature } from './packs.feature';

/** IndexedDB as the effects see it: answers set by the spec, every call logged. */
class FakePackDb {
  kept: KeptPacks | Error = { stored: [], activeId: null, skipped: 0 };
  readonly packs = new Map<string, PackReadResult>();
  readonly calls: string[] = [];
  readonly changed$ = new Subject<void>();
  async list(): Promise<KeptPacks> {
    this.calls.push('list');
    if (this.kept instanceof Error) throw this.kept;
    return this.kept;
  }
  async read(id: string): Promise<PackReadResult> {
    this.calls.push(`read ${id}`);
    return this.packs.get(id) ?? { ok: false, errors: ['The data pack is not kept.'] };
  }
  async keep(pack: DataPack): Promise<void> {
    this.calls.push(`keep ${pack.id}`);
  }
  async remove(id: string): Promise<void> {
    this.calls.push(`remove ${id}`);
  }
  async setActive(id: string): Promise<void> {
    this.calls.push(`setActive ${id}`);
  }
}

/** The review's worker: each run waits until the spec answers it. */
class FakeClient {
  readonly runs: {
    request: MonteCarloRequest;
    answer: (goalProbability: Record<string, number>) => void;
    stopped: boolean;
  }[] = [];
  run(request: MonteCarloRequest): Observable<MonteCarloResult> {
    return new Observable((subscriber) => {
      let done = false;
      const run = {
        request,
        stopped: false,
        answer: (goalProbability: Record<string, number>) => {
          done = true;
          subscriber.next({ goalProbability } as unknown as MonteCarloResult);
          subscriber.complete();
        },
      };
      this.runs.push(run);
      return () => (run.stopped = !done);
    });
  }
}

describe('data pack effects', () => {
  const final = readPack(SHIPPED_PACK, row());
  const restated = readPack(final, row({ value: '3990', vintage: 'restated' }));
  let db: FakePackDb;
  let client: FakeClient;
  let seen: Action[];

  const record =
    <S>(reducer: ActionReducer<S>): ActionReducer<S> =>
    (state, action) => {
      seen.push(action);
      return reducer(state, action);
    };
  const dispatched = <C extends ActionCreator>(creator: C) =>
    seen.filter((a) => a.type === creator.type) as ReturnType<C>[];
  /** One turn of the event loop, with no delay: what the effects' promises started has run on. */
  const tick = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  async function until<T>(find: () => T | undefined | false, what: string): Promise<T> {
    for (let i = 0; i < 5000; i++) {
      const found = find();
      if (found) return found;
      await tick();
    }
    throw new Error(`Waited in vain for ${what}.`);
  }
  /** Lets every promise and dynamic import the effects started settle. */
  const settle = async () => {
    for (let i = 0; i < 10; i++) await tick();
  };

  /** Starts the store and the effects, and waits for the kept packs to load. */
  async function start(): Promise<Store> {
    TestBed.configureTestingModule({
      providers: [
        provideStore({}, { metaReducers: [undoRedo, record] }),
        provideState(referenceFeature),
        provideState(leversFeature),
        provideState(settingsFeature),
        provideState(goalsFeature),
        provideState(scenariosFeature),
        provideState(packsFeature),
        provideEffects(packsEffects),
        { provide: PackDb, useValue: db },
        { provide: ReviewMonteCarloClient, useValue: client },
      ],
    });
    const store = TestBed.inject(Store);
    await until(() => dispatched(DataPackStoreActions.packsLoaded).length, 'the packs to load');
    return store;
  }
  const loaded = () => dispatched(DataPackStoreActions.packsLoaded)[0];
  const inForce = (store: Store) => now(store, referenceFeature.selectPack).id;
  const writes = () => db.calls.filter((c) => c.startsWith('setActive'));

  // The modules the effects import lazily, loaded once: later imports resolve at once, so a few
  // turns of the event loop settle every effect.
  beforeAll(async () => {
    await import('../../data-packs/pack-import');
    await import('../../data-packs/data-pack-file');
  });

  beforeEach(() => {
    db = new FakePackDb();
    client = new FakeClient();
    seen = [];
  });

  describe('on start', () => {
    it('puts the pack in force last time back in force', async () => {
      db.kept = { stored: [packIdentity(final)], activeId: final.id, skipped: 2 };
      db.packs.set(final.id, { ok: true, pack: final });
      const store = await start();
      expect(loaded()).toEqual(
        DataPackStoreActions.packsLoaded({
          stored: [packIdentity(final)],
          active: final,
          message: '2 kept data packs could not be read and are left untouched.',
        }),
      );
      expect(inForce(store)).toBe(final.id);
    });

    it('shows the shipped pack, and says why, when that pack no longer reads', async () => {
      db.kept = { stored: [], activeId: 'gone', skipped: 1 };
      const store = await start();
      expect(loaded().active).toBeNull();
      expect(loaded().message).toContain('The data pack is not kept.');
      expect(loaded().message).toContain(`showing ${SHIPPED_PACK.name}`);
      expect(loaded().message).toContain(
        '1 kept data pack could not be read and is left untouched.',
      );
      expect(inForce(store)).toBe(SHIPPED_PACK.id);
    });

    it('starts without kept packs when the database cannot be opened', async () => {
      db.kept = new Error('The user denied permission.');
      await start();
      expect(loaded().stored).toEqual([]);
      expect(loaded().active).toBeNull();
      expect(loaded().message).toContain('cannot be opened in this browser');
      expect(loaded().message).toContain('The user denied permission.');
    });
  });

  describe('reading a chosen file', () => {
    const choose = (store: Store, text: string, size = text.length) =>
      store.dispatch(DataPackActions.importChosen({ fileName: 'gerd.csv', size, text }));
    const refused = () =>
      until(() => dispatched(DataPackStoreActions.importRefused)[0], 'the file to be refused');

    it('refuses a bad file with every problem named', async () => {
      const store = await start();
      choose(store, csvFile(row({ unit: 'kg' }), row({ year: 'soon' })));
      const { fileName, errors } = await refused();
      expect(fileName).toBe('gerd.csv');
      expect(errors.length).toBe(2);
      expect(errors[0]).toContain('Line 2, column “unit”');
      expect(errors[1]).toContain('Line 3, column “year”');
      expect(now(store, packsFeature.selectRefusal)?.errors).toEqual(errors);
    });

    it('refuses a file over the size limit unread', async () => {
      const store = await start();
      choose(store, '', DATA_PACK_LIMITS.maxBytes + 1);
      expect((await refused()).errors).toEqual([tooLarge(DATA_PACK_LIMITS)]);
    });

    it('reviews a good file: the revised figure and the goal it moves', async () => {
      const store = await start();
      choose(store, csvFile(row()));
      const { review } = await until(
        () => dispatched(DataPackStoreActions.reviewReady)[0],
        'a review',
      );
      expect(review.base).toEqual(packIdentity(SHIPPED_PACK));
      expect(review.pack.indicators).toEqual(final.indicators);
      expect(review.revised.map((c) => [c.indicator, c.year, c.after.value])).toEqual([
        ['rdSpend', 2025, 3950],
      ]);
      const growth = review.goals.find((g) => g.goalId === 'rdGrowth14FYP');
      expect(growth?.after).toEqual(jasmine.objectContaining({ observedVintage: 'final' }));
      expect(review.simulated).toBeFalse();
      expect(now(store, packsFeature.selectReview)).toEqual(review);

      // P(met) on the pack in force first; the pack under review only once that run answered.
      await until(() => client.runs.length, 'the first run');
      await settle();
      expect(client.runs.length).toBe(1);
      expect(client.runs[0].request.indicators).toEqual(SHIPPED_PACK.indicators);
      expect(client.runs[0].request.compare).toEqual([]);
      client.runs[0].answer({ rdGrowth14FYP: 0.3 });
      expect(client.runs.length).toBe(2);
      expect(client.runs[1].request.indicators).toBe(review.pack.indicators);
      expect(dispatched(DataPackStoreActions.reviewSimulated)).toEqual([]);
      client.runs[1].answer({ rdGrowth14FYP: 0.7 });
      const simulated = dispatched(DataPackStoreActions.reviewSimulated)[0];
      expect(simulated.packId).toBe(review.pack.id);
      const moved = simulated.goals.find((g) => g.goalId === 'rdGrowth14FYP')!;
      expect([moved.before.probability, moved.after.probability]).toEqual([0.3, 0.7]);
      expect(now(store, packsFeature.selectReview)?.simulated).toBeTrue();
    });

    it('stops the review’s runs when it is cancelled', async () => {
      const store = await start();
      choose(store, csvFile(row()));
      await until(() => client.runs.length, 'the first run');
      store.dispatch(DataPackActions.reviewCancelled());
      expect(client.runs[0].stopped).toBeTrue();
      client.runs[0].answer({ rdGrowth14FYP: 0.3 });
      await settle();
      expect(client.runs.length).toBe(1);
      expect(dispatched(DataPackStoreActions.reviewSimulated)).toEqual([]);
    });
  });

  describe('keeping and remembering', () => {
    it('writes the pack in force only when the analyst changes it', async () => {
      db.kept = { stored: [], activeId: restated.id, skipped: 0 };
      db.packs.set(restated.id, { ok: true, pack: restated });
      db.packs.set(final.id, { ok: true, pack: final });
      const store = await start();
      await settle();
      expect(inForce(store)).toBe(restated.id);
      expect(writes()).toEqual([]);
      store.dispatch(DataPackActions.packApplied({ pack: final }));
      await until(() => dispatched(DataPackStoreActions.packKept).length, 'the pack to be kept');
      expect(db.calls).toContain(`keep ${final.id}`);
      store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
      store.dispatch(HistoryActions.undo()); // the lever: the pack stays
      await settle();
      expect(writes()).toEqual([`setActive ${final.id}`]);
      store.dispatch(HistoryActions.undo());
      store.dispatch(HistoryActions.redo());
      store.dispatch(DataPackActions.switchRequested({ id: SHIPPED_PACK.id }));
      await until(() => writes().length === 4, 'three more writes');
      expect(writes().slice(1)).toEqual([
        `setActive ${restated.id}`,
        `setActive ${final.id}`,
        `setActive ${SHIPPED_PACK.id}`,
      ]);
      expect(db.calls.filter((c) => c.startsWith('read'))).toEqual([`read ${restated.id}`]);
      expect(dispatched(DataPackStoreActions.packSwitched)[0].pack).toBe(SHIPPED_PACK);
    });

    it('keeps a removed pack again when undo returns to it, so a reload still finds it', async () => {
      db.kept = { stored: [packIdentity(final)], activeId: final.id, skipped: 0 };
      db.packs.set(final.id, { ok: true, pack: final });
      const store = await start();
      await until(() => inForce(store) === final.id, 'the pack in force last time');
      store.dispatch(DataPackActions.switchRequested({ id: SHIPPED_PACK.id }));
      await until(() => inForce(store) === SHIPPED_PACK.id, 'the switch');
      store.dispatch(DataPackActions.removeRequested({ id: final.id }));
      await until(() => dispatched(DataPackStoreActions.packRemoved).length, 'the removal');
      expect(db.calls).not.toContain(`keep ${final.id}`);
      store.dispatch(HistoryActions.undo());
      await until(() => dispatched(DataPackStoreActions.packKept).length, 'the pack kept again');
      expect(inForce(store)).toBe(final.id);
      expect(db.calls.slice(-2)).toEqual([`keep ${final.id}`, `setActive ${final.id}`]);
      expect(now(store, packsFeature.selectStored).map((p) => p.id)).toEqual([final.id]);
    });

    it('keeps the pack in force again when another tab removes it, and lists it', async () => {
      db.kept = { stored: [packIdentity(final)], activeId: final.id, skipped: 0 };
      db.packs.set(final.id, { ok: true, pack: final });
      const store = await start();
      await until(() => inForce(store) === final.id, 'the pack in force last time');
      db.kept = { stored: [], activeId: final.id, skipped: 0 }; // removed in another tab
      db.changed$.next();
      await until(() => dispatched(DataPackStoreActions.packsListed).length, 'the new list');
      expect(db.calls).toContain(`keep ${final.id}`);
      expect(now(store, packsFeature.selectStored).map((p) => p.id)).toEqual([final.id]);
      // A pack this tab does not use is simply gone from the list.
      db.kept = { stored: [packIdentity(final)], activeId: final.id, skipped: 0 };
      store.dispatch(DataPackActions.switchRequested({ id: SHIPPED_PACK.id }));
      await until(() => inForce(store) === SHIPPED_PACK.id, 'the switch');
      db.kept = { stored: [], activeId: null, skipped: 0 };
      db.changed$.next();
      await until(() => now(store, packsFeature.selectStored).length === 0, 'the shorter list');
      expect(db.calls.filter((c) => c === `keep ${final.id}`).length).toBe(1);
    });

    it('switches to a kept pack, and changes nothing when it does not read', async () => {
      db.packs.set(final.id, { ok: true, pack: final });
      const store = await start();
      store.dispatch(DataPackActions.switchRequested({ id: 'gone' }));
      const failed = await until(
        () => dispatched(DataPackStoreActions.storeFailed)[0],
        'a failure',
      );
      expect(failed.message).toContain('The data pack is not kept.');
      expect(inForce(store)).toBe(SHIPPED_PACK.id);
      store.dispatch(DataPackActions.switchRequested({ id: final.id }));
      await until(() => inForce(store) === final.id, 'the switch');
    });

    it('never removes the shipped pack or the one in force', async () => {
      db.kept = {
        stored: [packIdentity(final), packIdentity(restated)],
        activeId: null,
        skipped: 0,
      };
      const store = await start();
      store.dispatch(DataPackActions.packApplied({ pack: final }));
      for (const id of [SHIPPED_PACK.id, final.id, restated.id])
        store.dispatch(DataPackActions.removeRequested({ id }));
      await until(() => dispatched(DataPackStoreActions.packRemoved).length, 'a removal');
      await settle();
      expect(db.calls.filter((c) => c.startsWith('remove'))).toEqual([`remove ${restated.id}`]);
      expect(now(store, packsFeature.selectStored).map((p) => p.id)).toEqual([final.id]);
    });
  });
});
