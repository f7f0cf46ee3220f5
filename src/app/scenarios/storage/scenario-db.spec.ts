import { deleteDB, openDB } from 'idb';
import { PRESETS, Scenario } from '../scenario';
import { DB_NAME, ScenarioDb, STORAGE_SCHEMA } from './scenario-db';

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
    expect(stored.versions.map((v) => v.scenario.id)).toEqual(['a']);
    expect(stored.skipped).toBe(2);
    expect(stored.newerSchema).toBeFalse();
    await db.apply(
      {
        creates: [],
        updates: [{ id: 'a', base: stored.versions[0], next: mine('a', 'A2') }],
        deletes: [],
      },
      null,
    );
    expect(await raw()).toContain(damaged);
  });

  it('flags a record from a newer schema and does not count it as damaged', async () => {
    await seed([{ schema: STORAGE_SCHEMA + 1, scenario: { id: 'future', anything: true } }]);
    const stored = await new ScenarioDb().load();
    expect(stored.newerSchema).toBeTrue();
    expect(stored.skipped).toBe(0);
  });
});
