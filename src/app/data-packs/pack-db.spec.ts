import { TestBed } from '@angular/core/testing';
import fc from 'fast-check';
import { deleteDB, openDB } from 'idb';
import { firstValueFrom, take } from 'rxjs';
import { DataPack, PackIdentity, SHIPPED_PACK, packIdentity } from '../model/data-pack';
import { PACK_DB_NAME, TAB_ACTIVE_KEY, PackDb } from './pack-db';
import { readPack, row } from './testing/pack-files';

/** PackDb against the browser's real IndexedDB: kept packs, the pack in force, damaged records. */
describe('PackDb', () => {
  const [A, B, C] = ['3950', '3960', '3970'].map((value) => readPack(SHIPPED_PACK, row({ value })));
  const at = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 1000).toISOString();
  const rdSpend = (p: DataPack) => p.indicators.find((i) => i.id === 'rdSpend')!.history;

  /** A database this spec writes by hand, as another version of the app might have. */
  async function seed(records: unknown[]): Promise<void> {
    const db = await openDB(PACK_DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('packs', { keyPath: 'id' });
        d.createObjectStore('meta');
      },
    });
    for (const r of records) await db.put('packs', r);
    db.close();
  }

  async function raw(): Promise<unknown[]> {
    const db = await openDB(PACK_DB_NAME, 1);
    const all = await db.getAll('packs');
    db.close();
    return all;
  }

  /** A fresh PackDb, as a new page would make (its channel closes with the test's injector). */
  const newDb = () => TestBed.runInInjectionContext(() => new PackDb());

  // An open PackDb closes its connection when another asks to delete the database.
  beforeEach(() => {
    sessionStorage.removeItem(TAB_ACTIVE_KEY);
    return deleteDB(PACK_DB_NAME);
  });
  afterEach(() => {
    sessionStorage.removeItem(TAB_ACTIVE_KEY);
    return deleteDB(PACK_DB_NAME);
  });

  it('lists kept packs newest first and reads one back with the identity it was kept under', async () => {
    const db = newDb();
    const mine: DataPack = { ...A, id: 'kept-id', name: 'My name' };
    await db.keep(mine, at(1));
    await db.keep(B, at(2));
    await db.keep(C, at(0));
    const kept = await db.list();
    expect(kept).toEqual({
      stored: [packIdentity(B), packIdentity(mine), packIdentity(C)],
      activeId: null,
      skipped: 0,
    });
    const read = await newDb().read('kept-id');
    if (!read.ok) fail(read.errors);
    else {
      expect(packIdentity(read.pack)).toEqual(packIdentity(mine));
      expect(read.pack.indicators).toEqual(A.indicators);
      expect(rdSpend(read.pack).find((p) => p.year === 2025)?.value).toBe(3950);
    }
  });

  it('removes a pack, which then no longer reads', async () => {
    const db = newDb();
    await db.keep(A, at(1));
    await db.keep(B, at(2));
    await db.remove(A.id);
    expect((await db.list()).stored).toEqual([packIdentity(B)]);
    const read = await db.read(A.id);
    expect(read).toEqual({ ok: false, errors: ['The data pack is not kept in this browser.'] });
  });

  it('remembers the pack in force; the shipped one reads as none', async () => {
    const db = newDb();
    expect((await db.list()).activeId).toBeNull();
    await db.setActive(A.id);
    expect((await newDb().list()).activeId).toBe(A.id);
    await db.setActive(SHIPPED_PACK.id);
    expect((await newDb().list()).activeId).toBeNull();
  });

  it('a tab keeps its own choice across its reloads; a new tab takes the one chosen last', async () => {
    const db = newDb();
    await db.setActive(A.id);
    // Another tab chooses B later: storage shared by the tabs says B, this tab's session says A.
    const meta = await openDB(PACK_DB_NAME);
    await meta.put('meta', B.id, 'active');
    meta.close();
    expect((await newDb().list()).activeId).toBe(A.id);
    sessionStorage.removeItem(TAB_ACTIVE_KEY); // a new tab
    expect((await newDb().list()).activeId).toBe(B.id);
  });

  it('skips and counts records of another shape, and leaves them as they are', async () => {
    const damaged = [
      { id: 'bad', schema: 1, name: 42, asOf: '2026', keptAt: at(0), json: '{}' },
      { id: 'newer', schema: 2, name: 'N', asOf: '2026', keptAt: at(0), json: '{}' },
      { id: 'nojson', schema: 1, name: 'N', asOf: '2026', keptAt: at(0) },
    ];
    await seed(damaged);
    const db = newDb();
    await db.keep(A, at(1));
    expect(await db.list()).toEqual({ stored: [packIdentity(A)], activeId: null, skipped: 3 });
    expect(await db.read('bad')).toEqual(jasmine.objectContaining({ ok: false }));
    await db.keep(B, at(2));
    await db.remove(A.id);
    const left = await raw();
    for (const record of damaged) expect(left).toContain(record);
  });

  it('reads a record whose text is not a data pack as a refusal with a reason', async () => {
    const record = (id: string, json: string) => ({
      schema: 1,
      id,
      name: 'Broken',
      asOf: '2026-09-30',
      keptAt: at(0),
      json,
    });
    await seed([record('garbled', '{"format":'), record('empty', '{"observations":[]}')]);
    const db = newDb();
    expect((await db.list()).stored.map((p) => p.id).sort()).toEqual(['empty', 'garbled']);
    for (const id of ['garbled', 'empty']) {
      const read = await db.read(id);
      expect(read.ok).withContext(id).toBeFalse();
      if (!read.ok) expect(read.errors[0]).withContext(id).toMatch(/\w{3}/);
    }
  });

  it('keeps one record for a pack kept twice, at the later time', async () => {
    const db = newDb();
    await db.keep(A, at(1));
    await db.keep(B, at(2));
    await db.keep(A, at(3));
    expect((await raw()).length).toBe(2);
    expect((await db.list()).stored).toEqual([packIdentity(A), packIdentity(B)]);
  });

  it('tells another tab that a pack was kept or removed', async () => {
    const here = newDb();
    const there = newDb();
    const told = firstValueFrom(there.changed$.pipe(take(2)));
    await here.keep(A, at(1));
    await here.remove(A.id);
    await expectAsync(told).toBeResolved();
  });

  describe('under random keeps, removals and switches (fc.commands)', () => {
    interface Model {
      kept: Map<string, { identity: PackIdentity; at: number }>;
      active: string | null;
      clock: number;
    }
    type Command = fc.AsyncCommand<Model, PackDb>;
    const PACKS = [A, B, C];

    async function check(m: Model, db: PackDb): Promise<void> {
      const expected = [...m.kept.values()].sort((a, b) => b.at - a.at).map((k) => k.identity);
      expect(await db.list()).toEqual({ stored: expected, activeId: m.active, skipped: 0 });
    }

    class Keep implements Command {
      constructor(readonly i: number) {}
      check = () => true;
      async run(m: Model, db: PackDb) {
        m.clock++;
        await db.keep(PACKS[this.i], at(m.clock));
        m.kept.set(PACKS[this.i].id, { identity: packIdentity(PACKS[this.i]), at: m.clock });
        await check(m, db);
      }
      toString = () => `keep ${this.i}`;
    }
    class Remove implements Command {
      constructor(readonly i: number) {}
      check = () => true;
      async run(m: Model, db: PackDb) {
        await db.remove(PACKS[this.i].id);
        m.kept.delete(PACKS[this.i].id);
        await check(m, db);
      }
      toString = () => `remove ${this.i}`;
    }
    class SetActive implements Command {
      constructor(readonly i: number) {}
      check = () => true;
      async run(m: Model, db: PackDb) {
        const id = PACKS[this.i]?.id ?? SHIPPED_PACK.id;
        await db.setActive(id);
        m.active = PACKS[this.i]?.id ?? null;
        await check(m, db);
      }
      toString = () => `use ${this.i}`;
    }
    class Read implements Command {
      constructor(readonly i: number) {}
      check = () => true;
      async run(m: Model, db: PackDb) {
        const p = PACKS[this.i];
        const read = await db.read(p.id);
        expect(read.ok).toBe(m.kept.has(p.id));
        if (read.ok) expect(rdSpend(read.pack)).toEqual(rdSpend(p));
      }
      toString = () => `read ${this.i}`;
    }

    it('lists, reads and remembers what the model says', async () => {
      const i = fc.integer({ min: 0, max: 2 });
      const commands = fc.commands(
        [
          i.map((k) => new Keep(k)),
          i.map((k) => new Remove(k)),
          fc.integer({ min: 0, max: 3 }).map((k) => new SetActive(k)),
          i.map((k) => new Read(k)),
        ],
        { maxCommands: 8 },
      );
      await fc.assert(
        fc.asyncProperty(commands, async (cmds) => {
          sessionStorage.removeItem(TAB_ACTIVE_KEY);
          await deleteDB(PACK_DB_NAME);
          const model: Model = { kept: new Map(), active: null, clock: 0 };
          await fc.asyncModelRun(() => ({ model, real: newDb() }), cmds);
        }),
        { numRuns: 25 },
      );
    });
  });
});
