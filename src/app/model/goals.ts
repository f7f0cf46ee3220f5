/** Goals (the /model page, "Goals") and their evaluation against a projection. */
import {
  INDICATOR_BY_ID,
  IndicatorData,
  IndicatorId,
  Vintage,
  indicatorsById,
  lastObservedYear,
  vintageOf,
} from './indicators';
import { GOAL_NAME_MAX } from './limits';
import { FIRST_YEAR, Projection, valueAt } from './project';
import { Source, TARGET_SOURCES } from './sources';

export type Comparison = '>=' | '<=';
export type GoalType = 'official' | 'analyst proxy' | 'custom';

interface GoalBase {
  readonly id: string;
  readonly name: string;
  /** A few words for chart labels. */
  readonly short: string;
  readonly type: GoalType;
  readonly source: Source;
  readonly indicator: IndicatorId;
}

/** Value in the deadline year compared with a threshold. */
export interface ThresholdGoal extends GoalBase {
  readonly kind: 'threshold';
  readonly comparison: Comparison;
  readonly threshold: number;
  readonly deadline: number;
}

/** Average annual growth between two years at least `minGrowth` percent. */
export interface GrowthGoal extends GoalBase {
  readonly kind: 'growth';
  readonly minGrowth: number;
  readonly fromYear: number;
  readonly deadline: number;
}

/** Value in the deadline year compared with another indicator's value that year. */
export interface ParityGoal extends GoalBase {
  readonly kind: 'parity';
  readonly comparison: Comparison;
  readonly other: IndicatorId;
  readonly deadline: number;
}

export type Goal = ThresholdGoal | GrowthGoal | ParityGoal;

export const GOALS: readonly Goal[] = [
  {
    id: 'rdGrowth14FYP',
    short: 'R&D growth >7%/yr, 2020–25',
    name: 'R&D spending grows >7%/yr on average 2020–2025',
    type: 'official',
    source: TARGET_SOURCES.fyp14,
    kind: 'growth',
    indicator: 'rdSpend',
    minGrowth: 7,
    fromYear: 2020,
    deadline: 2025,
  },
  {
    id: 'basicShare2025',
    short: 'Basic research ≥8%, 2025',
    name: 'Basic research ≥ 8% of R&D by 2025',
    type: 'official',
    source: TARGET_SOURCES.fyp14,
    kind: 'threshold',
    indicator: 'basicShare',
    comparison: '>=',
    threshold: 8,
    deadline: 2025,
  },
  {
    id: 'rdIntensity2030',
    short: 'R&D intensity ≥2.8%, 2030',
    name: 'R&D intensity ≥ 2.8% of GDP by 2030',
    type: 'official',
    source: TARGET_SOURCES.innovationOutline,
    kind: 'threshold',
    indicator: 'rdIntensity',
    comparison: '>=',
    threshold: 2.8,
    deadline: 2030,
  },
  {
    id: 'aiCore2025',
    short: 'Core AI ≥400 bn, 2025',
    name: 'Core AI industry ≥ 400 bn yuan by 2025',
    type: 'official',
    source: TARGET_SOURCES.aiPlan2017,
    kind: 'threshold',
    indicator: 'aiCoreIndustry',
    comparison: '>=',
    threshold: 400,
    deadline: 2025,
  },
  {
    id: 'aiCore2030',
    short: 'Core AI ≥1 tn, 2030',
    name: 'Core AI industry ≥ 1,000 bn yuan by 2030',
    type: 'official',
    source: TARGET_SOURCES.aiPlan2017,
    kind: 'threshold',
    indicator: 'aiCoreIndustry',
    comparison: '>=',
    threshold: 1000,
    deadline: 2030,
  },
  {
    id: 'robotDensity2025',
    short: 'Robot density ≥492, 2025',
    name: 'Robot density doubles from 2020 (246) to ≥ 492 by 2025',
    type: 'official',
    source: TARGET_SOURCES.robotPlan,
    kind: 'threshold',
    indicator: 'robotDensity',
    comparison: '>=',
    threshold: 492,
    deadline: 2025,
  },
  {
    id: 'modelParity2030',
    short: 'Notable models ≥ US, 2030',
    name: 'China releases at least as many notable models as the US in 2030',
    type: 'analyst proxy',
    source: TARGET_SOURCES.analystProxy,
    kind: 'parity',
    indicator: 'notableModelsCN',
    comparison: '>=',
    other: 'notableModelsUS',
    deadline: 2030,
  },
  {
    id: 'llmShare2030',
    short: '≥50% of world LLMs, 2030',
    name: 'China ≥ 50% of world LLMs by 2030',
    type: 'analyst proxy',
    source: TARGET_SOURCES.analystProxy,
    kind: 'threshold',
    indicator: 'llmShareCN',
    comparison: '>=',
    threshold: 50,
    deadline: 2030,
  },
];

