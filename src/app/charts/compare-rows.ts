/**
 * The comparison table as display text: each compared scenario's lever values and goal outcomes,
 * the difference of each from the first scenario, and which goals' status words differ. Pure.
 */
import { formatDelta, formatNumber, formatPercent, unitSuffix } from '../format/number';
import { Goal, GoalStatus } from '../model/goals';
import { INDICATOR_BY_ID } from '../model/indicators';
import { Lever } from '../model/levers';
import { statusWord } from '../model/status-word';
import { ScenarioStyle } from './palette';

/** The compared scenarios as the store derives them (selectComparisonTable). */
export interface ComparisonTable {
  readonly names: readonly string[];
  /** How each scenario is drawn on the charts, so the table can key them. */
  readonly styles: readonly ScenarioStyle[];
  readonly levers: readonly { readonly lever: Lever; readonly values: readonly number[] }[];
  readonly outcomes: readonly {
    readonly goal: Goal;
    readonly statuses: readonly GoalStatus[];
    readonly probabilities: readonly (number | null)[];
  }[];
  /** Paths behind the probabilities, or null until the simulation of the compared scenarios is in. */
  readonly paths: number | null;
}

export interface LeverCompareRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly cells: readonly { readonly value: number; readonly isDefault: boolean }[];
  /** Each scenario after the first, against the first: "+2 pp/yr", "−0.3". */
  readonly deltas: readonly string[];
}

export interface OutcomeCell {
  /** The status word: met / missed / likely … with P(met), else "reached" / "not reached". */
  readonly word: string;
  readonly value: string;
  readonly probability: string | null;
}

export interface OutcomeCompareRow {
  readonly id: string;
  readonly name: string;
  readonly cells: readonly OutcomeCell[];
  /** Each scenario after the first, against the first, at the deadline. */
  readonly deltas: readonly string[];
  /** Whether the status word is not the same in every compared scenario. */
  readonly differs: boolean;
}

export interface CompareRows {
  readonly levers: readonly LeverCompareRow[];
  readonly outcomes: readonly OutcomeCompareRow[];
}

/**
 * A difference's unit: of a percentage, percentage points ("% of GDP" → "pp of GDP"), since "+0.4%"
 * would read as a relative change.
 */
export function deltaUnit(unit: string): string {
  return unit.startsWith('%') ? `pp${unit.slice(1)}` : unit;
}

/** The unit after a difference: none for a 0–1 scale ("+0.3", not "+0.3 0–1"). */
function deltaSuffix(unit: string): string {
  return unit === '0–1' ? '' : unitSuffix(deltaUnit(unit));
}

/** "+0.38 pp of GDP", "−1,230 bn yuan", "0" for none; "–" where either side has no value. */
export function deltaText(
  value: number | undefined,
  first: number | undefined,
  unit: string,
): string {
  if (value === undefined || first === undefined) return '–';
  const delta = value - first;
  return delta === 0 ? '0' : `${formatDelta(delta)}${deltaSuffix(unit)}`;
}

function goalUnit(goal: Goal): string {
  return goal.kind === 'growth' ? '%/yr' : INDICATOR_BY_ID[goal.indicator].unit;
}

/**
 * One status vocabulary (model/status-word.ts): P(met) decides a projected goal's word once the
 * simulation of the compared scenarios is in; before that the single projection only says whether
 * it reaches the target, never "on track".
 */
export function outcomeWord(status: GoalStatus, probability: number | null): string {
  const word = statusWord(status.status, probability);
  if (word) return word;
  return status.status === 'on track' ? 'reached' : 'not reached';
}

export function compareRows(table: ComparisonTable): CompareRows {
  const levers = table.levers.map(({ lever, values }) => ({
    id: lever.id,
    label: lever.label,
    unit: lever.unit,
    cells: values.map((value) => ({ value, isDefault: value === lever.default })),
    deltas: values.slice(1).map((v) => deltaText(v, values[0], lever.unit)),
  }));
  const outcomes = table.outcomes.map(({ goal, statuses, probabilities }) => {
    const unit = goalUnit(goal);
    const cells = statuses.map((s, i) => ({
      word: outcomeWord(s, probabilities[i] ?? null),
      value: s.value === undefined ? '–' : `${formatNumber(s.value)}${unitSuffix(unit)}`,
      probability: probabilities[i] == null ? null : formatPercent(probabilities[i]!),
    }));
    return {
      id: goal.id,
      name: goal.name,
      cells,
      deltas: statuses.slice(1).map((s) => deltaText(s.value, statuses[0].value, unit)),
      differs: new Set(cells.map((c) => c.word)).size > 1,
    };
  });
  return { levers, outcomes };
}
