/**
 * The "Goals at a glance" cards: each visible goal's status word, P(met) with the number of paths,
 * the value at the deadline against the target, the line it sits on, and the panel that charts it.
 * The words come from the goal rows, so a card never says what the goals table does not.
 */
import { createSelector } from '@ngrx/store';
import { GoalRow } from '../../charts/goal-rows';
import { PANEL_SPECS, PanelId } from '../../charts/panel-specs';
import { formatCount, formatNumber, formatPercent, formatWithUnit } from '../../format/number';
import { Goal, GoalStatus, goalComparison } from '../../model/goals';
import { INDICATOR_BY_ID, indicatorsById, lastObservedYear } from '../../model/indicators';
import { FIRST_YEAR, Projection, YearValue, valueAt } from '../../model/project';
import { StatusWord } from '../../model/status-word';
import {
  selectGoalStatuses,
  selectGoals,
  selectMonteCarlo,
  selectProjection,
} from '../projection.selectors';
import { selectGoalRows } from './goal-rows.selectors';

/** A goal's indicator over the years shown, and its target as a line, for a sparkline. */
export interface GoalTrace {
  readonly observed: readonly YearValue[];
  /** From the last observation on, so the two lines join. */
  readonly projected: readonly YearValue[];
  /** The level the goal asks for: flat for a threshold, the other series for parity, a path for growth. */
  readonly target: readonly YearValue[];
  /** Where the target is judged: the deadline and the target's value then, if in range. */
  readonly mark: YearValue | null;
}

export interface GoalCard {
  readonly id: string;
  readonly name: string;
  /** The one status word (model/status-word.ts); null while a projected goal is not simulated yet. */
  readonly word: StatusWord | null;
  /** "P(met) 94% · 2,000 paths" for a projected deadline once simulated, else what stands instead. */
  readonly probability: string | null;
  /** "2030, projected: 2.93 against ≥ 2.8% of GDP". */
  readonly atDeadline: string;
  /** The chart panel that draws the goal's indicator. */
  readonly panel: { readonly id: PanelId; readonly title: string } | null;
  readonly trace: GoalTrace;
}

/** "94%", but never "100%" or "0%" for a share of paths that is not all or none. */
export function pathShare(share: number): string {
  const text = formatPercent(share);
  if (text === '100%' && share < 1) return '>99%';
  if (text === '0%' && share > 0) return '<1%';
  return text;
}

function probabilityText(row: GoalRow, status: GoalStatus, paths: number | null): string | null {
  if (status.status === 'beyond horizon') return `Deadline ${row.deadline} is past the horizon`;
  if (status.observed) return null;
  if (row.probability === null || paths === null) return null;
  return `P(met) ${pathShare(row.probability)} · ${formatCount(paths)} paths`;
}

function unitOf(goal: Goal): string {
  return goal.kind === 'growth' ? '%/yr' : INDICATOR_BY_ID[goal.indicator].unit;
}

function atDeadlineText(goal: Goal, status: GoalStatus): string {
  const { value, target } = status;
  if (value === undefined || target === undefined) return `${goal.deadline}: no value`;
  const kind = status.observed
    ? `observed${status.observedVintage && status.observedVintage !== 'final' ? ` (${status.observedVintage})` : ''}`
    : 'projected';
  const against = `${goalComparison(goal) === '>=' ? '≥' : '≤'} ${formatWithUnit(target, unitOf(goal))}`;
  const of =
    goal.kind === 'parity'
      ? ` (${INDICATOR_BY_ID[goal.other].name})`
      : goal.kind === 'growth'
        ? `, average since ${goal.fromYear}`
        : '';
  return `${goal.deadline}, ${kind}: ${formatNumber(value)} against ${against}${of}`;
}

function pointsOf(
  projection: Projection,
  id: Goal['indicator'],
  from: number,
  to: number,
): YearValue[] {
  return yearsFrom(from, to).flatMap((year) => {
    const value = valueAt(projection, id, year);
    return value === undefined || !Number.isFinite(value) ? [] : [{ year, value }];
  });
}

/** The level the goal asks for in a year, where it can be said. */
function targetIn(goal: Goal, projection: Projection, year: number): number | undefined {
  switch (goal.kind) {
    case 'threshold':
      return Number.isFinite(goal.threshold) ? goal.threshold : undefined;
    case 'parity':
      return valueAt(projection, goal.other, year);
    case 'growth': {
      const start = valueAt(projection, goal.indicator, goal.fromYear);
      if (start === undefined || year < goal.fromYear || year > goal.deadline) return undefined;
      return start * (1 + goal.minGrowth / 100) ** (year - goal.fromYear);
    }
  }
}

/** The goal's indicator, observed then projected, and its target, from FIRST_YEAR to the horizon. */
export function goalTrace(goal: Goal, projection: Projection): GoalTrace {
  const { horizon } = projection;
  const last = lastObservedYear(indicatorsById(projection.data)[goal.indicator]);
  const observed = last === null ? [] : pointsOf(projection, goal.indicator, FIRST_YEAR, last);
  const projected = pointsOf(projection, goal.indicator, last ?? FIRST_YEAR, horizon);
  const first = observed[0]?.year ?? projected[0]?.year ?? FIRST_YEAR;
  const target = yearsFrom(first, horizon).flatMap((year) => {
    const value = targetIn(goal, projection, year);
    return value === undefined || !Number.isFinite(value) ? [] : [{ year, value }];
  });
  return {
    observed,
    projected,
    target,
    mark: target.find((p) => p.year === goal.deadline) ?? null,
  };
}

function yearsFrom(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The first panel that draws the goal's indicator (PANEL_SPECS order is the page's). */
export function panelOf(goal: Goal): GoalCard['panel'] {
  const spec = PANEL_SPECS.find((p) => p.series.some((s) => s.indicator === goal.indicator));
  return spec ? { id: spec.id, title: spec.title } : null;
}

export function goalCard(
  goal: Goal,
  row: GoalRow,
  status: GoalStatus,
  projection: Projection,
  paths: number | null,
): GoalCard {
  return {
    id: goal.id,
    name: goal.name,
    word: row.word,
    probability: probabilityText(row, status, paths),
    atDeadline: atDeadlineText(goal, status),
    panel: panelOf(goal),
    trace: goalTrace(goal, projection),
  };
}

/** One card per goal in force (hidden official goals are not in force). */
export const selectGoalCards = createSelector(
  selectGoals,
  selectGoalRows,
  selectGoalStatuses,
  selectProjection,
  selectMonteCarlo,
  (goals, rows, statuses, projection, monteCarlo): GoalCard[] =>
    goals.map((goal, i) =>
      goalCard(goal, rows[i], statuses[i], projection, monteCarlo?.paths ?? null),
    ),
);
