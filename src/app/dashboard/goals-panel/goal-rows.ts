/** The goals panel's rows as display text: pure, so its wording is checked by specs. */
import { formatNumber } from '../../charts/panels';
import { Goal, GoalStatus, GoalStatusKind, goalComparison } from '../../model/goals';
import { INDICATOR_BY_ID } from '../../model/indicators';
import { formatSource } from '../../model/sources';

export interface GoalRow {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly type: Goal['type'];
  readonly source: string;
  readonly status: GoalStatusKind;
  readonly deadline: number;
  readonly value: string;
  readonly target: string;
  readonly gap: string;
  readonly firstYear: string;
  /** Deadline value as a percentage of the target, for the chart (≤ goals inverted). */
  readonly progress: number | null;
}

function unitOf(goal: Goal): string {
  if (goal.kind === 'growth') return '%/yr';
  return INDICATOR_BY_ID[goal.indicator].unit;
}

function withUnit(value: number, unit: string): string {
  return unit.startsWith('%') ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

export function goalRow(goal: Goal, status: GoalStatus, horizon: number): GoalRow {
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
    deadline: goal.deadline,
    value: value === undefined ? '–' : `${withUnit(value, unit)} (${status.observed ? 'observed' : 'projected'})`,
    target:
      target === undefined
        ? '–'
        : goal.kind === 'parity'
          ? `${comparison} ${withUnit(target, unit)} (${INDICATOR_BY_ID[goal.other].name})`
          : `${comparison} ${withUnit(target, unit)}`,
    gap: gap === undefined ? '–' : `${gap >= 0 ? '+' : '−'}${withUnit(Math.abs(gap), unit)}`,
    firstYear: status.firstYear === null ? `not by ${horizon}` : String(status.firstYear),
    progress,
  };
}