/**
 * met: observed at the deadline and satisfied; missed: observed and not satisfied;
 * on track / off track: the central projection's deadline value does / does not satisfy the goal.
 * Not words for display: a projected goal is worded by P(met) (status-word.ts).
 */
export type GoalStatusKind = 'met' | 'missed' | 'on track' | 'off track' | 'beyond horizon';

export interface GoalStatus {
  readonly goalId: string;
  readonly status: GoalStatusKind;
  /** The indicator's value in the deadline year; for growth goals the average growth in %/yr. */
  readonly value: number | undefined;
  /** The threshold it is compared with (for parity goals, the other indicator's value). */
  readonly target: number | undefined;
  /** Whether the deadline value is observed rather than projected. */
  readonly observed: boolean;
  /**
   * The vintage of the observations an observed status rests on (the least settled of them, so
   * "met on the preliminary 2025 figure"); absent when projected or read between observations.
   */
  readonly observedVintage?: Vintage;
  /** First year in which the goal's condition holds, or null if not by the horizon. */
  readonly firstYear: number | null;
  /** The vintage of the observations behind firstYear where that year is observed. */
  readonly firstYearVintage?: Vintage;
}

export function compare(value: number, comparison: Comparison, target: number): boolean {
  return comparison === '>=' ? value >= target : value <= target;
}

/** Average annual growth in percent between two years. */
export function averageGrowth(from: number, to: number, years: number): number {
  return (Math.pow(to / from, 1 / years) - 1) * 100;
}

/** The goal's measured value and target in a year, or undefined where the data do not reach. */
export function goalValueIn(
  goal: Goal,
  projection: Pick<Projection, 'values'>,
  year: number,
): { value: number; target: number } | undefined {
  const value = valueAt(projection, goal.indicator, year);
  if (value === undefined) return undefined;
  switch (goal.kind) {
    case 'threshold':
      return { value, target: goal.threshold };
    case 'parity': {
      const target = valueAt(projection, goal.other, year);
      return target === undefined ? undefined : { value, target };
    }
    case 'growth': {
      const start = valueAt(projection, goal.indicator, goal.fromYear);
      if (start === undefined || year <= goal.fromYear) return undefined;
      return { value: averageGrowth(start, value, year - goal.fromYear), target: goal.minGrowth };
    }
  }
}

export function goalComparison(goal: Goal): Comparison {
  return goal.kind === 'growth' ? '>=' : goal.comparison;
}

