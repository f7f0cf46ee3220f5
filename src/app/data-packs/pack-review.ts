/**
 * What applying a pack would change, for the review before Apply (PRODUCT.md, "Data packs and
 * vintages"): the points added and revised, and the goals whose status or P(met) moves. Pure.
 *
 * A point of the new pack is the same point as one of the old when it has the same indicator and
 * year and either the same publisher, compared as the import compares them (pack-merge.ts), or both
 * are the year's drawn (primary) figure: publishers rename between releases ("NBS" preliminary,
 * "NBS, MOST, MOF" final).
 */
import { outcomeText } from '../charts/goal-rows';
import { ModelConstants } from '../model/constants';
import { DataPack, PackIdentity } from '../model/data-pack';
import { Goal, GoalStatusKind, evaluateGoal } from '../model/goals';
import { HistoryPoint, IndicatorData, IndicatorId, Vintage } from '../model/indicators';
import { LeverValues } from '../model/levers';
import { project } from '../model/project';
import { normalPublisher } from './pack-merge';

export interface PointValue {
  readonly value: number;
  readonly vintage: Vintage;
  readonly released: string;
}

export interface PointChange {
  readonly indicator: IndicatorId;
  readonly name: string;
  readonly unit: string;
  readonly year: number;
  readonly publisher: string;
  /** Null for a point the old pack did not have. */
  readonly before: PointValue | null;
  readonly after: PointValue;
}

/** A goal as the review shows it: its status and, once simulated, P(met) as a share 0–1. */
export interface GoalOutcome {
  readonly status: GoalStatusKind;
  readonly observedVintage?: Vintage;
  readonly probability: number | null;
}

export interface GoalChange {
  readonly goalId: string;
  readonly name: string;
  readonly deadline: number;
  readonly before: GoalOutcome;
  readonly after: GoalOutcome;
}

export interface PackReview {
  readonly fileName: string;
  /** The pack in force when the file was read: the new pack holds its figures too. */
  readonly base: PackIdentity;
  readonly pack: DataPack;
  readonly notes: readonly string[];
  readonly added: readonly PointChange[];
  readonly revised: readonly PointChange[];
  readonly goals: readonly GoalChange[];
  /** Whether P(met) has been simulated on both packs (the goals list is final). */
  readonly simulated: boolean;
}

export function pointChanges(
  before: IndicatorData,
  after: IndicatorData,
): { added: PointChange[]; revised: PointChange[] } {
  const added: PointChange[] = [];
  const revised: PointChange[] = [];
  const old = new Map(before.map((indicator) => [indicator.id, indicator.history]));
  for (const indicator of after) {
    const history = old.get(indicator.id) ?? [];
    for (const point of indicator.history) {
      const match = history.find((p) => samePoint(p, point));
      if (match && sameFigure(match, point)) continue;
      const change: PointChange = {
        indicator: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        year: point.year,
        publisher: point.source.publisher,
        before: match ? valueOf(match) : null,
        after: valueOf(point),
      };
      (match ? revised : added).push(change);
    }
  }
  return { added, revised };
}

/**
 * The goals whose line in the review (outcomeText: status word, vintage, P(met) as shown) differs.
 * A probability not yet known on one side does not count as a change by itself: then only the
 * status and its vintage are compared.
 */
export function goalChanges(
  goals: readonly Pick<Goal, 'id' | 'name' | 'deadline'>[],
  before: readonly GoalOutcome[],
  after: readonly GoalOutcome[],
): GoalChange[] {
  return goals
    .map((goal, i) => ({
      goalId: goal.id,
      name: goal.name,
      deadline: goal.deadline,
      before: before[i],
      after: after[i],
    }))
    .filter(({ before: b, after: a, deadline }) => b && a && moved(b, a, deadline));
}

function moved(b: GoalOutcome, a: GoalOutcome, deadline: number): boolean {
  if (b.probability === null || a.probability === null)
    return b.status !== a.status || b.observedVintage !== a.observedVintage;
  return outcomeText(b, deadline) !== outcomeText(a, deadline);
}

function samePoint(a: HistoryPoint, b: HistoryPoint): boolean {
  return (
    a.year === b.year &&
    ((a.primary && b.primary) ||
      normalPublisher(a.source.publisher) === normalPublisher(b.source.publisher))
  );
}

function sameFigure(a: HistoryPoint, b: HistoryPoint): boolean {
  return a.value === b.value && a.vintage === b.vintage && a.released === b.released;
}

function valueOf(point: HistoryPoint): PointValue {
  return { value: point.value, vintage: point.vintage, released: point.released };
}

/** Each goal's status on a pack, with P(met) where a simulation has given it. */
export function goalOutcomes(
  data: IndicatorData,
  goals: readonly Goal[],
  inputs: { levers: LeverValues; constants: ModelConstants; horizon: number },
  probability: Readonly<Record<string, number>> | null,
): GoalOutcome[] {
  const projection = project(data, inputs.levers, inputs.constants, inputs.horizon);
  return goals.map((goal) => {
    const status = evaluateGoal(data, goal, projection);
    return {
      status: status.status,
      ...(status.observedVintage ? { observedVintage: status.observedVintage } : {}),
      probability: probability?.[goal.id] ?? null,
    };
  });
}
