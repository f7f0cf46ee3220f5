/**
 * A chart in words, for screen readers, slide captions and decks: each target with its status word
 * and P(met) and where the central projection stands against it, then each other series' last
 * observed and projected value.
 * Narrow input types of its own rather than PanelView's: panel-view.ts builds its summary here, and
 * importing its types back would make a cycle.
 */
import { formatNumber, unitSuffix } from '../format/number';
import { formatProbability } from '../format/probability';
import { Goal, GoalStatus } from '../model/goals';
import { YearValue } from '../model/project';
import { statusWord } from '../model/status-word';
import { firstYearText, verdictText } from './goal-rows';

/** What a summary reads of a chart series. */
export interface SummarySeries {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly type: string;
  readonly observed: readonly YearValue[];
  readonly projected: readonly YearValue[];
}

/** What a summary reads of a target marked on a chart. */
export interface SummaryTarget {
  readonly goalId: string;
  readonly value: number;
}

/**
 * When the central projection first reaches the target: an observed year names its vintage; a
 * projected one is "reached … on the central projection", never "met", which only the probability
 * or an observation may say.
 */
function reachText(status: GoalStatus, deadline: number, horizon: number): string {
  if (status.firstYear === null) return `not reached by ${horizon} on the central projection`;
  const first = status.firstYearVintage
    ? `first reached in ${firstYearText(status, horizon)}`
    : `reached in ${status.firstYear} on the central projection`;
  // Reached before the deadline and lost again by it.
  return status.status === 'off track' && status.firstYear < deadline
    ? `${first}, but not in ${deadline} on the central projection`
    : first;
}

/** "likely (P(met) 94%); reached in 2026 on the central projection", or the observed verdict. */
export function statusText(
  goal: Pick<Goal, 'deadline'>,
  status: GoalStatus,
  probability: number | null,
  horizon: number,
): string {
  const word = statusWord(status.status, probability);
  const reach = reachText(status, goal.deadline, horizon);
  switch (status.status) {
    case 'met':
      return verdictText(status, goal.deadline, word);
    case 'missed':
      return `${verdictText(status, goal.deadline, word)}; ${reach}`;
    case 'beyond horizon':
      return `beyond horizon (the projection ends in ${horizon}); ${reach}`;
    default:
      return word === null
        ? `P(met) not yet simulated; ${reach}`
        : `${word} (P(met) ${formatProbability(probability!)}); ${reach}`;
  }
}

function describeTarget(
  target: SummaryTarget,
  goal: Goal,
  status: GoalStatus | undefined,
  probability: number | null,
  series: readonly SummarySeries[],
  horizon: number,
): string {
  const s = series.find((x) => x.key === goal.indicator);
  const value = status?.value;
  const unit = s ? unitSuffix(s.unit) : '';
  const judged = status?.status === 'met' || status?.status === 'missed';
  const verb = judged ? 'was' : 'reaches';
  const head =
    value === undefined || !s
      ? ''
      : `${s.name} ${verb} ${formatNumber(value)}${unit} in ${goal.deadline}; `;
  const what =
    goal.kind === 'parity'
      ? `${goal.name}`
      : `target ${formatNumber(target.value)}${unit} by ${goal.deadline}`;
  return status ? `${head}${what}: ${statusText(goal, status, probability, horizon)}` : what;
}

function describeSeries(s: SummarySeries): string {
  const lastObserved = s.observed.at(-1);
  const lastProjected = s.projected.at(-1);
  const parts: string[] = [];
  if (lastObserved)
    parts.push(`${formatNumber(lastObserved.value)}${unitSuffix(s.unit)} in ${lastObserved.year}`);
  if (lastProjected)
    parts.push(
      `${formatNumber(lastProjected.value)}${unitSuffix(s.unit)} projected for ${lastProjected.year}`,
    );
  return `${s.name}: ${parts.join(', ')}`;
}

/** P(met) per goal id, from the Monte Carlo run for the levers in force. */
export type GoalProbabilities = Readonly<Record<string, number>>;

/**
 * The targets first, each with its status word and P(met) (null until simulated), then the series
 * no target speaks for; other publishers' points are left out,
 * as they are not what the projection follows.
 */
export function panelSummary(
  series: readonly SummarySeries[],
  targets: readonly SummaryTarget[],
  goals: readonly Goal[],
  statuses: readonly GoalStatus[],
  horizon: number,
  probabilities: GoalProbabilities | null = null,
): string {
  const targetText = targets.map((t) => {
    const goal = goals.find((g) => g.id === t.goalId)!;
    return describeTarget(
      t,
      goal,
      statuses.find((st) => st.goalId === t.goalId),
      probabilities?.[t.goalId] ?? null,
      series,
      horizon,
    );
  });
  const seriesText = series
    .filter(
      (s) =>
        s.type !== 'scatter' &&
        !targets.some((t) => goals.find((g) => g.id === t.goalId)?.indicator === s.key),
    )
    .map(describeSeries);
  return [...targetText, ...seriesText].join('; ');
}
