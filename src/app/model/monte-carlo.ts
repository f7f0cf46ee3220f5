/**
 * Monte Carlo over the levers (the /model page, "Uncertainty"): each path draws every lever from
 * Normal(value, σ) clamped to its range, runs the model, and the paths give P10, P50 and P90 per
 * indicator and year and the share of paths meeting each goal. Seeded, so the same inputs and
 * seed give the same numbers everywhere. Pure TypeScript: runs in the worker, in Node and in specs.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { ModelConstants } from './constants';
import { Goal, compare, goalComparison, goalValueIn } from './goals';
import { IndicatorData, IndicatorId, indicatorsById, lastObservedYear } from './indicators';
import { LEVERS, LeverValues } from './levers';
import { FIRST_YEAR, Projection, indicatorArrays, projectValues } from './project';

export interface MonteCarloSettings {
  readonly paths: number;
  readonly seed: number;
}

export const DEFAULT_MONTE_CARLO: MonteCarloSettings = { paths: 2000, seed: 42 };
export { PATHS_MAX, PATHS_MIN } from './limits';

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

/**
 * Moves the k-th smallest of `a[from..to)` to index k, smaller ones before it and larger ones after
 * (Hoare's selection, median-of-three pivot): linear on average, where a full sort is n log n. NaN
 * must be absent.
 */
function select(a: Float64Array, k: number, from: number, to: number): void {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo],
      y = a[mid],
      z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The rank of a value `x` found by select: fixes the sign of a zero, as a sort puts −0 before +0. */
function signedZero(cell: Float64Array, rank: number, x: number): number {
  if (x !== 0) return x;
  let below = 0;
  let negativeZeros = 0;
  for (const v of cell) {
    if (v < 0) below++;
    else if (Object.is(v, -0)) negativeZeros++;
  }
  return rank >= below && rank < below + negativeZeros ? -0 : 0;
}

/**
 * P10, P50 and P90 of a cell, exactly as `percentileOfSorted` gives them on the sorted cell (NaN last,
 * as a typed-array sort puts it), found by selecting only the six ranks they need; reorders the cell.
 * Returns false if the cell is all NaN.
 */
function cellPercentiles(cell: Float64Array, out: Float64Array, i: number, band: Band): boolean {
  // NaN to the end, as the sort would put it.
  let n = cell.length;
  for (let k = 0; k < n;) {
    if (Number.isNaN(cell[k])) {
      cell[k] = cell[--n];
      cell[n] = NaN;
    } else k++;
  }
  if (n === 0) return false;
  const last = cell.length - 1;
  let done = 0; // cell[0..done) holds the smallest `done` values, in no particular order
  const rank = (r: number): number => {
    if (r >= n) return NaN;
    if (r >= done) {
      select(cell, r, done, n);
      done = r + 1;
    }
    return signedZero(cell.subarray(0, n), r, cell[r]);
  };
  const ps = [0.1, 0.5, 0.9];
  for (let q = 0; q < 3; q++) {
    const h = last * ps[q];
    const lo = Math.floor(h);
    const hi = Math.min(last, lo + 1);
    const a = rank(lo);
    // The next rank up is the smallest of what lies beyond the one just selected.
    const b = hi === lo ? a : rank(hi);
    out[q] = a + (b - a) * (h - lo);
  }
  band.p10[i] = out[0];
  band.p50[i] = out[1];
  band.p90[i] = out[2];
  return true;
}

/** The first year each indicator has a model value in, for the cells worth sampling. */
function firstModelYear(data: IndicatorData, id: IndicatorId): number {
  const last = lastObservedYear(indicatorsById(data)[id]);
  return last === null ? FIRST_YEAR : last + 1;
}

/** The run on the given indicator pack, so that the worker computes on the pack the store holds. */
export function runMonteCarlo(
  data: IndicatorData,
  levers: LeverValues,
  constants: ModelConstants,
  horizon: number,
  goals: readonly Goal[],
  settings: MonteCarloSettings,
): MonteCarloResult {
  const paths = Math.round(settings.paths);
  const length = horizon - FIRST_YEAR + 1;
  const rng = xoroshiro128plus(settings.seed);
  const ids = data.map((i) => i.id);
  const first = ids.map((id) => firstModelYear(data, id) - FIRST_YEAR);
  // samples[k][i * paths + path]: indicator k, year index i.
  const samples = ids.map(() => new Float64Array(length * paths));
  const met = new Float64Array(goals.length);

  const comparisons = goals.map(goalComparison);
  const view = { values: {} as Projection['values'] };
  // Plain loops: this runs once per path, and closures per path add up over 20,000 of them.
  const scratch = indicatorArrays(data, length);
  for (let path = 0; path < paths; path++) {
    const values = projectValues(data, drawLevers(levers, rng), constants, horizon, scratch);
    for (let k = 0; k < ids.length; k++) {
      const from = values[ids[k]];
      const to = samples[k];
      for (let i = first[k]; i < length; i++) to[i * paths + path] = from[i];
    }
    view.values = values;
    for (let g = 0; g < goals.length; g++) {
      const v = goalValueIn(goals[g], view, goals[g].deadline);
      if (v && compare(v.value, comparisons[g], v.target)) met[g]++;
    }
  }

  const bands = {} as Record<IndicatorId, Band>;
  const out = new Float64Array(3);
  ids.forEach((id, k) => {
    const empty = () => new Float64Array(length).fill(NaN);
    const band = { p10: empty(), p50: empty(), p90: empty() };
    for (let i = first[k]; i < length; i++)
      cellPercentiles(samples[k].subarray(i * paths, (i + 1) * paths), out, i, band);
    bands[id] = band;
  });

  const goalProbability = Object.fromEntries(goals.map((goal, g) => [goal.id, met[g] / paths]));
  return { paths, seed: settings.seed, horizon, bands, goalProbability };
}

/** The typed arrays of a result, to transfer from the worker without copying. */
export function transferables(result: MonteCarloResult): ArrayBuffer[] {
  return Object.values(result.bands).flatMap((b) => [
    b.p10.buffer,
    b.p50.buffer,
    b.p90.buffer,
  ]) as ArrayBuffer[];
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
