/** The projection model, version 1 (the /model page), as one pure function. */
import { DEFAULT_CONSTANTS, DEFAULT_HORIZON, ModelConstants } from './constants';
import {
  Indicator,
  IndicatorData,
  IndicatorId,
  indicatorsById,
  lastObservedYear,
  primaryHistory,
} from './indicators';
import { DEFAULT_LEVERS, LeverId, LeverValues, rate } from './levers';

export const FIRST_YEAR = 2012;
/** The year the compute drivers are anchored to (sub[2024] = substitution2024). */
const DRIVER_BASE_YEAR = 2024;

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export interface Projection {
  /** The indicator pack the projection starts from: its history is what the charts show as observed. */
  readonly data: IndicatorData;
  readonly horizon: number;
  /** Model values per indicator: from the year after its last observation to the horizon. */
  readonly series: Readonly<Record<IndicatorId, readonly YearValue[]>>;
  /**
   * Every year from FIRST_YEAR to the horizon, index `year − FIRST_YEAR`: the primary observed value
   * (interpolated inside gaps of the history), else the model value, else NaN.
   */
  readonly values: Readonly<Record<IndicatorId, Float64Array>>;
}

/** Primary history on the year axis, interpolated linearly inside gaps; NaN outside it. */
function observedOnAxis(indicator: Indicator, length: number): Float64Array {
  const out = new Float64Array(length).fill(NaN);
  const points = primaryHistory(indicator);
  points.forEach((p, i) => {
    out[p.year - FIRST_YEAR] = p.value;
    const next = points[i + 1];
    for (let year = p.year + 1; next && year < next.year; year++) {
      out[year - FIRST_YEAR] =
        p.value + ((next.value - p.value) * (year - p.year)) / (next.year - p.year);
    }
  });
  return out;
}

/** Universities offering an AI major on the year axis for a given number added per year. */
function universities(observed: Float64Array, lastYear: number, perYear: number): Float64Array {
  const u = observed.slice();
  for (let i = lastYear - FIRST_YEAR + 1; i < u.length; i++) u[i] = u[i - 1] + perYear;
  return u;
}

export function clampShare(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}

export type IndicatorValues = Record<IndicatorId, Float64Array>;

const observedCache = new WeakMap<IndicatorData, Map<number, Readonly<IndicatorValues>>>();

/**
 * Every indicator's observed values on an axis of `length` years, computed once per pack and length
 * (a pack is immutable; a Monte Carlo run asks on every path).
 */
function observedValues(data: IndicatorData, length: number): Readonly<IndicatorValues> {
  let byLength = observedCache.get(data);
  if (!byLength) {
    byLength = new Map();
    observedCache.set(data, byLength);
  }
  let observed = byLength.get(length);
  if (!observed) {
    observed = Object.fromEntries(
      data.map((ind) => [ind.id, observedOnAxis(ind, length)]),
    ) as IndicatorValues;
    byLength.set(length, observed);
  }
  return observed;
}

/** Every indicator of the pack projected from its observed history with these levers. */
export function project(
  data: IndicatorData,
  levers: LeverValues,
  constants: ModelConstants = DEFAULT_CONSTANTS,
  horizon: number = DEFAULT_HORIZON,
): Projection {
  const values = projectValues(data, levers, constants, horizon);
  const series = Object.fromEntries(
    data.map((ind) => {
      const from = lastObservedYear(ind);
      const points: YearValue[] = [];
      for (let year = from === null ? FIRST_YEAR : from + 1; year <= horizon; year++) {
        const value = values[ind.id][year - FIRST_YEAR];
        if (!Number.isNaN(value)) points.push({ year, value });
      }
      return [ind.id, points];
    }),
  ) as Record<IndicatorId, YearValue[]>;
  return { data, horizon, series, values };
}

/** One array per indicator of the pack on an axis of `length` years, for projectValues() to fill. */
export function indicatorArrays(data: IndicatorData, length: number): IndicatorValues {
  return Object.fromEntries(
    data.map((ind) => [ind.id, new Float64Array(length)]),
  ) as IndicatorValues;
}

/**
 * The model on the year axis: every indicator from FIRST_YEAR to the horizon, observed values
 * where there are any, model values after them. The core of project(), also run per Monte Carlo path,
 * which passes the same `into` arrays (indicatorArrays) each time rather than allocate new ones.
 */
