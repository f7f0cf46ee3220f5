import fc from 'fast-check';
import { leverValues } from '../../model/arbitraries';
import { LEVERS, LeverValues } from '../../model/levers';
import { BASELINE, Scenario } from '../scenario';
import {
  StoredVersion,
  decideCreate,
  decideDelete,
  decideUpdate,
  isEmptyPlan,
  planWrites,
  rebase,
  sameContent,
  sameValue,
} from './revisions';

const saved = (id: string, changes: Partial<Scenario> = {}): Scenario => ({
  ...BASELINE,
  id,
  name: `Scenario ${id}`,
  preset: false,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  ...changes,
});
const withLevers = (s: Scenario, levers: Partial<LeverValues>): Scenario => ({
  ...s,
  levers: { ...s.levers, ...levers },
});
const version = (revision: number, scenario: Scenario): StoredVersion => ({ revision, scenario });

describe('revisions: rebase', () => {
  const base = saved('a');

  it('takes a field only theirs changed and keeps one only mine changed', () => {
    const theirs = { ...base, notes: 'their notes' };
    const mine = { ...base, name: 'My name' };
    const r = rebase(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.scenario.notes).toBe('their notes');
    expect(r.scenario.name).toBe('My name');
  });

  it('does not count a field both changed alike as a conflict', () => {
    const theirs = withLevers({ ...base, notes: 'same' }, { rdGrowth: 12 });
    const mine = withLevers({ ...base, notes: 'same' }, { rdGrowth: 12 });
    const r = rebase(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.scenario.notes).toBe('same');
    expect(r.scenario.levers.rdGrowth).toBe(12);
  });

  it('names each field both changed differently, a lever by its key', () => {
    const theirs = withLevers({ ...base, notes: 'theirs' }, { rdGrowth: 12 });
    const mine = withLevers({ ...base, notes: 'mine' }, { rdGrowth: 3 });
    const r = rebase(base, theirs, mine);
    expect([...r.conflicts].sort()).toEqual(['levers.rdGrowth', 'notes']);
    // Mine is what the result holds for a clash; the caller decides what to do with it.
    expect(r.scenario.levers.rdGrowth).toBe(3);
  });

  it('merges the levers one by one: my rdGrowth and their gdpGrowth both stay', () => {
    const theirs = withLevers(base, { gdpGrowth: 2 });
    const mine = withLevers(base, { rdGrowth: 12 });
    const r = rebase(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.scenario.levers).toEqual({ ...base.levers, rdGrowth: 12, gdpGrowth: 2 });
  });

  it('merges the model constants one by one, and names a clash of one', () => {
    const [first, second] = Object.keys(base.constants) as (keyof Scenario['constants'])[];
    const theirs = { ...base, constants: { ...base.constants, [first]: 0.123 } };
    const mine = { ...base, constants: { ...base.constants, [second]: 0.456 } };
    const r = rebase(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.scenario.constants[first]).toBe(0.123);
    expect(r.scenario.constants[second]).toBe(0.456);
    const clash = { ...base, constants: { ...base.constants, [first]: 0.999 } };
    expect(rebase(base, theirs, clash).conflicts).toEqual([`constants.${first}`]);
  });

  it("keeps mine's identity, and theirs' time when the result is theirs", () => {
    const theirs = { ...base, notes: 'n', updatedAt: '2026-03-01T00:00:00.000Z' };
    const mine = { ...base, updatedAt: '2026-02-15T00:00:00.000Z' };
    expect(rebase(base, theirs, mine).scenario.updatedAt).toBe(theirs.updatedAt);
    const changed = { ...mine, name: 'Changed' };
    const r = rebase(base, theirs, changed);
    expect(r.scenario.updatedAt).toBe(changed.updatedAt);
    expect(r.scenario.id).toBe('a');
  });
});

/** A base scenario and the changes two sides make to it, each key changed by one side at most. */
const WHOLE_CHANGES = ['name', 'notes', 'horizon'] as const;
const side = fc.constantFrom('theirs', 'mine', 'neither');
const disjointEdits = fc.record({
  base: leverValues,
  notes: fc.string({ maxLength: 20 }),
  theirLevers: leverValues,
  myLevers: leverValues,
  leverSide: fc.array(side, { minLength: LEVERS.length, maxLength: LEVERS.length }),
  wholeSide: fc.array(side, { minLength: WHOLE_CHANGES.length, maxLength: WHOLE_CHANGES.length }),
  theirWhole: fc.record({
    name: fc.string({ minLength: 1, maxLength: 10 }),
    notes: fc.string({ maxLength: 20 }),
    horizon: fc.integer({ min: 2030, max: 2040 }),
  }),
  myWhole: fc.record({
    name: fc.string({ minLength: 1, maxLength: 10 }),
    notes: fc.string({ maxLength: 20 }),
    horizon: fc.integer({ min: 2030, max: 2040 }),
  }),
});

