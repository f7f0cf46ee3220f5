/**
 * A chart in words, for screen readers and the text under each panel: each target with where the
 * projection stands against it, then each other series' last observed and projected value.
 * Narrow input types of its own rather than PanelView's: panel-view.ts builds its summary here, and
 * importing its types back would make a cycle.
 */
import { formatNumber, unitSuffix } from '../format/number';
import { Goal, GoalStatus } from '../model/goals';
import { YearValue } from '../model/project';
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

function describeTarget(
  target: SummaryTarget,
  goal: Goal,
  status: GoalStatus | undefined,
  series: readonly SummarySeries[],
  horizon: number,
): string {
  const s = series.find((x) => x.key === goal.indicator);
  const value = status?.value;
  const unit = s ? unitSuffix(s.unit) : '';
  const judged = status?.status === 'met' || status?.status === 'missed';
  const reached = !status
    ? `not met by ${horizon}`
    : judged
      ? verdictText(status, goal.deadline) +
        (status.status === 'missed' && status.firstYear !== null
          ? `, projected to be reached in ${status.firstYear}`
          : '')
      : status.firstYear === null
        ? `not met by ${horizon}`
        : status.status === 'off track' && status.firstYear < goal.deadline
          ? `reached in ${firstYearText(status, horizon)} but off track for ${goal.deadline}`
          : `met in ${firstYearText(status, horizon)}`;
  const verb = judged ? 'was' : 'reaches';
  const head =
    value === undefined || !s
      ? ''
      : `${s.name} ${verb} ${formatNumber(value)}${unit} in ${goal.deadline}; `;
  const what =
    goal.kind === 'parity'
      ? `${goal.name}`
      : `target ${formatNumber(target.value)}${unit} by ${goal.deadline}`;
  return `${head}${what}: ${reached}`;
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

/**
 * The targets first, then the series no target speaks for; other publishers' points are left out,
 * as they are not what the projection follows.
 */
export function panelSummary(
  series: readonly SummarySeries[],
  targets: readonly SummaryTarget[],
  goals: readonly Goal[],
  statuses: readonly GoalStatus[],
  horizon: number,
): string {
  const targetText = targets.map((t) => {
    const goal = goals.find((g) => g.id === t.goalId)!;
    return describeTarget(
      t,
      goal,
      statuses.find((st) => st.goalId === t.goalId),
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
