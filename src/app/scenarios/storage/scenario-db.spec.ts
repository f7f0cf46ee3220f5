import { deleteDB, openDB } from 'idb';
import { PRESETS, Scenario } from '../scenario';
import { StoredVersion, WritePlan } from './revisions';
import { DB_NAME, ScenarioDb, STORAGE_SCHEMA } from './scenario-db';
import { TabSession } from './session';
import { draftOf } from './working-draft';

/** ScenarioDb against the browser's real IndexedDB, with damaged records, failing writes and two tabs. */
describe('ScenarioDb', () => {
  const mine = (id: string, name: string, levers: Partial<Scenario['levers']> = {}): Scenario => ({
    ...PRESETS[1],
    id,
    name,
    levers: { ...PRESETS[1].levers, ...levers },
    preset: false,
  });
  const record = (revision: number, scenario: Scenario) => ({
    schema: STORAGE_SCHEMA,
    revision,
    scenario,
  });
  const session = (tab: string, updatedAt: string, activeId = PRESETS[0].id): TabSession => ({
    tab,
    activeId,
    unsaved: null,
    draft: null,
    pending: null,
    base: null,
    updatedAt,
  });
  const nothing: WritePlan = { creates: [], updates: [], deletes: [] };
  const update = (base: StoredVersion, next: Scenario): WritePlan => ({
    ...nothing,
    updates: [{ id: next.id, base, next }],
  });

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

  async function raw(): Promise<{ schema: number; revision?: number; scenario: Scenario }[]> {
    const db = await openDB(DB_NAME, 1);
    const all = await db.getAll('scenarios');
    db.close();
    return all;
  }

  const names = async () => (await raw()).map((r) => r.scenario.name).sort();

  beforeEach(() => deleteDB(DB_NAME));
  afterEach(() => deleteDB(DB_NAME));

  it('loads the sound records, counts the damaged ones and leaves them in place', async () => {
    const damaged = { schema: STORAGE_SCHEMA, scenario: { id: 'bad', name: 42, levers: 'x' } };
    await seed([record(1, mine('a', 'A')), damaged], {
      draft: { levers: 'nope' },
      activeId: 'a',
      'session:broken': { tab: 7 },
    });
    const db = new ScenarioDb();
    const stored = await db.load();
    expect(stored.versions).toEqual([{ revision: 1, scenario: mine('a', 'A') }]);
    expect(stored.sessions).toEqual([]);
    // The damaged scenario, the damaged session and the damaged schema-1 draft.
    expect(stored.skipped).toBe(3);
    expect(stored.newerSchema).toBeFalse();
    const outcomes = await db.apply(update(stored.versions[0], mine('a', 'A2')), null);
    expect(outcomes).toEqual([
      jasmine.objectContaining({
        kind: 'stored',
        version: { revision: 2, scenario: mine('a', 'A2') },
      }),
    ]);
    expect((await raw()) as unknown[]).toContain(damaged);
    expect(await db.versions()).toEqual([{ revision: 2, scenario: mine('a', 'A2') }]);
  });

  it('flags a record from a newer schema and does not count it as damaged', async () => {
    await seed([{ schema: STORAGE_SCHEMA + 1, scenario: { id: 'future', anything: true } }]);
    const stored = await new ScenarioDb().load();
    expect(stored.newerSchema).toBeTrue();
    expect(stored.skipped).toBe(0);
  });

  it('writes all or nothing when a request fails part-way, and the retry writes it all', async () => {
    await seed([record(1, mine('a', 'A'))]);
    const db = new ScenarioDb();
    const [a] = (await db.load()).versions;
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
    const plan: WritePlan = { ...update(a, mine('a', 'A changed')), creates: [mine('b', 'B')] };
    const tab = session('tab-1', '2026-05-01T00:00:00.000Z', 'b');
    await expectAsync(db.apply(plan, tab)).toBeRejectedWith(
      jasmine.objectContaining({ name: 'QuotaExceededError' }),
    );
    expect(await names()).toEqual(['A']);
    expect((await db.load()).sessions).toEqual([]);
    // The next attempt writes everything, since nothing of the failed one counted as stored.
    (IDBObjectStore.prototype.put as jasmine.Spy).and.callThrough();
    const outcomes = await db.apply(plan, tab);
    expect(outcomes.map((o) => o.kind)).toEqual(['stored', 'stored']);
    expect(await names()).toEqual(['A changed', 'B']);
    expect((await db.load()).sessions).toEqual([tab]);
  });

  it('does not write a change made on an old revision that clashes, and reports the conflict', async () => {
    const base = mine('a', 'A', { rdGrowth: 8 });
    const theirs = mine('a', 'A', { rdGrowth: 2 });
    await seed([record(3, theirs)]);
    const db = new ScenarioDb();
    const next = mine('a', 'A', { rdGrowth: 12 });
    const outcomes = await db.apply(update({ revision: 2, scenario: base }, next), null);
    expect(outcomes).toEqual([
      { kind: 'conflict', mine: next, theirs: { revision: 3, scenario: theirs } },
    ]);
    expect(await raw()).toEqual([record(3, theirs)]);
  });

  it('stores two tabs’ changes on the same revision one after the other, merging the second', async () => {
    const a = mine('a', 'A', { rdGrowth: 8, gdpGrowth: 5 });
    await seed([record(1, a)]);
    const tab1 = new ScenarioDb();
    const tab2 = new ScenarioDb();
    const [base] = (await tab1.load()).versions;
    expect((await tab2.load()).versions).toEqual([base]);
    const [first, second] = await Promise.all([
      tab1.apply(update(base, { ...a, levers: { ...a.levers, rdGrowth: 12 } }), null),
      tab2.apply(update(base, { ...a, levers: { ...a.levers, gdpGrowth: 2 } }), null),
    ]);
    const revisions = [first[0], second[0]].map((o) =>
      o.kind === 'stored' ? o.version.revision : 0,
    );
    // Whichever transaction runs first stores revision 2; the other is merged onto it.
    expect(revisions.sort()).toEqual([2, 3]);
    const [stored] = await raw();
    expect(stored.revision).toBe(3);
    expect(stored.scenario.levers).toEqual({ ...a.levers, rdGrowth: 12, gdpGrowth: 2 });
  });

  it('reports the second tab’s change as a conflict when both changed the same lever', async () => {
    const a = mine('a', 'A', { rdGrowth: 8 });
    await seed([record(1, a)]);
    const tab1 = new ScenarioDb();
    const tab2 = new ScenarioDb();
    const [base] = (await tab1.load()).versions;
    await tab2.load();
    const ours = { ...a, levers: { ...a.levers, rdGrowth: 12 } };
    const clash = { ...a, levers: { ...a.levers, rdGrowth: 3 } };
    expect(await tab1.apply(update(base, ours), null)).toEqual([
      { kind: 'stored', sent: ours, version: { revision: 2, scenario: ours } },
    ]);
    expect(await tab2.apply(update(base, clash), null)).toEqual([
      { kind: 'conflict', mine: clash, theirs: { revision: 2, scenario: ours } },
    ]);
    expect(await raw()).toEqual([record(2, ours)]);
  });

  it('keeps each tab’s session apart', async () => {
    const tab1 = new ScenarioDb();
    const tab2 = new ScenarioDb();
    await tab1.apply(nothing, session('tab-1', '2026-05-01T00:00:01.000Z', PRESETS[1].id));
    await tab2.apply(nothing, session('tab-2', '2026-05-01T00:00:02.000Z', PRESETS[2].id));
    await tab1.apply(nothing, session('tab-1', '2026-05-01T00:00:03.000Z', PRESETS[3].id));
    const sessions = (await tab2.load()).sessions;
    // Newest first.
    expect(sessions.map((s) => [s.tab, s.activeId])).toEqual([
      ['tab-1', PRESETS[3].id],
      ['tab-2', PRESETS[2].id],
    ]);
  });

  it('keeps the 20 newest sessions when more tabs have come and gone', async () => {
    const time = (i: number) => `2026-05-01T00:00:${String(i).padStart(2, '0')}.000Z`;
    const old: Record<string, TabSession> = {};
    for (let i = 0; i < 25; i++) old[`session:old-${i}`] = session(`old-${i}`, time(i));
    await seed([], old);
    const db = new ScenarioDb();
    expect((await db.load()).sessions.length).toBe(25);
    await db.apply(nothing, session('now', time(59)));
    const tabs = (await db.load()).sessions.map((s) => s.tab);
    expect(tabs).toEqual(['now', ...Array.from({ length: 19 }, (_, k) => `old-${24 - k}`)]);
  });

  it('reads schema-1 records as revision 1 and the schema-1 draft as a legacy session', async () => {
    const a = mine('a', 'A', { rdGrowth: 8 });
    const edited = draftOf({ ...a, levers: { ...a.levers, rdGrowth: 12 } });
    await seed([{ schema: 1, scenario: a }], { draft: edited, activeId: 'a' });
    const db = new ScenarioDb();
    const stored = await db.load();
    expect(stored.versions).toEqual([{ revision: 1, scenario: a }]);
    expect(stored.skipped).toBe(0);
    expect(stored.sessions.length).toBe(1);
    const [legacy] = stored.sessions;
    expect(legacy).toEqual(
      jasmine.objectContaining({ tab: 'legacy', activeId: 'a', base: a, draft: null }),
    );
    expect(legacy.pending?.levers.rdGrowth).toBe(12);
    // The first write on it makes a schema-2 record at revision 2.
    await db.apply(update(stored.versions[0], legacy.pending!), null);
    expect(await raw()).toEqual([record(2, legacy.pending!)]);
  });

  it('reads the schema-1 draft of a preset, and of a saved scenario it had not changed', async () => {
    const a = mine('a', 'A');
    const presetDraft = draftOf({ ...PRESETS[2], horizon: 2032 });
    await seed([{ schema: 1, scenario: a }], { draft: presetDraft, activeId: PRESETS[2].id });
    expect((await new ScenarioDb().load()).sessions).toEqual([
      jasmine.objectContaining({ tab: 'legacy', activeId: PRESETS[2].id, draft: presetDraft }),
    ]);
    await deleteDB(DB_NAME);
    await seed([{ schema: 1, scenario: a }], { draft: draftOf(a), activeId: 'a' });
    expect((await new ScenarioDb().load()).sessions).toEqual([
      jasmine.objectContaining({ tab: 'legacy', activeId: 'a', pending: null, base: null }),
    ]);
  });
});