const edits = disjointEdits.map((x) => {
  const base = saved('p', { levers: x.base, notes: x.notes });
  const edit = (who: 'theirs' | 'mine'): Scenario => {
    const source = who === 'theirs' ? x.theirLevers : x.myLevers;
    const whole = who === 'theirs' ? x.theirWhole : x.myWhole;
    const levers = { ...base.levers } as Record<string, number>;
    LEVERS.forEach((l, i) => {
      if (x.leverSide[i] === who) levers[l.id] = source[l.id];
    });
    const out: Record<string, unknown> = { ...base, levers };
    WHOLE_CHANGES.forEach((f, i) => {
      if (x.wholeSide[i] === who) out[f] = whole[f];
    });
    return out as unknown as Scenario;
  };
  return { ...x, baseScenario: base, theirs: edit('theirs'), mine: edit('mine') };
});

describe('revisions: the pack a scenario was saved on', () => {
  const A = { id: 'pack-a', name: 'A', asOf: '2026-04' };
  const B = { id: 'pack-b', name: 'B', asOf: '2026-05' };
  const base = saved('a', { pack: A });
  /** The same scenario saved before packs were recorded. */
  const old = saved('a');

  it('is not content: a scenario that differs only in its pack is not written again', () => {
    expect(sameContent(base, { ...base, pack: B })).toBeTrue();
    expect(sameContent(base, old)).toBeTrue();
    expect(isEmptyPlan(planWrites([{ ...base, pack: B }], { a: version(1, base) }))).toBeTrue();
    expect(isEmptyPlan(planWrites([old], { a: version(1, base) }))).toBeTrue();
  });

  it('goes with the side that saved a change on it, mine when both did, never a conflict', () => {
    const theirs = { ...withLevers(base, { rdGrowth: 9 }), pack: B };
    expect(rebase(base, theirs, base).scenario.pack).toEqual(B);
    const mine = { ...base, notes: 'mine', pack: B };
    expect(rebase(base, { ...base, notes: 'theirs' }, { ...base, name: 'x', pack: B })).toEqual({
      scenario: jasmine.objectContaining({ pack: B }) as unknown as Scenario,
      conflicts: [],
    });
    const both = rebase(base, { ...theirs, pack: { ...B, id: 'pack-c' } }, mine);
    expect(both.conflicts).toEqual([]);
    expect(both.scenario.pack).toEqual(B);
    // A pack only theirs records (mine was saved before packs were recorded) is taken.
    expect(rebase(old, { ...old, pack: B }, old).scenario.pack).toEqual(B);
    expect('pack' in rebase(old, old, { ...old, notes: 'n' }).scenario).toBeFalse();
  });
});

describe('revisions: rebase properties', () => {
  const scenario = fc
    .record({
      levers: leverValues,
      notes: fc.string({ maxLength: 20 }),
      horizon: fc.integer({ min: 2030, max: 2040 }),
    })
    .map((c) => saved('p', c));

  it('gives mine when theirs did not change anything, with no conflicts', () => {
    fc.assert(
      fc.property(scenario, scenario, (b, m) => {
        const r = rebase(b, b, m);
        expect(r.conflicts).toEqual([]);
        expect(sameContent(r.scenario, m)).toBeTrue();
      }),
    );
  });

  it('gives theirs when mine did not change anything', () => {
    fc.assert(
      fc.property(scenario, scenario, (b, t) => {
        const r = rebase(b, t, b);
        expect(r.conflicts).toEqual([]);
        expect(sameContent(r.scenario, t)).toBeTrue();
      }),
    );
  });

  it('never conflicts when the two sides changed different keys, and keeps both changes', () => {
    fc.assert(
      fc.property(edits, (x) => {
        const r = rebase(x.baseScenario, x.theirs, x.mine);
        expect(r.conflicts).toEqual([]);
        for (const l of LEVERS) {
          const expected =
            x.leverSide[LEVERS.indexOf(l)] === 'theirs'
              ? x.theirs.levers[l.id]
              : x.mine.levers[l.id];
          expect(r.scenario.levers[l.id]).withContext(l.id).toBe(expected);
        }
        WHOLE_CHANGES.forEach((f, i) => {
          const expected = x.wholeSide[i] === 'theirs' ? x.theirs[f] : x.mine[f];
          expect(r.scenario[f]).withContext(f).toBe(expected);
        });
      }),
    );
  });
});

describe('revisions: sameValue', () => {
  /** The same value with the keys of every object in the reverse order. */
  const reordered = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(reordered);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reordered(x)]),
    );
  };

  it('does not care about the order of keys', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => sameValue(v, reordered(v))));
  });

  it('agrees with comparing canonical JSON', () => {
    const canonical = (v: unknown): string => JSON.stringify(sortKeys(v));
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
            )
          : v;
    const small = fc.jsonValue({ maxDepth: 2 });
    fc.assert(
      fc.property(small, small, (a, b) => sameValue(a, b) === (canonical(a) === canonical(b))),
    );
  });

  it('tells arrays from objects, and a missing key from another key', () => {
    expect(sameValue([1], { 0: 1 })).toBeFalse();
    expect(sameValue({ a: 1 }, { b: 1 })).toBeFalse();
    expect(sameValue({ a: undefined }, {})).toBeFalse();
    expect(sameValue(null, {})).toBeFalse();
  });
});