/** The goal's status in a projection of `data`, whose history tells observed from projected years. */
export function evaluateGoal(data: IndicatorData, goal: Goal, projection: Projection): GoalStatus {
  const comparison = goalComparison(goal);
  const atDeadline = goalValueIn(goal, projection, goal.deadline);
  const byId = indicatorsById(data);
  const ids = [goal.indicator, ...(goal.kind === 'parity' ? [goal.other] : [])];
  const lastObserved = ids
    .map((id) => lastObservedYear(byId[id]) ?? FIRST_YEAR - 1)
    .reduce((a, b) => Math.min(a, b));
  const observed = goal.deadline <= lastObserved;
  let firstYear: number | null = null;
  for (let year = FIRST_YEAR; year <= projection.horizon && firstYear === null; year++) {
    const v = goalValueIn(goal, projection, year);
    if (v && compare(v.value, comparison, v.target)) firstYear = year;
  }
  const ok = atDeadline !== undefined && compare(atDeadline.value, comparison, atDeadline.target);
  const status: GoalStatusKind =
    goal.deadline > projection.horizon
      ? 'beyond horizon'
      : observed
        ? ok
          ? 'met'
          : 'missed'
        : ok
          ? 'on track'
          : 'off track';
  const indicators = ids.map((id) => byId[id]);
  const yearsOf = (year: number) => (goal.kind === 'growth' ? [goal.fromYear, year] : [year]);
  const observedVintage = observed ? vintageOf(indicators, yearsOf(goal.deadline)) : undefined;
  const firstYearVintage =
    firstYear !== null && firstYear <= lastObserved
      ? vintageOf(indicators, yearsOf(firstYear))
      : undefined;
  return {
    goalId: goal.id,
    status,
    value: atDeadline?.value,
    target: atDeadline?.target,
    observed,
    ...(observedVintage ? { observedVintage } : {}),
    firstYear,
    ...(firstYearVintage ? { firstYearVintage } : {}),
  };
}

export const DEADLINE_MIN = 2020;
export const DEADLINE_MAX = 2040;

/** Indicators a goal can be set on: those the model projects. */
export const GOAL_INDICATORS: readonly IndicatorId[] = [
  'rdSpend',
  'rdIntensity',
  'basicShare',
  'aiUniversities',
  'aiGraduates',
  'aiCoreIndustry',
  'notableModelsCN',
  'notableModelsUS',
  'llmsCN',
  'llmsWorld',
  'llmShareCN',
  'robotInstalls',
  'robotDensity',
  'computeAccess',
  'domesticShare',
];

export type GoalErrors = Partial<
  Record<'name' | 'threshold' | 'deadline' | 'fromYear' | 'other' | 'indicator', string>
>;

/** What is wrong with a goal an analyst wrote, by field; empty when it can be saved. */
export function validateGoal(goal: Goal): GoalErrors {
  const errors: GoalErrors = {};
  const name = goal.name.trim();
  if (!name) errors.name = 'Give the goal a name.';
  else if (name.length > GOAL_NAME_MAX)
    errors.name = `Keep the name under ${GOAL_NAME_MAX} characters.`;
  if (!GOAL_INDICATORS.includes(goal.indicator))
    errors.indicator = 'Pick an indicator the model projects.';
  if (
    !Number.isInteger(goal.deadline) ||
    goal.deadline < DEADLINE_MIN ||
    goal.deadline > DEADLINE_MAX
  ) {
    errors.deadline = `The deadline must be a year from ${DEADLINE_MIN} to ${DEADLINE_MAX}.`;
  }
  if (goal.kind === 'threshold' && !Number.isFinite(goal.threshold))
    errors.threshold = 'The threshold needs a number.';
  if (goal.kind === 'growth') {
    if (!Number.isFinite(goal.minGrowth))
      errors.threshold = 'The growth needs a number (% per year).';
    const first = INDICATOR_BY_ID[goal.indicator]?.history.find((p) => p.primary)?.year;
    if (!Number.isInteger(goal.fromYear) || goal.fromYear >= goal.deadline) {
      errors.fromYear = 'The start year must come before the deadline.';
    } else if (first === undefined || goal.fromYear < first) {
      errors.fromYear = `The start year must have data${first === undefined ? '' : ` (from ${first})`}.`;
    }
  }
  if (
    goal.kind === 'parity' &&
    (goal.other === goal.indicator || !GOAL_INDICATORS.includes(goal.other))
  ) {
    errors.other = 'Compare with another projected indicator.';
  }
  return errors;
}
