/**
 * The step-through of a briefing slide: from the baseline, the scenario's changed levers applied one
 * at a time in lever order, each step with the slide's view and what that lever did to the slide's
 * goal (or, on a slide without a goal, to its first series with a value at the horizon). Pure.
 */
import { leverText } from '../format/lever-text';
import { formatNumber, unitSuffix } from '../format/number';
import { ModelConstants } from '../model/constants';
import { Goal, GoalStatus, evaluateGoal } from '../model/goals';
import { IndicatorData } from '../model/indicators';
import { DEFAULT_LEVERS, LEVERS, Lever, LeverValues } from '../model/levers';
import { Projection, project } from '../model/project';
import { PANEL_SPECS, PanelId } from './panel-specs';
import { PanelSeries, PanelView, buildPanelView } from './panel-view';

export interface Step {
  /** "Baseline" or "R&D spending growth (nominal): 8 → 10 %/yr". */
  readonly title: string;
  /**
   * What this step did to the slide's goal, e.g. "R&D intensity ≥2.8%, 2030: 3.28 → 3.66% of GDP;
   * reached in 2025 (was 2026) on the central projection".
   */
  readonly effect: string;
  readonly view: PanelView;
}

interface Measure {
  readonly label: string;
  readonly value: number | undefined;
  readonly unit: string;
  /** What stands in for a missing value, e.g. "deadline beyond the 2035 horizon". */
  readonly missing: string;
  readonly status?: GoalStatus;
}

function leverChange(lever: Lever, from: number, to: number): string {
  return `${lever.label}: ${formatNumber(from)} → ${leverText(to, lever.unit)}`;
}

function valueIn(series: PanelSeries, year: number): number | undefined {
  return [...series.observed, ...series.projected].find((p) => p.year === year)?.value;
}

/**
 * The slide's goal (its first target) measured in a projection, else, at the horizon, its first
 * series that has a value there: a series observed only (program points per cycle) has none, and
 * "no value → no value" would say nothing.
 */
function measure(
  data: IndicatorData,
  view: PanelView,
  goals: readonly Goal[],
  projection: Projection,
): Measure {
  const horizon = projection.horizon;
  const goal = goals.find((g) => g.id === view.targets[0]?.goalId);
  if (goal) {
    const status = evaluateGoal(data, goal, projection);
    const unit =
      goal.kind === 'growth'
        ? '%/yr'
        : (view.series.find((s) => s.key === goal.indicator)?.unit ?? '');
    const missing =
      goal.deadline > horizon ? `deadline beyond the ${horizon} horizon` : 'not available';
    return { label: goal.short, value: status.value, unit, status, missing };
  }
  const lines = view.series.filter((s) => s.type !== 'scatter');
  const candidates = [...lines, ...view.series.filter((s) => s.type === 'scatter')];
  const series = candidates.find((s) => valueIn(s, horizon) !== undefined) ?? candidates[0];
  return {
    label: `${series.name} in ${horizon}`,
    value: valueIn(series, horizon),
    unit: series.unit,
    missing: 'not projected',
  };
}

/**
 * The measure before and after, and the year the central projection first reaches the goal: a
 * step is not simulated, so it has no P(met) and no status word, and never says "met".
 */
function describe(now: Measure, before?: Measure): string {
  const number = (m: Measure) => (m.value === undefined ? m.missing : formatNumber(m.value));
  const unit = now.value === undefined ? '' : unitSuffix(now.unit);
  // Nothing on either side: say why once rather than "x → x".
  const values =
    before && (before.value !== undefined || now.value !== undefined)
      ? `${number(before)} → ${number(now)}${unit}`
      : `${number(now)}${unit}`;
  if (!now.status) return `${now.label}: ${values}`;
  const year = (status: GoalStatus) => status.firstYear ?? 'not by the horizon';
  const first =
    now.status.firstYear === null
      ? 'not reached by the horizon'
      : `reached in ${now.status.firstYear}`;
  const was =
    before?.status && before.status.firstYear !== now.status.firstYear
      ? ` (was ${year(before.status)})`
      : '';
  return `${now.label}: ${values}; ${first}${was} on the central projection`;
}

export function stepThrough(
  data: IndicatorData,
  panel: PanelId,
  levers: LeverValues,
  constants: ModelConstants,
  horizon: number,
  goals: readonly Goal[],
): Step[] {
  const spec = PANEL_SPECS.find((s) => s.id === panel)!;
  const changed = LEVERS.filter((lever) => levers[lever.id] !== DEFAULT_LEVERS[lever.id]);
  const steps: Step[] = [];
  let current: LeverValues = DEFAULT_LEVERS;
  let before: Measure | undefined;
  for (const lever of [null, ...changed]) {
    if (lever) current = { ...current, [lever.id]: levers[lever.id] };
    const projection = project(data, current, constants, horizon);
    const view = buildPanelView(
      spec,
      projection,
      goals,
      goals.map((g) => evaluateGoal(data, g, projection)),
    );
    const now = measure(data, view, goals, projection);
    steps.push({
      title: lever
        ? leverChange(lever, DEFAULT_LEVERS[lever.id], levers[lever.id])
        : 'Baseline: every lever at its default',
      effect: describe(now, before),
      view,
    });
    before = now;
  }
  return steps;
}