describe('revisions: planWrites', () => {
  const a = saved('a');
  const b = saved('b');
  const c = saved('c');
  const stored = { a: version(3, a), b: version(1, b) };

  it('creates what storage lacks, updates what changed, deletes what this tab no longer holds', () => {
    const changedA = { ...a, notes: 'changed' };
    const plan = planWrites([changedA, c], stored);
    expect(plan.creates).toEqual([c]);
    expect(plan.updates).toEqual([{ id: 'a', base: stored.a, next: changedA }]);
    expect(plan.deletes).toEqual([stored.b]);
  });

  it('writes nothing when the tab holds what is stored (times aside)', () => {
    const plan = planWrites([{ ...a, updatedAt: 'later' }, b], stored);
    expect(isEmptyPlan(plan)).toBeTrue();
  });

  it('leaves a paused scenario (an open conflict) alone, held or not', () => {
    const changedA = { ...a, notes: 'changed' };
    expect(isEmptyPlan(planWrites([changedA], stored, new Set(['a', 'b'])))).toBeTrue();
    const plan = planWrites([changedA, b], stored, new Set(['a']));
    expect(isEmptyPlan(plan)).toBeTrue();
    expect(planWrites([c], {}, new Set(['c'])).creates).toEqual([]);
  });
});

describe('revisions: decisions against what is stored now', () => {
  const a = saved('a');

  it('stores a change made on the stored revision as the next revision', () => {
    const next = { ...a, notes: 'mine' };
    const d = decideUpdate({ id: 'a', base: version(2, a), next }, version(2, a), 3);
    expect(d.write).toEqual(version(3, next));
    expect(d.outcome).toEqual({ kind: 'stored', sent: next, version: version(3, next) });
  });

  it('merges a change made on an old revision with disjoint changes stored since', () => {
    const theirs = withLevers(a, { gdpGrowth: 2 });
    const next = withLevers(a, { rdGrowth: 12 });
    const d = decideUpdate({ id: 'a', base: version(2, a), next }, version(4, theirs), 5);
    expect(d.write?.revision).toBe(5);
    expect(d.write?.scenario.levers).toEqual({ ...a.levers, rdGrowth: 12, gdpGrowth: 2 });
    expect(d.outcome).toEqual(
      jasmine.objectContaining({ kind: 'stored', sent: next, version: d.write! }),
    );
  });

  it('writes nothing and reports a conflict when the change clashes with one stored since', () => {
    const theirs = withLevers(a, { rdGrowth: 2 });
    const next = withLevers(a, { rdGrowth: 12 });
    const d = decideUpdate({ id: 'a', base: version(2, a), next }, version(3, theirs), 4);
    expect(d.write).toBeUndefined();
    expect(d.outcome).toEqual({ kind: 'conflict', mine: next, theirs: version(3, theirs) });
  });

  it('reports a scenario deleted since as gone, writing nothing', () => {
    const next = { ...a, notes: 'mine' };
    const d = decideUpdate({ id: 'a', base: version(2, a), next }, undefined, 3);
    expect(d.write).toBeUndefined();
    expect(d.outcome).toEqual({ kind: 'gone', mine: next });
  });

  it('creates at the store’s next revision, and does nothing when the same content is stored already', () => {
    const fresh = decideCreate(a, undefined, 1);
    expect(fresh.write).toEqual(version(1, a));
    expect(fresh.outcome).toEqual({ kind: 'stored', sent: a, version: version(1, a) });
    const replayed = decideCreate({ ...a, updatedAt: 'later' }, version(2, a), 3);
    expect(replayed.write).toBeUndefined();
    expect(replayed.outcome).toEqual(
      jasmine.objectContaining({ kind: 'stored', version: version(2, a) }),
    );
  });

  it('reports a conflict when creating over different content with the same id', () => {
    const other = { ...a, notes: 'other' };
    const d = decideCreate(a, version(2, other), 3);
    expect(d.write).toBeUndefined();
    expect(d.outcome).toEqual({ kind: 'conflict', mine: a, theirs: version(2, other) });
  });

  it('deletes what is stored, whatever its revision, and says what it held', () => {
    const newer = { ...a, notes: 'newer' };
    const d = decideDelete(version(1, a), version(3, newer));
    expect(d.write).toBeNull();
    expect(d.outcome).toEqual({ kind: 'deleted', id: 'a', version: version(3, newer) });
    const gone = decideDelete(version(1, a), undefined);
    expect(gone.write).toBeUndefined();
    expect(gone.outcome).toEqual({ kind: 'deleted', id: 'a', version: null });
  });
});
