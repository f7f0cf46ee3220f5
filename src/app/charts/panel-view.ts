/**
 * What each dashboard panel shows, as plain data: series split into observed and projected points,
 * targets from the goals, the article's claims, a text summary and the rows of its data table.
 * Pure functions of the projection; the chart option and the table are both built from this.
 */
import { Goal, GoalStatus } from '../model/goals';
import { HistoryPoint } from '../model/indicators';
import { MonteCarloSummary } from '../model/monte-carlo';
import { Projection, YearValue, valueAt } from '../model/project';
import { formatSource } from '../model/sources';
import { BandPoint, bandFor } from './band-points';
import { Baseline, GhostLine, ghostLine, ghostNote, ghostRows } from './baseline-ghost';
import { GoalProbabilities, panelSummary } from './chart-summaries';
import { PanelClaim, panelClaims } from './panel-claims';
import { panelSources } from './panel-sources';
import {
  OTHER_PUBLISHERS,
  PANEL_SPECS,
  PROJECTION_SOURCE,
  PanelId,
  PanelSpec,
  SeriesSpec,
} from './panel-specs';
import { PointVintage, pointVintage, preliminaryNote } from './vintage';

export type PointKind = 'observed' | 'projected';

export interface ChartPoint {
  readonly year: number;
  readonly value: number;
  readonly kind: PointKind;
  readonly source: string;
  /** Publisher shown beside the point, where the panel labels reported points. */
  readonly label?: string;
  /** Observed points only: which release of the figure this is. */
  readonly vintage?: PointVintage;
}

export interface PanelSeries {
  readonly key: string;
  readonly name: string;
  /** The legend entry, where several series share one (reported points from other publishers). */
  readonly legend?: string;
  /** A short name written at the line's end instead of a legend entry. */
  readonly endLabel?: string;
  readonly unit: string;
  readonly axis: 0 | 1;
  readonly type: 'bar' | 'line' | 'scatter';
  readonly observed: readonly ChartPoint[];
  readonly projected: readonly ChartPoint[];
  /** P10–P90 for the projected years, once a Monte Carlo run for the current levers is in. */
  readonly band: readonly BandPoint[];
  /** The same series projected in each compared scenario. */
  readonly compare: readonly { readonly scenario: string; readonly points: readonly YearValue[] }[];
  /** The reference scenario's projection, drawn as a ghost while it differs from this one. */
  readonly baseline: GhostLine | null;
}

/** A scenario overlaid on the charts: its name and its projection on the current horizon. */
export interface Comparison {
  readonly name: string;
  readonly projection: Projection;
}

export interface PanelTarget {
  readonly goalId: string;
  readonly label: string;
  readonly year: number;
  readonly value: number;
  readonly axis: 0 | 1;
}

export interface DataRow {
  readonly series: string;
  readonly year: number;
  readonly value: number;
  readonly kind: PointKind | 'baseline';
  readonly source: string;
  readonly p10?: number;
  readonly p50?: number;
  readonly p90?: number;
  /** Observed rows only: the release shown, its date and what earlier releases said. */
  readonly vintage?: PointVintage;
}

export interface PanelView {
  readonly id: PanelId;
  readonly title: string;
  /** The sources named under the title: the pack's publishers of the points drawn, and a remark. */
  readonly sources: string;
  readonly axes: readonly string[];
  /** Axes drawn on a log scale (series growing by orders of magnitude). */
  readonly logAxes: readonly number[];
  /** Whether the panel offers a log/linear switch for its first axis. */
  readonly scaleSwitch: boolean;
  /** Where a second axis's series are drawn: on a right-hand axis, or in a plot of their own below. */
  readonly secondAxis: 'right' | 'below';
  readonly years: readonly number[];
  readonly series: readonly PanelSeries[];
  readonly targets: readonly PanelTarget[];
  readonly claims: readonly PanelClaim[];
  readonly summary: string;
  /** What the chart's marks mean beyond the legend (preliminary points), or null. */
  readonly note: string | null;
  readonly rows: readonly DataRow[];
}

function pointSource(p: HistoryPoint): string {
  return formatSource(p.source) + (p.derived ? ' (derived)' : '');
}

function shortPublisher(p: HistoryPoint): string {
  return p.source.short ?? p.source.publisher.split(/[ ,]/)[0];
}

