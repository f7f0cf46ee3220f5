/**
 * Goal analytics (the /model page, "Analysis"): gap to target, sensitivity (tornado), goal-seek and
 * plausibility warnings. Pure functions of the indicator pack, levers, constants and horizon.
 */
import { ModelConstants } from './constants';
import { Goal, compare, goalComparison, goalValueIn } from './goals';
import { IndicatorData, indicatorsById, lastObservedYear } from './indicators';
import { LEVERS, LEVER_BY_ID, Lever, LeverId, LeverValues } from './levers';
import { FIRST_YEAR, Projection, projectValues, valueAt } from './project';

/** z of the 10th and 90th percentiles of a normal distribution. */
export const Z90 = 1.2816;

export interface Gap {
  /** Average growth per year needed from the last observation to the threshold at the deadline, %. */
  readonly neededGrowth: number | null;
  /** Average growth per year the projection gives over the same years, %. */
  readonly projectedGrowth: number | null;
  /** First year reached minus deadline: negative is ahead, positive behind, null if not by the horizon. */
  readonly yearsAheadOrBehind: number | null;
  readonly baseYear: number | null;
}

/** The value the goal's indicator must have at the deadline. */
function requiredValue(goal: Goal, projection: Pick<Projection, 'values'>): number | undefined {
  switch (goal.kind) {
    case 'threshold':
      return goal.threshold;
    case 'parity':
      return valueAt(projection, goal.other, goal.deadline);
    case 'growth': {
      const start = valueAt(projection, goal.indicator, goal.fromYear);
      return start === undefined
        ? undefined
        : start * Math.pow(1 + goal.minGrowth / 100, goal.deadline - goal.fromYear);
    }
  }
}

export function goalGap(
  data: IndicatorData,
  goal: Goal,
  projection: Projection,
  firstYear: number | null,
): Gap {
  const base = lastObservedYear(indicatorsById(data)[goal.indicator]);
  const yearsAheadOrBehind = firstYear === null ? null : firstYear - goal.deadline;
  if (base === null || goal.deadline <= base) {
    return { neededGrowth: null, projectedGrowth: null, yearsAheadOrBehind, baseYear: base };
  }
  const from = valueAt(projection, goal.indicator, base);
  const required = requiredValue(goal, projection);
  const projected = valueAt(projection, goal.indicator, goal.deadline);
  const years = goal.deadline - base;
  const growth = (to: number | undefined) =>
    from === undefined || to === undefined || from <= 0 || to < 0
      ? null
      : (Math.pow(to / from, 1 / years) - 1) * 100;
  return {
    neededGrowth: growth(required),
    projectedGrowth: growth(projected),
    yearsAheadOrBehind,
    baseYear: base,
  };
}

export function goalMet(goal: Goal, values: Pick<Projection, 'values'>): boolean {
  const v = goalValueIn(goal, values, goal.deadline);
  return v !== undefined && compare(v.value, goalComparison(goal), v.target);
}

export interface TornadoBar {
  readonly lever: LeverId;
  readonly lowValue: number;
  readonly highValue: number;
  /** The goal's measured deadline value with the lever at its low and high value. */
  readonly atLow: number;
  readonly atHigh: number;
  readonly spread: number;
}

export interface Tornado {
  readonly goalId: string;
  readonly base: number;
  readonly bars: readonly TornadoBar[];
}

/** Each lever at value ∓ 1.2816σ (clamped), the others held; sorted by spread, widest first. */
export function tornado(
  data: IndicatorData,
  goal: Goal,
  levers: LeverValues,
  constants: ModelConstants,
  horizon: number,
): Tornado {
  const measure = (l: LeverValues) =>
    goalValueIn(goal, { values: projectValues(data, l, constants, horizon) }, goal.deadline)
      ?.value ?? NaN;
  const clamp = (lever: Lever, v: number) => Math.min(lever.max, Math.max(lever.min, v));
  const bars = LEVERS.map((lever): TornadoBar => {
    const lowValue = clamp(lever, levers[lever.id] - Z90 * lever.sigma);
    const highValue = clamp(lever, levers[lever.id] + Z90 * lever.sigma);
    const atLow = measure({ ...levers, [lever.id]: lowValue });
    const atHigh = measure({ ...levers, [lever.id]: highValue });
    return {
      lever: lever.id,
      lowValue,
      highValue,
      atLow,
      atHigh,
      spread: Math.abs(atHigh - atLow),
    };
  });
  return {
    goalId: goal.id,
    base: measure(levers),
    bars: bars.sort(
      (a, b) =>
        b.spread - a.spread ||
        LEVERS.indexOf(LEVER_BY_ID[a.lever]) - LEVERS.indexOf(LEVER_BY_ID[b.lever]),
    ),
  };
}

/**
 * Relative size below which a lever's spread is floating-point noise, not an effect: a lever that
 * does not enter the goal's indicator can still move the last digits of a shared intermediate.
 */
