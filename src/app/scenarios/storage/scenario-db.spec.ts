import { deleteDB, openDB } from 'idb';
import { PRESETS, Scenario } from '../scenario';
import { DB_NAME, ScenarioDb, STORAGE_SCHEMA } from './scenario-db';
import { draftOf } from './working-draft';

/** ScenarioDb against the browser's real IndexedDB, with damaged records and failing writes. */
describe('ScenarioDb', () => {
  const mine = (id: string, name: string): Scenario => ({ ...PRESETS[1], id, name, preset: false });

  async function seed(records: unknown[], meta: Record<string, unknown> = {}): Promise<void> {
    const db = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('scenarios', { keyPath: 'scenario.id' });
        d.createObjectStore('meta');
      },
    });
    for (const r of records) await db.put('scenarios', r);
    for (const [key, value] of Object.entries(meta)) await db.put('meta', value, key);
    db.close();
  }

  async function raw(): Promise<unknown[]> {
    const db = await openDB(DB_NAME, 1);
    const all = await db.getAll('scenarios');
    db.close();
    return all;
  }

  beforeEach(() => deleteDB(DB_NAME));
  afterEach(() => deleteDB(DB_NAME));

  it('loads the sound records, counts the damaged ones and leaves them in place', async () => {
    const damaged = { schema: STORAGE_SCHEMA, scenario: { id: 'bad', name: 42, levers: 'x' } };
    await seed([{ schema: STORAGE_SCHEMA, scenario: mine('a', 'A') }, damaged], {
      draft: { levers: 'nope' },
      activeId: 'a',
    });
    const db = new ScenarioDb();
    const stored = await db.load();
    expect(stored.scenarios.map((s) => s.id)).toEqual(['a']);
    expect(stored.skipped).toBe(2);
    expect(stored.draft).toBeNull();
    expect(stored.newerSchema).toBeFalse();
    await db.write({
      scenarios: [mine('a', 'A2')],
      activeId: 'a',
      draft: draftOf(mine('a', 'A2')),
    });
    expect(await raw()).toContain(damaged);
  });

  it('flags a record from a newer schema and does not count it as damaged', async () => {
    await seed([{ schema: STORAGE_SCHEMA + 1, scenario: { id: 'future', anything: true } }]);
    const stored = await new ScenarioDb().load();
    expect(stored.newerSchema).toBeTrue();
    expect(stored.skipped).toBe(0);
  });

  it('writes all or nothing when a request fails part-way', async () => {
    await seed([{ schema: STORAGE_SCHEMA, scenario: mine('a', 'A') }]);
    const db = new ScenarioDb();
    await db.load();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    spyOn(IDBObjectStore.prototype, 'put').and.callFake(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const next = {
      scenarios: [mine('a', 'A changed'), mine('b', 'B')],
      activeId: 'b',
      draft: draftOf(mine('b', 'B')),
    };
    await expectAsync(db.write(next)).toBeRejectedWith(
      jasmine.objectContaining({ name: 'QuotaExceededError' }),
    );
    expect(((await raw()) as { scenario: Scenario }[]).map((r) => r.scenario.name)).toEqual(['A']);
    // The next attempt writes everything, since nothing of the failed one counted as stored.
    (IDBObjectStore.prototype.put as jasmine.Spy).and.callThrough();
    expect(await db.write(next)).toBeTrue();
    expect(((await raw()) as { scenario: Scenario }[]).map((r) => r.scenario.name).sort()).toEqual([
      'A changed',
      'B',
    ]);
  });
});
