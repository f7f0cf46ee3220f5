import fc from 'fast-check';
import { outcomeText } from '../charts/goal-rows';
import { DEFAULT_CONSTANTS, DEFAULT_HORIZON } from '../model/constants';
import { DataPack, SHIPPED_PACK } from '../model/data-pack';
import { GOALS, Goal } from '../model/goals';
import { HistoryPoint, IndicatorData, IndicatorId, Vintage } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { readDataPack } from './data-pack-file';
import { PackColumn, VINTAGES } from './pack-cells';
import { GoalOutcome, goalChanges, goalOutcomes, pointChanges } from './pack-review';
import { csvFile, readPack, row } from './testing/pack-files';

const read = readPack;
const history = (pack: DataPack, id: IndicatorId) =>
  pack.indicators.find((indicator) => indicator.id === id)!.history;
const unitOf = (id: IndicatorId) => SHIPPED_PACK.indicators.find((i) => i.id === id)!.unit;

/** The row that writes a point back as it is. */
function rowOf(
  id: IndicatorId,
  p: HistoryPoint,
  changes: Partial<Record<PackColumn, string>> = {},
) {
  return row({
    indicator: id,
    year: String(p.year),
    value: String(p.value),
    unit: unitOf(id),
    vintage: p.vintage,
    released: p.released,
    publisher: p.source.publisher,
    title: p.source.title,
    url: p.url ?? '',
    confidence: p.confidence,
    derived: p.derived ? 'yes' : 'no',
    note: p.note ?? '',
    ...changes,
  });
}

const shippedAt = (id: IndicatorId, year: number, primary = true) =>
  history(SHIPPED_PACK, id).find((p) => p.year === year && p.primary === primary)!;

describe('pointChanges', () => {
  it('lists a revised figure, an added year, and not a row that repeats the pack', () => {
    const pack = read(
      SHIPPED_PACK,
      row(),
      row({ year: '2026', value: '4100', vintage: 'preliminary' }),
      rowOf('rdSpend', shippedAt('rdSpend', 2024)),
    );
    const { added, revised } = pointChanges(SHIPPED_PACK.indicators, pack.indicators);
    // GERD 2025 final is published by "NBS, MOST, MOF", the preliminary by "NBS": the same point.
    expect(revised).toEqual([
      {
        indicator: 'rdSpend',
        name: 'R&D spending (GERD)',
        unit: 'bn yuan',
        year: 2025,
        publisher: 'NBS, MOST, MOF',
        before: { value: 3926.2, vintage: 'preliminary', released: '2026-01-19' },
        after: { value: 3950, vintage: 'final', released: '2026-09-30' },
      },
    ]);
    expect(shippedAt('rdSpend', 2025).source.publisher).not.toBe('NBS, MOST, MOF');
    expect(added.map((c) => [c.indicator, c.year, c.before, c.after.value])).toEqual([
      ['rdSpend', 2026, null, 4100],
    ]);
  });

  it('matches a point of another publisher beside the drawn one by its publisher', () => {
    const cnnic = shippedAt('aiCoreIndustry', 2024, false);
    const caict = shippedAt('aiCoreIndustry', 2024);
    const pack = read(
      SHIPPED_PACK,
      rowOf('aiCoreIndustry', cnnic, {
        value: '750',
        publisher: ` ${cnnic.source.publisher.toLowerCase()} `,
      }),
    );
    const { added, revised } = pointChanges(SHIPPED_PACK.indicators, pack.indicators);
    expect(added).toEqual([]);
    expect(revised.map((c) => [c.year, c.before?.value, c.after.value])).toEqual([
      [2024, 700, 750],
    ]);
    // A third publisher's figure of a vintage the drawn point already has is a point of its own.
    const third = read(
      SHIPPED_PACK,
      rowOf('aiCoreIndustry', caict, { publisher: 'Other', value: '950' }),
    );
    const changes = pointChanges(SHIPPED_PACK.indicators, third.indicators);
    expect(changes.revised).toEqual([]);
    expect(changes.added.map((c) => [c.year, c.publisher, c.after.value])).toEqual([
      [2024, 'Other', 950],
    ]);
  });

  it('reads publishers as the import does: a name spelled without spaces is another publisher', () => {
    const final = read(SHIPPED_PACK, row());
    const alternate = read(final, row({ publisher: 'NBS,MOST,MOF', value: '3960' }));
    expect(history(alternate, 'rdSpend').filter((p) => p.year === 2025).length).toBe(2);
    const { added, revised } = pointChanges(final.indicators, alternate.indicators);
    expect(revised).toEqual([]);
    expect(added.map((c) => [c.publisher, c.after.value])).toEqual([['NBS,MOST,MOF', 3960]]);
  });
});

