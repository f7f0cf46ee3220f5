/**
 * Monte Carlo over the levers (MODEL.md, "Uncertainty"): each path draws every lever from
 * Normal(value, σ) clamped to its range, runs the model, and the paths give P10, P50 and P90 per
 * indicator and year and the share of paths meeting each goal. Seeded, so the same inputs and
 * seed give the same numbers everywhere. Pure TypeScript: runs in the worker, in Node and in specs.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { ModelConstants } from './constants';
import { Goal, compare, goalComparison, goalValueIn } from './goals';
import { INDICATORS, IndicatorId, lastObservedYear } from './indicators';
import { LEVERS, LeverValues } from './levers';
import { FIRST_YEAR, projectValues } from './project';

export interface MonteCarloSettings {
  readonly paths: number;
  readonly seed: number;
}

export const DEFAULT_MONTE_CARLO: MonteCarloSettings = { paths: 2000, seed: 42 };
export const PATHS_MIN = 200;
export const PATHS_MAX = 20000;

/** P10, P50 and P90 on the year axis (index year − FIRST_YEAR); NaN where the model adds nothing. */
export interface Band {
  readonly p10: Float64Array;
  readonly p50: Float64Array;
  readonly p90: Float64Array;
}

export interface MonteCarloResult {
  readonly paths: number;
  readonly seed: number;
  readonly horizon: number;
  readonly bands: Readonly<Record<IndicatorId, Band>>;
  /** Share of paths, 0–1, in which each goal is met at its deadline, by goal id. */
  readonly goalProbability: Readonly<Record<string, number>>;
  /** The same for each compared scenario, in order. */
  readonly compareProbability?: readonly Readonly<Record<string, number>>[];
}

type Rng = ReturnType<typeof xoroshiro128plus>;

/** A standard normal draw (Box–Muller; one of the pair, so each draw takes two uniforms). */
export function standardNormal(rng: Rng): number {
  const u1 = 1 - uniformFloat64(rng); // (0, 1], so the log is finite
  const u2 = uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Every lever drawn from Normal(value, σ) and clamped to [min, max], in lever order. */
export function drawLevers(levers: LeverValues, rng: Rng): LeverValues {
  const drawn = {} as Record<keyof LeverValues, number>;
  for (const lever of LEVERS) {
    const value = levers[lever.id] + lever.sigma * standardNormal(rng);
    drawn[lever.id] = Math.min(lever.max, Math.max(lever.min, value));
  }
  return drawn;
}

/** Percentile by linear interpolation between closest ranks, of values sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - lo);
}

/** The first year each indicator has a model value in, for the cells worth sampling. */
function firstModelYear(id: IndicatorId): number {
  const last = lastObservedYear(INDICATORS.find((i) => i.id === id)!);
  return last === null ? FIRST_YEAR : last + 1;
}

export function runMonteCarlo(
  levers: LeverValues,
  constants: ModelConstants,
  horizon: number,
  goals: readonly Goal[],
  settings: MonteCarloSettings,
): MonteCarloResult {
  const paths = Math.round(settings.paths);
  const length = horizon - FIRST_YEAR + 1;
  const rng = xoroshiro128plus(settings.seed);
  const ids = INDICATORS.map((i) => i.id);
  const first = ids.map((id) => firstModelYear(id) - FIRST_YEAR);
  // samples[k][i * paths + path]: indicator k, year index i.
  const samples = ids.map(() => new Float64Array(length * paths));
  const met = new Float64Array(goals.length);

  for (let path = 0; path < paths; path++) {
    const values = projectValues(drawLevers(levers, rng), constants, horizon);
    ids.forEach((id, k) => {
      const from = values[id];
      const to = samples[k];
      for (let i = first[k]; i < length; i++) to[i * paths + path] = from[i];
    });
    goals.forEach((goal, g) => {
      const v = goalValueIn(goal, { values }, goal.deadline);
      if (v && compare(v.value, goalComparison(goal), v.target)) met[g]++;
    });
  }

  const bands = {} as Record<IndicatorId, Band>;
  ids.forEach((id, k) => {
    const empty = () => new Float64Array(length).fill(NaN);
    const band = { p10: empty(), p50: empty(), p90: empty() };
    for (let i = first[k]; i < length; i++) {
      const cell = samples[k].subarray(i * paths, (i + 1) * paths).sort();
      if (Number.isNaN(cell[0])) continue;
      band.p10[i] = percentileOfSorted(cell, 0.1);
      band.p50[i] = percentileOfSorted(cell, 0.5);
      band.p90[i] = percentileOfSorted(cell, 0.9);
    }
    bands[id] = band;
  });

  const goalProbability = Object.fromEntries(goals.map((goal, g) => [goal.id, met[g] / paths]));
  return { paths, seed: settings.seed, horizon, bands, goalProbability };
}

/** The typed arrays of a result, to transfer from the worker without copying. */
export function transferables(result: MonteCarloResult): ArrayBuffer[] {
  return Object.values(result.bands).flatMap((b) => [b.p10.buffer, b.p50.buffer, b.p90.buffer]) as ArrayBuffer[];
}

/** A band as plain arrays on the year axis, for the store (which holds serializable data only). */
export interface PlainBand {
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
}

export interface MonteCarloSummary {
  readonly paths: number;
  readonly seed: number;
  readonly horizon: number;
  readonly bands: Readonly<Record<IndicatorId, PlainBand>>;
  readonly goalProbability: Readonly<Record<string, number>>;
  readonly compareProbability: readonly Readonly<Record<string, number>>[];
}

export function summarize(result: MonteCarloResult): MonteCarloSummary {
  const bands = {} as Record<IndicatorId, PlainBand>;
  for (const [id, b] of Object.entries(result.bands) as [IndicatorId, Band][]) {
    bands[id] = { p10: Array.from(b.p10), p50: Array.from(b.p50), p90: Array.from(b.p90) };
  }
  return {
    paths: result.paths,
    seed: result.seed,
    horizon: result.horizon,
    bands,
    goalProbability: result.goalProbability,
    compareProbability: result.compareProbability ?? [],
  };
}
