import fc from 'fast-check';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { leverValues } from './arbitraries';
import { DEFAULT_CONSTANTS } from './constants';
import { GOALS, Goal } from './goals';
import { INDICATORS } from './indicators';
import { DEFAULT_LEVERS, LEVERS } from './levers';
import { drawLevers, percentileOfSorted, runMonteCarlo, standardNormal } from './monte-carlo';
import { FIRST_YEAR, LEVER_EFFECTS, projectValues } from './project';
import { TARGET_SOURCES } from './sources';

describe('Monte Carlo', () => {
  const run = (paths = 500, seed = 42, levers = DEFAULT_LEVERS, goals: readonly Goal[] = GOALS) =>
    runMonteCarlo(INDICATORS, levers, DEFAULT_CONSTANTS, 2035, goals, { paths, seed });

  it('gives identical numbers for the same scenario and seed, and others for another seed', () => {
    const a = run();
    const b = run();
    for (const indicator of INDICATORS) {
      expect(Array.from(a.bands[indicator.id].p50)).toEqual(Array.from(b.bands[indicator.id].p50));
    }
    expect(a.goalProbability).toEqual(b.goalProbability);
    const c = run(500, 7);
    expect(c.bands.rdSpend.p50[2030 - FIRST_YEAR]).not.toBe(a.bands.rdSpend.p50[2030 - FIRST_YEAR]);
  });

  it('gives the same bands, bit for bit, to indicators a moved lever does not affect', () => {
    const base = run(200);
    for (const lever of LEVERS) {
      const moved = run(200, 42, {
        ...DEFAULT_LEVERS,
        [lever.id]: DEFAULT_LEVERS[lever.id] === lever.max ? lever.min : lever.max,
      });
      for (const indicator of INDICATORS) {
        if (LEVER_EFFECTS[lever.id].includes(indicator.id)) continue;
        for (const p of ['p10', 'p50', 'p90'] as const) {
          expect(Array.from(moved.bands[indicator.id][p]))
            .withContext(`${lever.id}: ${indicator.id} ${p}`)
            .toEqual(Array.from(base.bands[indicator.id][p]));
        }
      }
    }
  });

  it('pins the first draws of seed 42, so a change of generator or order shows', () => {
    const rng = xoroshiro128plus(42);
    const z = [standardNormal(rng), standardNormal(rng), standardNormal(rng)];
    const again = xoroshiro128plus(42);
    expect([standardNormal(again), standardNormal(again), standardNormal(again)]).toEqual(z);
    expect(z.every((x) => Number.isFinite(x) && Math.abs(x) < 6)).toBeTrue();
  });

  it('keeps drawn levers inside their ranges', () => {
    const rng = xoroshiro128plus(1);
    for (let i = 0; i < 2000; i++) {
      const drawn = drawLevers({ ...DEFAULT_LEVERS, exportControls: 1, modelGrowthUS: -30 }, rng);
      for (const lever of LEVERS) {
        expect(drawn[lever.id]).toBeGreaterThanOrEqual(lever.min);
        expect(drawn[lever.id]).toBeLessThanOrEqual(lever.max);
      }
    }
  });

  it('matches percentiles computed by a brute-force sort of the same paths', () => {
    const paths = 301;
    const result = run(paths, 9);
    const rng = xoroshiro128plus(9);
    const values: number[] = [];
    for (let p = 0; p < paths; p++) {
      values.push(
        projectValues(INDICATORS, drawLevers(DEFAULT_LEVERS, rng), DEFAULT_CONSTANTS, 2035)
          .aiCoreIndustry[2030 - FIRST_YEAR],
      );
    }
    values.sort((x, y) => x - y);
    // 301 paths: P10, P50 and P90 fall exactly on ranks 30, 150 and 270.
    expect(result.bands.aiCoreIndustry.p10[2030 - FIRST_YEAR]).toBe(values[30]);
    expect(result.bands.aiCoreIndustry.p50[2030 - FIRST_YEAR]).toBe(values[150]);
    expect(result.bands.aiCoreIndustry.p90[2030 - FIRST_YEAR]).toBe(values[270]);
    expect(percentileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('has no band over observed years, where every path is the history', () => {
    const result = run(200);
    // 2025 is observed (preliminary): the band starts in 2026.
    expect(result.bands.rdSpend.p50[2025 - FIRST_YEAR]).toBeNaN();
    expect(result.bands.rdSpend.p50[2026 - FIRST_YEAR]).toBeGreaterThan(3926.2);
  });

  it('estimates a goal probability close to the closed form', () => {
    // R&D spending in 2026 = 3926.2 × (1 + g), g ~ Normal(8%, 1.5%) clamped to 0–15%:
    // P(R2026 ≥ 3926.2 × 1.09) = P(g ≥ 9%) = 1 − Φ(1 / 1.5) = 0.252493.
    const goal: Goal = {
      id: 'rd2026',
      name: 'R&D spending ≥ 4,279.6 bn yuan in 2026',
      short: 'R&D 2026',
      type: 'custom',
      source: TARGET_SOURCES.analystProxy,
      kind: 'threshold',
      indicator: 'rdSpend',
      comparison: '>=',
      threshold: 3926.2 * 1.09,
      deadline: 2026,
    };
    const result = run(20000, 42, DEFAULT_LEVERS, [goal]);
    expect(Math.abs(result.goalProbability['rd2026'] - 0.252493)).toBeLessThan(0.012);
  });

  it('gives 1 or 0 for goals decided by observed figures', () => {
    const result = run(200);
    expect(result.goalProbability['aiCore2025']).toBe(1);
    expect(result.goalProbability['rdGrowth14FYP']).toBe(1);
    expect(result.goalProbability['basicShare2025']).toBe(0);
  });

  it('orders P10 ≤ P50 ≤ P90 for any levers in range', () => {
    fc.assert(
      fc.property(leverValues, fc.integer({ min: 0, max: 1000 }), (levers, seed) => {
        const result = runMonteCarlo(INDICATORS, levers, DEFAULT_CONSTANTS, 2032, GOALS, {
          paths: 200,
          seed,
        });
        for (const indicator of INDICATORS) {
          const band = result.bands[indicator.id];
          band.p50.forEach((p50, i) => {
            if (Number.isNaN(p50)) return;
            expect(band.p10[i]).toBeLessThanOrEqual(p50);
            expect(p50).toBeLessThanOrEqual(band.p90[i]);
          });
        }
        for (const p of Object.values(result.goalProbability)) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 15 },
    );
  });
});