describe('goalChanges', () => {
  const goals = GOALS.slice(0, 2);
  const outcome = (o: Partial<GoalOutcome> = {}): GoalOutcome => ({
    status: 'on track',
    probability: null,
    ...o,
  });
  const changed = (before: GoalOutcome, after: GoalOutcome) =>
    goalChanges(goals, [before, outcome()], [after, outcome()]).map((c) => c.goalId);

  it('lists a goal whose status or observed vintage moves, with both outcomes', () => {
    const before = outcome({ status: 'met', observedVintage: 'preliminary' });
    const after = outcome({ status: 'met', observedVintage: 'final' });
    expect(goalChanges(goals, [before, outcome()], [after, outcome()])).toEqual([
      { goalId: goals[0].id, name: goals[0].name, deadline: goals[0].deadline, before, after },
    ]);
    expect(changed(outcome(), outcome({ status: 'off track' }))).toEqual([goals[0].id]);
    expect(changed(outcome(), outcome())).toEqual([]);
  });

  it('compares words once simulated: a kind the probability words alike is no change', () => {
    const simulated = (status: GoalOutcome['status'], probability: number) =>
      outcome({ status, probability });
    expect(changed(simulated('on track', 0.5), simulated('off track', 0.5))).toEqual([]);
    expect(changed(simulated('on track', 0.7), simulated('on track', 0.6))).toEqual([goals[0].id]);
  });

  it('counts P(met) only when the percent shown differs, and never when one is unknown', () => {
    expect(changed(outcome({ probability: 0.504 }), outcome({ probability: 0.496 }))).toEqual([]);
    expect(changed(outcome({ probability: 0.504 }), outcome({ probability: 0.506 }))).toEqual([
      goals[0].id,
    ]);
    expect(changed(outcome({ probability: 0.1 }), outcome({ probability: null }))).toEqual([]);
    expect(changed(outcome({ probability: null }), outcome({ probability: 0.9 }))).toEqual([]);
  });

  it('lists exactly the goals whose words or shown percent differ', () => {
    const anyOutcome = fc.record({
      status: fc.constantFrom('met', 'missed', 'on track', 'off track', 'beyond horizon' as const),
      observedVintage: fc.constantFrom<Vintage | undefined>(undefined, ...VINTAGES),
      probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyOutcome, anyOutcome), { maxLength: GOALS.length }),
        (pairs) => {
          const list = GOALS.slice(0, pairs.length);
          const got = goalChanges(
            list,
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          const expected = list.filter((goal, i) => {
            const [b, a] = pairs[i];
            if (b.probability === null || a.probability === null)
              return b.status !== a.status || b.observedVintage !== a.observedVintage;
            return outcomeText(b, goal.deadline) !== outcomeText(a, goal.deadline);
          });
          expect(got.map((c) => c.goalId)).toEqual(expected.map((g) => g.id));
        },
      ),
    );
  });
});

describe('goalOutcomes', () => {
  const inputs = { levers: DEFAULT_LEVERS, constants: DEFAULT_CONSTANTS, horizon: DEFAULT_HORIZON };
  const growth = GOALS.find((g) => g.id === 'rdGrowth14FYP') as Goal;

  it('moves the R&D growth 2020–25 goal from the preliminary to the final GERD 2025', () => {
    const final = read(SHIPPED_PACK, row());
    const before = goalOutcomes(SHIPPED_PACK.indicators, GOALS, inputs, null);
    const after = goalOutcomes(final.indicators, GOALS, inputs, { [growth.id]: 0.42 });
    const at = GOALS.indexOf(growth);
    expect(before[at]).toEqual({
      status: before[at].status,
      observedVintage: 'preliminary',
      probability: null,
    });
    expect(after[at]).toEqual({
      status: before[at].status,
      observedVintage: 'final',
      probability: 0.42,
    });
    expect(after.filter((o) => o.probability !== null).length).toBe(1);
    expect(goalChanges(GOALS, before, after).map((c) => c.goalId)).toEqual([growth.id]);
  });
});

