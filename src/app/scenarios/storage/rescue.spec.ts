import fc from 'fast-check';
import { PRESETS, Scenario } from '../scenario';
import { dropRescue, keepRescue, readRescues, removeRescues } from './rescue';
import { WritePlan } from './revisions';
import { TabSession } from './session';
import { readScenario } from './stored-record';

/** The key a rescue is kept under: part of what a closing page leaves for the next load. */
const KEY = 'china-tech-dashboard.rescue.';

/** localStorage in memory, with the Storage methods the rescue uses. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

describe('rescue of a closing page’s writes', () => {
  const scenario = (id: string, notes = ''): Scenario => ({
    ...PRESETS[1],
    id,
    name: `Scenario ${id}`,
    notes,
    preset: false,
  });
  const plan: WritePlan = {
    creates: [scenario('new')],
    updates: [
      {
        id: 'a',
        base: { revision: 2, scenario: scenario('a') },
        next: scenario('a', 'typed'),
      },
    ],
    deletes: [{ revision: 1, scenario: scenario('gone') }],
  };
  const session: TabSession = {
    tab: 'tab-1',
    activeId: 'a',
    unsaved: null,
    draft: null,
    pending: scenario('a', 'typed'),
    base: scenario('a'),
    updatedAt: '2026-05-01T00:00:00.000Z',
  };
  const at = '2026-05-01T00:00:05.000Z';
  let storage: FakeStorage;

  beforeEach(() => (storage = new FakeStorage()));

  it('reads back what it kept, per tab, and ignores other keys', () => {
    storage.setItem('china-tech-dashboard.theme', 'dark');
    keepRescue(storage, 'tab-1', plan, session, at);
    keepRescue(storage, 'tab-2', { creates: [], updates: [], deletes: [] }, null, at);
    const { rescues, unreadable } = readRescues(storage);
    expect(unreadable).toEqual([]);
    expect(rescues).toEqual([
      { key: `${KEY}tab-1`, at, plan, session },
      { key: `${KEY}tab-2`, at, plan: { creates: [], updates: [], deletes: [] }, session: null },
    ]);
    removeRescues(
      storage,
      rescues.map((r) => r.key),
    );
    expect([...storage.items.keys()]).toEqual(['china-tech-dashboard.theme']);
  });

  it('drops the rescue only when the write that landed began after it was kept', () => {
    keepRescue(storage, 'tab-1', plan, session, at);
    dropRescue(storage, 'tab-1', '2026-05-01T00:00:04.999Z');
    expect(readRescues(storage).rescues.length).toBe(1);
    dropRescue(storage, 'tab-2', '2026-05-01T00:00:06.000Z');
    expect(readRescues(storage).rescues.length).toBe(1);
    dropRescue(storage, 'tab-1', at);
    expect(readRescues(storage).rescues).toEqual([]);
  });

  it('lists damaged rescues as unreadable and never throws', () => {
    const good = JSON.parse(JSON.stringify({ at, plan, session })) as Record<string, never>;
    const damaged: unknown[] = [
      'not json',
      'null',
      '[]',
      '"text"',
      { ...good, at: 5 },
      { ...good, plan: null },
      { ...good, plan: { ...plan, updates: 'x' } },
      { ...good, plan: { ...plan, creates: [{ id: 'x' }] } },
      { ...good, plan: { ...plan, deletes: [{ revision: 0, scenario: scenario('z') }] } },
      { ...good, plan: { ...plan, deletes: [{ revision: 1.5, scenario: scenario('z') }] } },
      {
        ...good,
        plan: {
          ...plan,
          updates: [
            { id: 'a', base: { revision: 1, scenario: scenario('a') }, next: scenario('b') },
          ],
        },
      },
      { ...good, session: { ...session, tab: 3 } },
      { ...good, session: { ...session, pending: { id: 'a' } } },
      { at, plan },
    ];
    damaged.forEach((value, i) =>
      storage.setItem(`${KEY}${i}`, typeof value === 'string' ? value : JSON.stringify(value)),
    );
    const { rescues, unreadable } = readRescues(storage);
    expect(rescues).toEqual([]);
    expect(unreadable.length).toBe(damaged.length);
    // Dropping one that cannot be read does not throw either (the next load removes it).
    expect(() => dropRescue(storage, '0', at)).not.toThrow();
  });

  it('never throws on anything found in storage, and only ever returns sound scenarios', () => {
    const anything = fc.anything({ maxDepth: 2 });
    const sound = fc.constantFrom(scenario('a'), scenario('b', 'n'));
    const maybe = fc.oneof(sound, anything);
    const version = fc.record({ revision: fc.oneof(fc.integer(), anything), scenario: maybe });
    const rescueLike = fc.record({
      at: fc.oneof(fc.string(), anything),
      plan: fc.oneof(
        anything,
        fc.record({
          creates: fc.array(maybe, { maxLength: 3 }),
          updates: fc.array(fc.record({ id: fc.string(), base: version, next: maybe }), {
            maxLength: 2,
          }),
          deletes: fc.array(version, { maxLength: 2 }),
        }),
      ),
      session: fc.oneof(fc.constant(null), fc.constant(session), anything),
    });
    const stored = fc.dictionary(
      fc.string({ maxLength: 6 }).map((k) => KEY + k),
      fc.oneof(
        fc.string(),
        fc.json(),
        rescueLike.map((r) => JSON.stringify(r)),
      ),
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(stored, (items) => {
        storage = new FakeStorage();
        for (const [k, value] of Object.entries(items)) storage.setItem(k, value);
        const { rescues, unreadable } = readRescues(storage);
        expect(rescues.length + unreadable.length).toBe(storage.length);
        for (const r of rescues) {
          const { creates, updates, deletes } = r.plan;
          const scenarios = [
            ...creates,
            ...updates.flatMap((u) => [u.base.scenario, u.next]),
            ...deletes.map((d) => d.scenario),
          ];
          for (const s of scenarios) expect(readScenario(s)).toEqual(s);
          for (const u of updates) expect(u.next.id).toBe(u.base.scenario.id);
          for (const d of [...deletes, ...updates.map((u) => u.base)])
            expect(Number.isInteger(d.revision) && d.revision > 0).toBeTrue();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps nothing, quietly, when localStorage is full, blocked or missing', () => {
    spyOn(storage, 'setItem').and.throwError(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(() => keepRescue(storage, 'tab-1', plan, session, at)).not.toThrow();
    expect(readRescues(storage)).toEqual({ rescues: [], unreadable: [] });
    expect(() => keepRescue(undefined, 'tab-1', plan, session, at)).not.toThrow();
    const blocked = {
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readRescues(blocked)).toEqual({ rescues: [], unreadable: [] });
    expect(() => dropRescue(blocked, 'tab-1', at)).not.toThrow();
    expect(() => removeRescues(blocked, ['x'])).not.toThrow();
  });
});
