/** The goals panel's rows as display text: pure, so its wording is checked by specs. */
import { formatSigned, formatWithUnit } from '../format/number';
import { formatProbability } from '../format/probability';
import { Gap } from '../model/goal-sensitivity';
import { Comparison, Goal, GoalStatus, GoalStatusKind, goalComparison } from '../model/goals';
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
  /**
   * The status as one phrase: the word, naming the vintage a met or missed deadline was judged on,
   * or "simulating…" while a projected goal's probability is not in.
   */
  readonly verdict: string;
  /** What a met or missed deadline was judged on ("on the preliminary 2025 figure"), else null. */
  readonly basis: string | null;
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
  /** P(met) as shown beside a projected goal's word ("94%"); null for observed deadlines or before the run. */
  readonly probabilityText: string | null;
}

/** Text that stands for a word while the simulation that decides it runs. */
export const PENDING_WORD = 'simulating…';

/** Whether a word judges a projected deadline by its probability (not an observation). */
export function isProjectedWord(word: StatusWord | null): boolean {
  return word === 'likely' || word === 'about as likely as not' || word === 'unlikely';
}

/**
 * "needs at least +4.5%/yr 2025–2030 to reach the target; projected +3.1%/yr": the average growth
 * from the last observation to the deadline that reaches the target (a floor for ≥ goals, a ceiling
 * for ≤), against what the central projection gives over the same years.
 */
export function growthText(gap: Gap, comparison: Comparison, deadline: number): string {
  if (gap.neededGrowth === null || gap.projectedGrowth === null) return '–';
  const bound = comparison === '>=' ? 'at least' : 'at most';
  return `needs ${bound} ${formatSigned(gap.neededGrowth)}%/yr ${gap.baseYear}–${deadline} to reach the target; projected ${formatSigned(gap.projectedGrowth)}%/yr`;
}

export function aheadBehindText(gap: Gap, horizon: number, deadline: number): string {
  const d = gap.yearsAheadOrBehind;
  if (d === null) return `behind: not reached by ${horizon}`;
  if (d === 0) return 'on time';
  const years = Math.abs(d) === 1 ? 'year' : 'years';
  return d < 0 ? `${-d} ${years} ahead` : `${d} ${years} behind (${deadline + d})`;
}

/**
 * "on the preliminary 2025 figure": a deadline that has passed is judged on what was published,
 * which may still change. Null for a deadline not observed.
 */
export function basisText(
  status: Pick<GoalStatus, 'status' | 'observedVintage'>,
  deadline: number,
): string | null {
  if (status.status !== 'met' && status.status !== 'missed') return null;
  return status.observedVintage
    ? `on the ${status.observedVintage} ${deadline} figure`
    : `on the observed ${deadline} value`;
}

/**
 * "missed on the preliminary 2025 figure", "likely": an observed deadline with what it was judged
 * on, a projected one by its word (statusWord), or "simulating…" until its probability is in.
 */
export function verdictText(
  status: Pick<GoalStatus, 'status' | 'observedVintage'>,
  deadline: number,
  word: StatusWord | null,
): string {
  const basis = basisText(status, deadline);
  return basis ? `${status.status} ${basis}` : (word ?? PENDING_WORD);
}

/**
 * A goal's outcome in one line, as the pack review lists it: "likely, P(met) 94%", "missed on the
 * preliminary 2025 figure": the status word, with P(met) where P decides it. Before the simulation,
 * what the central projection alone says, in words that are not a status word.
 */
export function outcomeText(
  outcome: Pick<GoalStatus, 'status' | 'observedVintage'> & { readonly probability: number | null },
  deadline: number,
): string {
  const word = statusWord(outcome.status, outcome.probability);
  if (word !== null && isProjectedWord(word))
    return `${word}, P(met) ${formatProbability(outcome.probability!)}`;
  if (word !== null) return verdictText(outcome, deadline, word);
  const central = outcome.status === 'on track' ? 'reaches the target' : 'falls short';
  return `the central projection ${central} in ${deadline}; P(met) ${PENDING_WORD}`;
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
  // A value computed to equal its target (R&D keeping pace with GDP) differs from it by rounding
  // noise alone: no gap, rather than "+4.44E-16".
  const gap = !known
    ? undefined
    : Math.abs(value - target) <= 1e-9 * Math.max(Math.abs(value), Math.abs(target))
      ? 0
      : value - target;
  const comparison = goalComparison(goal) === '>=' ? '≥' : '≤';
  const word = statusWord(status.status, probability);
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
    word,
    verdict: verdictText(status, goal.deadline, word),
    basis: basisText(status, goal.deadline),
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
    growth: growthText(outlook, goalComparison(goal), goal.deadline),
    aheadBehind: aheadBehindText(outlook, horizon, goal.deadline),
    probability,
    probabilityText:
      probability !== null && isProjectedWord(word) ? formatProbability(probability) : null,
  };
}