export function projectValues(
  data: IndicatorData,
  levers: LeverValues,
  constants: ModelConstants = DEFAULT_CONSTANTS,
  horizon: number = DEFAULT_HORIZON,
  into?: IndicatorValues,
): IndicatorValues {
  const length = horizon - FIRST_YEAR + 1;
  const at = (year: number) => year - FIRST_YEAR;
  const observed = observedValues(data, length);
  const v = into ?? indicatorArrays(data, length);
  for (const ind of data) v[ind.id].set(observed[ind.id]);
  const byId = indicatorsById(data);
  const last = (id: IndicatorId) => lastObservedYear(byId[id]) ?? horizon;
  /** Fills an indicator from its last observation to the horizon with `next(year, previous)`. */
  const extend = (id: IndicatorId, next: (year: number, previous: number) => number) => {
    const a = v[id];
    for (let year = last(id) + 1; year <= horizon; year++)
      a[at(year)] = next(year, a[at(year - 1)]);
  };

  // Derived drivers: domestic substitution and compute access.
  const access = new Float64Array(length).fill(NaN);
  for (let year = DRIVER_BASE_YEAR; year <= horizon; year++) {
    const sub = Math.min(
      1,
      constants.substitution2024 + (levers.domesticChipGain / 100) * (year - DRIVER_BASE_YEAR),
    );
    const c = 1 - levers.exportControls * (1 - levers.computeWorkaround) * (1 - sub);
    v.domesticShare[at(year)] = sub * 100;
    access[at(year)] = c / constants.accessReference;
    v.computeAccess[at(year)] = access[at(year)];
  }

  // Talent: universities, graduates after the lag, and the talent factor against default levers.
  const uLast = last('aiUniversities');
  const uObserved = v.aiUniversities;
  const u = universities(uObserved, uLast, levers.aiProgramsPerYear);
  const uDefault = universities(uObserved, uLast, DEFAULT_LEVERS.aiProgramsPerYear);
  v.aiUniversities.set(u);
  const lag = Math.round(constants.talentLag);
  const talent = new Float64Array(length).fill(1);
  for (let i = lag; i < length; i++) {
    const grad = u[i - lag] * levers.graduatesPerProgram;
    const gradDefault = uDefault[i - lag] * DEFAULT_LEVERS.graduatesPerProgram;
    v.aiGraduates[i] = grad;
    if (gradDefault > 0) talent[i] = Math.pow(grad / gradDefault, constants.talentElasticity);
  }

  extend('rdSpend', (_, r) => r * (1 + rate(levers, 'rdGrowth')));
  extend('gdp', (_, g) => g * (1 + rate(levers, 'gdpGrowth')));
  extend('rdIntensity', (year) => (v.rdSpend[at(year)] / v.gdp[at(year)]) * 100);
  // A share stays within 0–100% (the /model page: clamp and say so; see plausibility warnings).
  extend('basicShare', (_, b) => clampShare(b + levers.basicShareGain));
  extend(
    'aiCoreIndustry',
    (year, a) => a * (1 + rate(levers, 'aiIndustryGrowth') * access[at(year)] * talent[at(year)]),
  );
  extend(
    'notableModelsCN',
    (year, n) => n * (1 + rate(levers, 'modelGrowthCN') * access[at(year)]),
  );
  extend('notableModelsUS', (_, n) => n * (1 + rate(levers, 'modelGrowthUS')));

  // LLMs: China and the rest of the world grow separately; world = China + rest. Each continues
  // from its own last observation (an observed count is never replaced), so the rest starts at the
  // world's last year, less China's count that year: observed, or projected where China's ends first.
  extend(
    'llmsCN',
    (year, l) =>
      l * (1 + rate(levers, 'llmGrowthCN') * access[at(year)]) * (1 - levers.priceWarExit),
  );
  const worldLast = last('llmsWorld');
  let rest = v.llmsWorld[at(worldLast)] - v.llmsCN[at(worldLast)];
  for (let year = worldLast + 1; year <= horizon; year++) {
    rest *= 1 + rate(levers, 'llmGrowthRW');
    v.llmsWorld[at(year)] = v.llmsCN[at(year)] + rest;
  }
  extend('llmShareCN', (year) => (v.llmsCN[at(year)] / v.llmsWorld[at(year)]) * 100);

  extend('robotInstalls', (_, i) => i * (1 + rate(levers, 'robotGrowth')));
  extend(
    'robotDensity',
    (year, d) =>
      d * (1 - constants.robotRetirement) +
      v.robotInstalls[at(year)] / constants.robotsPerDensityPoint,
  );

  return v;
}

const COMPUTE_LED: readonly IndicatorId[] = [
  'domesticShare',
  'computeAccess',
  'aiCoreIndustry',
  'notableModelsCN',
  'llmsCN',
  'llmsWorld',
  'llmShareCN',
];
const LLM_LED: readonly IndicatorId[] = ['llmsCN', 'llmsWorld', 'llmShareCN'];

/**
 * The indicators each lever moves in projectValues(), read off its equations (a spec checks that
 * no other indicator changes). The same holds on every Monte Carlo path, whose draws of the other
 * levers do not depend on this one's value, so their bands stay valid when only this lever moves.
 */
export const LEVER_EFFECTS: Readonly<Record<LeverId, readonly IndicatorId[]>> = {
  rdGrowth: ['rdSpend', 'rdIntensity'],
  gdpGrowth: ['gdp', 'rdIntensity'],
  basicShareGain: ['basicShare'],
  exportControls: COMPUTE_LED,
  computeWorkaround: COMPUTE_LED,
  domesticChipGain: COMPUTE_LED,
  aiProgramsPerYear: ['aiUniversities', 'aiGraduates', 'aiCoreIndustry'],
  graduatesPerProgram: ['aiGraduates', 'aiCoreIndustry'],
  aiIndustryGrowth: ['aiCoreIndustry'],
  modelGrowthCN: ['notableModelsCN'],
  modelGrowthUS: ['notableModelsUS'],
  llmGrowthCN: LLM_LED,
  llmGrowthRW: ['llmsWorld', 'llmShareCN'],
  priceWarExit: LLM_LED,
  robotGrowth: ['robotInstalls', 'robotDensity'],
};

/** The indicator's value in a year: observed (primary, interpolated in gaps), else projected. */
export function valueAt(
  projection: Pick<Projection, 'values'>,
  id: IndicatorId,
  year: number,
): number | undefined {
  const value = projection.values[id][year - FIRST_YEAR];
  return value === undefined || Number.isNaN(value) ? undefined : value;
}
