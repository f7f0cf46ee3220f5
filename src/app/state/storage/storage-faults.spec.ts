import { ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { VirtualTimeScheduler, of } from 'rxjs';
import { ScenarioDb, StoredState } from '../../scenarios/storage/scenario-db';
import { OPEN_TIMEOUT_MS, isQuotaError, writeErrorMessage } from './storage-errors';
import { StorageActions, StorageChange } from './storage.actions';
import { loadScenarios } from './storage.effects';
import { initialStorageState, storageFeature } from './storage.feature';

describe('storage faults', () => {
  const init = of({ type: ROOT_EFFECTS_INIT });

  /** A localStorage with nothing kept in it: no rescues to replay. */
  const emptyStorage = {
    length: 0,
    key: () => null,
    getItem: () => null,
    setItem: () => undefined,
    removeItem: () => undefined,
    clear: () => undefined,
  } satisfies Storage;

  /**
   * The load effect's actions, on virtual time: with `timeRunsOut` the open's time limit passes at
   * once (only a load that never ends sees it); without, the clock stands still and the load's own
   * answer ends the run.
   */
  function run(db: Partial<ScenarioDb>, timeRunsOut = false): Promise<Action[]> {
    const scheduler = new VirtualTimeScheduler();
    const out: Action[] = [];
    return new Promise((resolve) => {
      loadScenarios(
        init as never,
        db as ScenarioDb,
        scheduler,
        { started: 'tab-1', id: 'tab-1' },
        emptyStorage,
      ).subscribe({
        next: (a) => out.push(a),
        complete: () => resolve(out),
      });
      if (timeRunsOut) scheduler.flush();
    });
  }

  it('goes on without storage, saying so, when opening it never finishes (blocked)', async () => {
    const actions = await run({ load: () => new Promise<StoredState>(() => undefined) }, true);
    expect(actions).toEqual([
      StorageActions.storageUnavailable({
        message: jasmine.stringMatching(
          /did not answer.*Saved work stays in storage/,
        ) as unknown as string,
      }),
    ]);
    expect(OPEN_TIMEOUT_MS).toBeLessThanOrEqual(5000);
  });

  const nothingChanged: StorageChange = {
    versions: [],
    deletedHere: [],
    deletedElsewhere: [],
    conflicts: [],
    draft: null,
    unsaved: null,
  };

  it('says how many records it could not read, and loads the rest', async () => {
    const stored: StoredState = {
      versions: [],
      sessions: [],
      newerSchema: false,
      skipped: 2,
    };
    const actions = await run({ load: async () => stored });
    expect(actions.map((a) => a.type)).toEqual([
      StorageActions.scenariosLoaded.type,
      StorageActions.unreadableRecordsKept.type,
    ]);
    const state = actions.reduce(storageFeature.reducer, initialStorageState);
    expect(state.warning).toMatch(/^2 saved records could not be read/);
    // The warning outlives the next successful write.
    expect(
      storageFeature.reducer(
        state,
        StorageActions.writeLanded({ at: 'now', change: nothingChanged }),
      ).warning,
    ).toBe(state.warning);
  });

  it('recognises storage-full errors in the Chrome and Firefox forms', () => {
    const chrome = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const firefox = {
      name: 'QuotaExceededError',
      code: 22,
      message: 'The current transaction exceeded its quota limitations.',
    };
    const legacyFirefox = {
      name: 'NS_ERROR_DOM_QUOTA_REACHED',
      code: 1014,
      message: 'Persistent storage maximum size reached',
    };
    for (const error of [chrome, firefox, legacyFirefox]) {
      expect(isQuotaError(error)).toBeTrue();
      expect(writeErrorMessage(error)).toMatch(/storage is full/);
    }
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBeFalse();
    expect(
      writeErrorMessage(new DOMException('The transaction was aborted.', 'AbortError')),
    ).toMatch(/^Changes could not be saved \(The transaction was aborted\.\)/);
    expect(writeErrorMessage(undefined)).toMatch(/unknown error/);
  });
});
