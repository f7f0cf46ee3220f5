import fc from 'fast-check';
import { leverValues } from './arbitraries';
import { HistoryPoint, INDICATORS, Indicator, IndicatorData, IndicatorId } from './indicators';
import { DEFAULT_LEVERS } from './levers';
import { Projection, project, valueAt } from './project';

function at(p: Projection, id: IndicatorId, year: number): number {
  const value = valueAt(p, id, year);
  if (value === undefined) throw new Error(`${id} has no value in ${year}`);
  return value;
}

/** The shipped pack with primary LLM counts added after 2025 (WAIC): year → value. */
function withLlms(cn: Record<number, number>, world: Record<number, number>): IndicatorData {
  const add = (ind: Indicator, values: Record<number, number>): Indicator => {
    const last = ind.history.at(-1)!;
    const added = Object.entries(values).map(([year, value]): HistoryPoint => ({
      ...last,
      year: Number(year),
      value,
      primary: true,
    }));
    return { ...ind, history: [...ind.history, ...added] };
  };
  return INDICATORS.map((ind) =>
    ind.id === 'llmsCN' ? add(ind, cn) : ind.id === 'llmsWorld' ? add(ind, world) : ind,
  );
}

/** China's LLMs a year on from `l` at default levers (MODEL.md). */
function cnNext(p: Projection, l: number, year: number): number {
  return l * (1 + 0.4 * at(p, 'computeAccess', year)) * 0.95;
}

describe('project: LLMs where China and the world end in different years', () => {
  it('keeps a world count observed after China’s last year, and grows the rest from it', () => {
    const p = project(withLlms({}, { 2026: 5000 }), DEFAULT_LEVERS);
    const cn2026 = cnNext(p, 1509, 2026);
    expect(at(p, 'llmsCN', 2026)).toBeCloseTo(cn2026, 9);
    expect(at(p, 'llmsWorld', 2026)).toBe(5000);
    expect(p.series.llmsWorld[0].year).toBe(2027);
    const cn2027 = cnNext(p, cn2026, 2027);
    expect(at(p, 'llmsWorld', 2027)).toBeCloseTo(cn2027 + (5000 - cn2026) * 1.35, 9);
    expect(at(p, 'llmShareCN', 2026)).toBeCloseTo((cn2026 / 5000) * 100, 9);
  });

  it('continues the world from its own last year where China’s count is newer', () => {
    const p = project(withLlms({ 2026: 2000 }, {}), DEFAULT_LEVERS);
    expect(at(p, 'llmsCN', 2026)).toBe(2000);
    const world2026 = 2000 + (3755 - 1509) * 1.35;
    expect(p.series.llmsWorld[0].year).toBe(2026);
    expect(at(p, 'llmsWorld', 2026)).toBeCloseTo(world2026, 9);
    const cn2027 = cnNext(p, 2000, 2027);
    expect(at(p, 'llmsWorld', 2027)).toBeCloseTo(cn2027 + (3755 - 1509) * 1.35 ** 2, 9);
    expect(at(p, 'llmShareCN', 2026)).toBeCloseTo((2000 / world2026) * 100, 9);
  });

  it('grows the rest of the world from the last year both are observed when they end together', () => {
    const p = project(withLlms({ 2026: 2000 }, { 2026: 5000 }), DEFAULT_LEVERS);
    expect(at(p, 'llmsCN', 2026)).toBe(2000);
    expect(at(p, 'llmsWorld', 2026)).toBe(5000);
    const cn2027 = cnNext(p, 2000, 2027);
    expect(at(p, 'llmsWorld', 2027)).toBeCloseTo(cn2027 + 3000 * 1.35, 9);
  });

  it('never replaces an observed count, whichever series is newer, for any levers', () => {
    const extra = fc.dictionary(
      fc.integer({ min: 2026, max: 2029 }).map(String),
      fc.integer({ min: 1, max: 20000 }),
    );
    fc.assert(
      fc.property(extra, extra, leverValues, (cn, world, levers) => {
        const worldAbove = Object.fromEntries(
          Object.entries(world).map(([year, value]) => [year, value + 30000]),
        );
        const data = withLlms(cn, worldAbove);
        const p = project(data, levers);
        for (const ind of data.filter((i) => i.id === 'llmsCN' || i.id === 'llmsWorld')) {
          for (const point of ind.history.filter((h) => h.primary)) {
            expect(valueAt(p, ind.id, point.year))
              .withContext(`${ind.id} ${point.year}`)
              .toBe(point.value);
          }
          for (const { year, value } of p.series[ind.id]) {
            expect(Number.isFinite(value)).withContext(`${ind.id} ${year}`).toBeTrue();
          }
          expect(p.series[ind.id].at(-1)?.year).toBe(p.horizon);
        }
      }),
      { numRuns: 200 },
    );
  });
});