export const NO_EFFECT = 1e-9;

/**
 * The bars of levers that move the goal: spread above NO_EFFECT times the goal's scale (the largest
 * deadline value in the chart, at least 1e-12 so a goal measured at zero still has one). Widest first.
 */
export function barsWithEffect(t: Tornado): TornadoBar[] {
  const values = [t.base, ...t.bars.flatMap((b) => [b.atLow, b.atHigh])].filter(Number.isFinite);
  const scale = Math.max(1e-12, ...values.map(Math.abs));
  return t.bars.filter((b) => Number.isFinite(b.spread) && b.spread > NO_EFFECT * scale);
}

export type GoalSeek =
  | { readonly reachable: true; readonly value: number; readonly alreadyMet: boolean }
  | { readonly reachable: false };

function onGrid(lever: Lever, k: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(lever.step)) + 2);
  return Number((lever.min + k * lever.step).toFixed(decimals));
}

/**
 * The value of one lever, on its step grid within [min, max] and closest to the current value, at
 * which the deterministic projection meets the goal; bisection between the current value and the
 * end of the range that meets it.
 */
export function goalSeek(
  data: IndicatorData,
  goal: Goal,
  leverId: LeverId,
  levers: LeverValues,
  constants: ModelConstants,
  horizon: number,
): GoalSeek {
  const lever = LEVER_BY_ID[leverId];
  const metAt = (k: number) =>
    goalMet(goal, {
      values: projectValues(data, { ...levers, [leverId]: onGrid(lever, k) }, constants, horizon),
    });
  if (goalMet(goal, { values: projectValues(data, levers, constants, horizon) })) {
    return { reachable: true, value: levers[leverId], alreadyMet: true };
  }
  const steps = Math.round((lever.max - lever.min) / lever.step);
  const current = (levers[leverId] - lever.min) / lever.step;
  const candidates: number[] = [];
  for (const end of [steps, 0]) {
    // Start from the grid point on the current value or just past it towards `end`.
    let lo = end > current ? Math.floor(current + 1e-9) : Math.ceil(current - 1e-9);
    if (metAt(lo)) {
      candidates.push(lo);
      continue;
    }
    if (lo === end || !metAt(end)) continue;
    let hi = end;
    while (Math.abs(hi - lo) > 1) {
      const mid = Math.trunc((lo + hi) / 2);
      if (metAt(mid)) hi = mid;
      else lo = mid;
    }
    candidates.push(hi);
  }
  if (!candidates.length) return { reachable: false };
  const best = candidates.reduce((a, b) =>
    Math.abs(a - current) <= Math.abs(b - current) ? a : b,
  );
  return { reachable: true, value: onGrid(lever, best), alreadyMet: false };
}

export interface Warning {
  readonly id: string;
  readonly message: string;
  /** The levers the warning concerns, to show it beside them. */
  readonly levers: readonly LeverId[];
}

/** Plausibility warnings (shown, never blocking) on a projection of `data`. */
export function plausibilityWarnings(
  data: IndicatorData,
  levers: LeverValues,
  projection: Projection,
): Warning[] {
  const byId = indicatorsById(data);
  const warnings: Warning[] = [];
  if (levers.exportControls >= 0.8 && levers.computeWorkaround >= 0.7) {
    warnings.push({
      id: 'controlsVsWorkaround',
      message: `Export controls at ${levers.exportControls} with a workaround of ${levers.computeWorkaround} contradict each other: severe controls that are mostly circumvented.`,
      levers: ['exportControls', 'computeWorkaround'],
    });
  }
  const intensity = projection.values.rdIntensity;
  const base = lastObservedYear(byId.rdIntensity)!;
  for (let year = base + 1; year <= projection.horizon; year++) {
    const rise = intensity[year - FIRST_YEAR] - intensity[year - 1 - FIRST_YEAR];
    if (rise > 0.25) {
      warnings.push({
        id: 'intensityJump',
        message: `R&D intensity rises ${rise.toFixed(2)} pp in ${year}; no year since 2012 saw more than 0.25 pp.`,
        levers: ['rdGrowth', 'gdpGrowth'],
      });
      break;
    }
  }
  const basic = projection.values.basicShare;
  const basicBase = lastObservedYear(byId.basicShare)!;
  const unclamped =
    basic[basicBase - FIRST_YEAR] + levers.basicShareGain * (projection.horizon - basicBase);
  if (unclamped < 0 || unclamped > 100) {
    warnings.push({
      id: 'shareClamped',
      message: `The basic-research share would reach ${unclamped.toFixed(1)}% by ${projection.horizon}; it is held within 0–100%.`,
      levers: ['basicShareGain'],
    });
  }
  const negative = data.find((ind) => projection.series[ind.id].some((p) => p.value < 0));
  if (negative) {
    warnings.push({
      id: 'negative',
      message: `${negative.name} goes below zero: the levers are outside what the model can represent.`,
      levers: [],
    });
  }
  return warnings;
}
