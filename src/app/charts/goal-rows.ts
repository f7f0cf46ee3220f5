/** The goals panel's rows as display text: pure, so its wording is checked by specs. */
import { formatSigned, formatWithUnit } from '../format/number';
import { Gap } from '../model/goal-sensitivity';
import { Goal, GoalStatus, GoalStatusKind, goalComparison } from '../model/goals';
import { INDICATOR_BY_ID } from '../model/indicators';
import { formatSource } from '../model/sources';
import { StatusWord, statusWord } from '../model/status-word';

export interface GoalRow {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly type: Goal['type'];
  readonly source: string;
  readonly status: GoalStatusKind;
  /** The status word everywhere (model/status-word.ts); null until a projected goal is simulated. */
  readonly word: StatusWord | null;
  /** The status in words, naming the vintage a met or missed deadline was judged on. */
  readonly verdict: string;
  readonly deadline: number;
  readonly value: string;
  readonly target: string;
  readonly gap: string;
  readonly firstYear: string;
  /** Deadline value as a percentage of the target, for the chart (≤ goals inverted). */
  readonly progress: number | null;
  /** Growth needed from the last observation against the projected growth, where both apply. */
  readonly growth: string;
  readonly aheadBehind: string;
  /** Share of Monte Carlo paths meeting the goal, 0–1, or null until the run is in. */
  readonly probability: number | null;
  readonly likelihood: Likelihood | null;
}

/** Calibrated words for a probability, as in IPCC reports; each with its colour band. */
export type Likelihood =
  'very unlikely' | 'unlikely' | 'about as likely as not' | 'likely' | 'very likely';

export function likelihood(p: number): Likelihood {
  if (p < 0.1) return 'very unlikely';
  if (p < 0.33) return 'unlikely';
  if (p <= 0.66) return 'about as likely as not';
  if (p <= 0.9) return 'likely';
  return 'very likely';
}

export function growthText(gap: Gap): string {
  if (gap.neededGrowth === null || gap.projectedGrowth === null) return '–';
  return `needs ${formatSigned(gap.neededGrowth)}%/yr from ${gap.baseYear}; projected ${formatSigned(gap.projectedGrowth)}%/yr`;
}

export function aheadBehindText(gap: Gap, horizon: number, deadline: number): string {
  const d = gap.yearsAheadOrBehind;
  if (d === null) return `behind: not reached by ${horizon}`;
  if (d === 0) return 'on time';
  const years = Math.abs(d) === 1 ? 'year' : 'years';
  return d < 0 ? `${-d} ${years} ahead` : `${d} ${years} behind (${deadline + d})`;
}

/**
 * "missed on the preliminary 2025 figure": a deadline that has passed is judged on what was
 * published, which may still change; other statuses as they are.
 */
export function verdictText(status: GoalStatus, deadline: number): string {
  if (status.status !== 'met' && status.status !== 'missed') return status.status;
  return status.observedVintage
    ? `${status.status} on the ${status.observedVintage} ${deadline} figure`
    : `${status.status} on the observed ${deadline} value`;
}

/** "2025 (preliminary figure)": the first year met, naming an observation that may still change. */
export function firstYearText(status: GoalStatus, horizon: number): string {
  if (status.firstYear === null) return `not by ${horizon}`;
  const vintage = status.firstYearVintage;
  return vintage && vintage !== 'final'
    ? `${status.firstYear} (${vintage} figure)`
    : String(status.firstYear);
}

function unitOf(goal: Goal): string {
  if (goal.kind === 'growth') return '%/yr';
  return INDICATOR_BY_ID[goal.indicator].unit;
}

function valueKind(status: GoalStatus): string {
  if (!status.observed) return 'projected';
  return status.observedVintage ? `observed, ${status.observedVintage}` : 'observed';
}

export function goalRow(
  goal: Goal,
  status: GoalStatus,
  horizon: number,
  outlook: Gap,
  simulated: number | null = null,
): GoalRow {
  // Past the horizon no path reaches the deadline, so there is no probability to state.
  const probability = status.status === 'beyond horizon' ? null : simulated;
  const unit = unitOf(goal);
  const { value, target } = status;
  const known = value !== undefined && target !== undefined;
  const gap = known ? value - target : undefined;
  const comparison = goalComparison(goal) === '>=' ? '≥' : '≤';
  const progress =
    known && target !== 0 && value !== 0
      ? (goalComparison(goal) === '>=' ? value / target : target / value) * 100
      : null;
  return {
    id: goal.id,
    name: goal.name,
    short: goal.short,
    type: goal.type,
    source: formatSource(goal.source),
    status: status.status,
    word: statusWord(status.status, probability),
    verdict: verdictText(status, goal.deadline),
    deadline: goal.deadline,
    value: value === undefined ? '–' : `${formatWithUnit(value, unit)} (${valueKind(status)})`,
    target:
      target === undefined
        ? '–'
        : goal.kind === 'parity'
          ? `${comparison} ${formatWithUnit(target, unit)} (${INDICATOR_BY_ID[goal.other].name})`
          : `${comparison} ${formatWithUnit(target, unit)}`,
    gap: gap === undefined ? '–' : `${gap >= 0 ? '+' : '−'}${formatWithUnit(Math.abs(gap), unit)}`,
    firstYear: firstYearText(status, horizon),
    progress,
    growth: growthText(outlook),
    aheadBehind: aheadBehindText(outlook, horizon, goal.deadline),
    probability,
    likelihood: probability === null ? null : likelihood(probability),
  };
}
