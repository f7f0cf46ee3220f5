import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState, provideStore } from '@ngrx/store';
import { Subject } from 'rxjs';
import { ScenarioChannel } from '../../scenarios/storage/scenario-channel';
import { Persistable, ScenarioDb, StoredState } from '../../scenarios/storage/scenario-db';
import { briefingFeature } from '../briefing/briefing.feature';
import { goalsFeature } from '../goals/goals.feature';
import { undoRedo } from '../history/history.reducer';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { settingsFeature } from '../settings/settings.feature';
import * as storageEffects from './storage.effects';
import { storageFeature } from './storage.feature';

class FakeDb {
  stored: StoredState = {
    scenarios: [],
    activeId: null,
    draft: null,
    newerSchema: false,
    skipped: 0,
  };
  failLoad: unknown = null;
  failWrites = 0;
  writes: Persistable[] = [];
  async load(): Promise<StoredState> {
    if (this.failLoad) throw this.failLoad;
    return this.stored;
  }
  async write(next: Persistable): Promise<boolean> {
    if (this.failWrites > 0) {
      this.failWrites--;
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      });
    }
    this.writes.push(next);
    return true;
  }
}

class FakeChannel {
  readonly changes$ = new Subject<unknown>();
  announced = 0;
  announce(): void {
    this.announced++;
  }
}

describe('storage effects', () => {
  let db: FakeDb;

  function setUp(): Store {
    TestBed.configureTestingModule({
      providers: [
        provideStore({}, { metaReducers: [undoRedo] }),
        provideState(leversFeature),
        provideState(settingsFeature),
        provideState(goalsFeature),
        provideState(briefingFeature),
        provideState(scenariosFeature),
        provideState(storageFeature),
        provideEffects(storageEffects),
        { provide: ScenarioDb, useValue: db },
        { provide: ScenarioChannel, useClass: FakeChannel },
      ],
    });
    return TestBed.inject(Store);
  }

  const until = async (check: () => boolean, ms = 3000) => {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > ms) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeEach(() => {
    db = new FakeDb();
  });

  it('says so when storage cannot be opened, and the app keeps working', async () => {
    db.failLoad = new Error('The user denied permission to access the database.');
    const store = setUp();
    const storage = store.selectSignal(storageFeature.selectStorageState);
    await until(() => storage().status === 'unavailable');
    expect(storage().message).toContain('nothing is kept after you close it');
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    expect(store.selectSignal(leversFeature.selectValues)().rdGrowth).toBe(10);
    expect(db.writes).toEqual([]);
  });

  it('reports a full storage, keeps the state and retries until the write lands', async () => {
    const store = setUp();
    const storage = store.selectSignal(storageFeature.selectStorageState);
    await until(() => storage().status === 'ready' && db.writes.length === 1);
    db.failWrites = 1;
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await until(() => storage().status === 'failing');
    expect(storage().message).toContain('storage is full');
    expect(store.selectSignal(leversFeature.selectValues)().rdGrowth).toBe(10);
    await until(() => storage().status === 'ready' && db.writes.length === 2, 4000);
    expect(db.writes[1].draft.levers.rdGrowth).toBe(10);
    expect(storage().dirty).toBeFalse();
  });

  it('never writes over records from a newer schema', async () => {
    db.stored = { ...db.stored, newerSchema: true };
    const store = setUp();
    const storage = store.selectSignal(storageFeature.selectStorageState);
    await until(() => storage().status === 'read-only');
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await new Promise((r) => setTimeout(r, 500));
    expect(db.writes).toEqual([]);
    expect(storage().message).toContain('will not save');
  });
});
