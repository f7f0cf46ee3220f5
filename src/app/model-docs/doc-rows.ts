/** The Model page's table rows: pure, so what the page says is checked by specs. */
import { CONSTANTS_INFO, DEFAULT_CONSTANTS, ModelConstants } from '../model/constants';
import { Goal } from '../model/goals';
import { Indicator } from '../model/indicators';
import { formatSource } from '../model/sources';

export interface ConstantRow {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly value: number;
  readonly default: number;
  /** The scenario's value differs from the model's default. */
  readonly changed: boolean;
}

export interface EquationRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** The projection equation, or null for a history-only series. */
  readonly equation: string | null;
}

export interface GoalRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly source: string;
}

export function constantRows(constants: ModelConstants): ConstantRow[] {
  return CONSTANTS_INFO.map((c) => ({
    id: c.id,
    label: c.label,
    description: c.description,
    value: constants[c.id],
    default: DEFAULT_CONSTANTS[c.id],
    changed: constants[c.id] !== DEFAULT_CONSTANTS[c.id],
  }));
}

export function equationRows(indicators: readonly Indicator[]): EquationRow[] {
  return indicators.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    equation: i.projection === 'none' ? null : i.projection,
  }));
}

export function goalRows(goals: readonly Goal[]): GoalRow[] {
  return goals.map((g) => ({
    id: g.id,
    name: g.name,
    type: g.type,
    source: formatSource(g.source),
  }));
}