describe('pointChanges on generated packs', () => {
  const IDS: readonly IndicatorId[] = ['rdSpend', 'rdIntensity', 'aiCoreIndustry', 'llmsCN'];
  const normal = (publisher: string) => publisher.toLowerCase().replace(/\s+/g, ' ').trim();
  const observations = (id: IndicatorId) =>
    history(SHIPPED_PACK, id).flatMap((p) => [p, ...(p.earlier ?? [])]);

  /** A row that copies a shipped observation, sometimes with its year, figure or publisher changed. */
  const generatedRow = fc
    .record({
      id: fc.constantFrom(...IDS),
      pick: fc.nat(),
      // No later than the earliest release below: a figure is never released before its year.
      year: fc.option(fc.integer({ min: 2020, max: 2025 })),
      value: fc.option(fc.integer({ min: 0, max: 1000 }).map((v) => v / 10)),
      vintage: fc.option(fc.constantFrom(...VINTAGES)),
      released: fc.option(fc.constantFrom('2025', '2026-01-19', '2026-09-30')),
      publisher: fc.option(fc.constantFrom('upper', 'squeeze', 'Other', 'OECD')),
    })
    .map(({ id, pick, year, value, vintage, released, publisher }) => {
      const all = observations(id);
      const p = all[pick % all.length];
      const name = p.source.publisher;
      const renamed =
        publisher === 'upper'
          ? name.toUpperCase()
          : publisher === 'squeeze'
            ? name.replace(/\s+/g, '')
            : publisher;
      const landing = {
        id,
        year: year ?? p.year,
        vintage: vintage ?? p.vintage,
        publisher: renamed ?? name,
      };
      const text = rowOf(id, p, {
        year: String(landing.year),
        ...(value !== null ? { value: String(value) } : {}),
        vintage: landing.vintage,
        ...(released !== null ? { released } : {}),
        publisher: landing.publisher,
      });
      return { ...landing, text };
    });
  const csv = (rows: readonly { text: string }[]) => csvFile(...rows.map((r) => r.text));

  const key = (id: string, year: number) => `${id} ${year}`;
  const figure = (p: HistoryPoint) =>
    JSON.stringify([p.value, p.vintage, p.released, normal(p.source.publisher), p.primary]);
  const at = (data: IndicatorData, id: string, year: number) =>
    data.find((i) => i.id === id)!.history.filter((p) => p.year === year);

  it('finds nothing between a pack and itself', () => {
    const generated = fc
      .array(generatedRow, { minLength: 1, maxLength: 6 })
      .map((rows) => readDataPack(csv(rows), 'gen.csv', SHIPPED_PACK));
    fc.assert(
      fc.property(generated, (result) => {
        const pack = result.ok ? result.pack : SHIPPED_PACK;
        expect(pointChanges(pack.indicators, pack.indicators)).toEqual({ added: [], revised: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('lists a row’s indicator and year exactly when the row changed a drawn figure', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(generatedRow, { minLength: 1, maxLength: 6 }), (rows) => {
        const result = readDataPack(csv(rows), 'gen.csv', SHIPPED_PACK);
        if (!result.ok) return; // two rows for one point and vintage: refused, nothing to review
        read++;
        const before = SHIPPED_PACK.indicators;
        const after = result.pack.indicators;
        const { added, revised } = pointChanges(before, after);
        const listed = new Set([...added, ...revised].map((c) => key(c.indicator, c.year)));
        const rowKeys = new Set<string>();
        const changedKeys = new Set<string>();
        for (const { id, year, vintage, publisher } of rows) {
          rowKeys.add(key(id, year));
          // The point the row landed in, and whether its drawn figure is one the base pack had.
          const landed = at(after, id, year).find((p) =>
            [p, ...(p.earlier ?? [])].some(
              (o) => o.vintage === vintage && normal(o.source.publisher) === normal(publisher),
            ),
          )!;
          const old = at(before, id, year).map(figure);
          if (!old.includes(figure(landed))) changedKeys.add(key(id, year));
        }
        expect([...listed].sort()).toEqual([...changedKeys].sort());
        for (const k of listed) expect(rowKeys).toContain(k);
        // Added points are new points; a revised one names the base figure it replaces.
        for (const k of rowKeys) {
          const [id, year] = k.split(' ');
          expect(added.filter((c) => key(c.indicator, c.year) === k).length)
            .withContext(k)
            .toBe(at(after, id, +year).length - at(before, id, +year).length);
        }
        for (const c of revised) {
          const values = at(before, c.indicator, c.year).map((p) => p.value);
          expect(values).toContain(c.before!.value);
        }
      }),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(150);
  });
});