function seriesFor(
  spec: SeriesSpec,
  projection: Projection,
  mc: MonteCarloSummary | null,
  comparisons: readonly Comparison[],
  reference: Baseline | null,
): PanelSeries[] {
  const indicator = projection.data.find((ind) => ind.id === spec.indicator)!;
  const axis = spec.axis ?? 0;
  const observed = (points: readonly HistoryPoint[], label: boolean): ChartPoint[] =>
    points.map((p) => ({
      year: p.year,
      value: p.value,
      kind: 'observed',
      source: pointSource(p),
      vintage: pointVintage(p),
      ...(label ? { label: shortPublisher(p) } : {}),
    }));
  const main: PanelSeries = {
    key: indicator.id,
    name: indicator.name,
    ...(spec.endLabel ? { endLabel: spec.endLabel } : {}),
    unit: indicator.unit,
    axis,
    type: spec.type,
    observed: observed(
      indicator.history.filter((p) => p.primary),
      spec.labelPublishers ?? false,
    ),
    projected: projection.series[indicator.id].map(({ year, value }) => ({
      year,
      value,
      kind: 'projected',
      source: PROJECTION_SOURCE,
    })),
    band: bandFor(
      indicator.id,
      projection.series[indicator.id].map((p) => p.year),
      mc,
    ),
    compare: comparisons.map((c) => ({
      scenario: c.name,
      points: c.projection.series[indicator.id],
    })),
    baseline: ghostLine(indicator.id, projection, reference),
  };
  // Points from publishers with another scope or definition: shown beside the series, never spliced in.
  const others = indicator.history.filter((p) => !p.primary);
  if (!others.length) return [main];
  return [
    main,
    {
      key: `${indicator.id}:reported`,
      name: `${indicator.name}, other publishers`,
      legend: OTHER_PUBLISHERS,
      unit: indicator.unit,
      axis,
      type: 'scatter',
      observed: observed(others, true),
      projected: [],
      band: [],
      compare: [],
      baseline: null,
    },
  ];
}

function targetsFor(
  goals: readonly Goal[],
  projection: Projection,
  series: readonly PanelSeries[],
): PanelTarget[] {
  return goals.flatMap((goal): PanelTarget[] => {
    const s = series.find((x) => x.key === goal.indicator);
    if (!s || goal.kind === 'growth') return [];
    if (goal.kind === 'threshold') {
      return [
        {
          goalId: goal.id,
          label: goal.name,
          year: goal.deadline,
          value: goal.threshold,
          axis: s.axis,
        },
      ];
    }
    const other = valueAt(projection, goal.other, goal.deadline);
    return other !== undefined
      ? [{ goalId: goal.id, label: goal.name, year: goal.deadline, value: other, axis: s.axis }]
      : [];
  });
}

export function rowsOf(series: readonly PanelSeries[]): DataRow[] {
  const compared = series.flatMap((s) =>
    s.compare.flatMap((c) =>
      c.points.map((p) => ({
        series: `${s.name} — ${c.scenario}`,
        year: p.year,
        value: p.value,
        kind: 'projected' as const,
        source: `${PROJECTION_SOURCE}, scenario “${c.scenario}”`,
      })),
    ),
  );
  return [
    ...series.flatMap((s) => {
      const band = new Map(s.band.map((b) => [b.year, b]));
      return [...s.observed, ...s.projected].map((p) => {
        const b = p.kind === 'projected' ? band.get(p.year) : undefined;
        return {
          series: s.name,
          year: p.year,
          value: p.value,
          kind: p.kind,
          source: p.source,
          ...(b ? { p10: b.p10, p50: b.p50, p90: b.p90 } : {}),
          ...(p.vintage ? { vintage: p.vintage } : {}),
        };
      });
    }),
    ...compared,
    ...series.flatMap((s) => ghostRows(s.name, s.baseline)),
  ];
}

export function buildPanelView(
  spec: PanelSpec,
  projection: Projection,
  goals: readonly Goal[],
  statuses: readonly GoalStatus[],
  mc: MonteCarloSummary | null = null,
  comparisons: readonly Comparison[] = [],
  baseline: Baseline | null = null,
  probabilities: GoalProbabilities | null = null,
): PanelView {
  const series = spec.series.flatMap((s) => seriesFor(s, projection, mc, comparisons, baseline));
  const targets = targetsFor(goals, projection, series);
  const note = ghostNote(
    preliminaryNote(
      series.flatMap((s) => s.observed.map((p) => ({ year: p.year, vintage: p.vintage?.vintage }))),
    ),
    series,
  );
  const first = Math.min(
    ...series.flatMap((s) => [...s.observed, ...s.projected].map((p) => p.year)),
  );
  const years = Array.from({ length: projection.horizon - first + 1 }, (_, i) => first + i);
  const axes = [0, 1]
    .map(
      (axis) => series.filter((s) => s.axis === axis && s.type !== 'scatter').map((s) => s.unit)[0],
    )
    .filter((unit): unit is string => unit !== undefined);
  return {
    id: spec.id,
    title: spec.title,
    sources: panelSources(spec, projection.data),
    axes,
    logAxes: spec.logAxes ?? [],
    scaleSwitch: spec.scaleSwitch ?? false,
    secondAxis: spec.secondAxis ?? 'below',
    years,
    series,
    targets,
    claims: panelClaims(spec.id, series),
    summary: [
      panelSummary(series, targets, goals, statuses, projection.horizon, probabilities),
      note,
    ]
      .filter(Boolean)
      .join(' '),
    note,
    rows: rowsOf(series),
  };
}

export function buildPanelViews(
  projection: Projection,
  goals: readonly Goal[],
  statuses: readonly GoalStatus[],
  mc: MonteCarloSummary | null = null,
  comparisons: readonly Comparison[] = [],
  baseline: Baseline | null = null,
  probabilities: GoalProbabilities | null = null,
): PanelView[] {
  return PANEL_SPECS.map((spec) =>
    buildPanelView(spec, projection, goals, statuses, mc, comparisons, baseline, probabilities),
  );
}
