/** The data series of a panel's chart: observed and projected points, and compared scenarios. */
import { Palette, SCENARIO_DASHES } from './palette';
import { ChartPoint, PanelSeries, PanelView } from './panel-view';
import { vintageText } from './vintage';

/** A data item: the value plus what the tooltip needs to say about it. */
export interface Item {
  readonly value: number;
  /** The series' full name (several series may share a legend entry). */
  readonly series: string;
  readonly kind: ChartPoint['kind'] | 'target' | 'baseline';
  readonly source: string;
  readonly unit: string;
  /** Drawing aids the tooltip skips: the bridge joining history and projection, band edges. */
  readonly bridge?: boolean;
  /** P10 and P90 of a projected point, once the simulation has run. */
  readonly p10?: number;
  readonly p90?: number;
  /** Observed points: "preliminary, released 19 Jan 2026". */
  readonly vintage?: string;
  readonly label?: object;
  readonly itemStyle?: object;
  readonly symbol?: string;
  readonly symbolSize?: number;
}

/** The value ECharts takes for "no point this year". */
export const EMPTY = '-';
/**
 * Point labels (publishers, "p") that would overprint one another or a target's label: the label of
 * the smaller mark hides, and shows when its point is hovered. Not moved: ECharts' shiftY stacks
 * every label of a chart into one column, far from points in other years.
 */
const POINT_LABELS = { hideOverlap: true };

/**
 * A preliminary point is drawn hollow and tagged "p" (the panel's note says why): a figure the
 * publisher will revise should not look as settled as the final ones beside it.
 */
function preliminaryMark(s: PanelSeries, color: string, palette: Palette): Partial<Item> {
  // Filled with the chart's background: ECharts fills its own "empty" symbols white, which reads as
  // a solid dot on the dark theme.
  const itemStyle = { color: palette.background, borderColor: color, borderWidth: 2 };
  if (s.type === 'bar') return { itemStyle };
  return { symbol: s.type === 'scatter' ? 'triangle' : 'circle', symbolSize: 9, itemStyle };
}

/**
 * Whether a target sits on or above a point of a line in its year (a 2025 goal over a 2025 figure):
 * the point's label then goes below it, where the target's diamond does not cover it.
 */
function targetAbove(view: PanelView, s: PanelSeries, p: ChartPoint): boolean {
  return (
    s.type !== 'bar' &&
    view.targets.some((t) => t.axis === s.axis && t.year === p.year && t.value >= p.value)
  );
}

function item(
  p: ChartPoint,
  s: PanelSeries,
  palette: Palette,
  color: string,
  extra: Partial<Item> = {},
  below = false,
): Item {
  // Other publishers' points are labelled to the right, the series' own above, so the two never collide.
  const position = s.type === 'scatter' ? 'right' : below ? 'bottom' : 'top';
  const preliminary = p.vintage?.vintage === 'preliminary';
  const text = [p.label, preliminary ? 'p' : undefined].filter(Boolean).join(' ');
  return {
    value: p.value,
    series: s.name,
    kind: p.kind,
    source: p.source,
    unit: s.unit,
    // A final figure is what a reader assumes; only the exceptions are spelled out.
    ...(p.vintage && p.vintage.vintage !== 'final' ? { vintage: vintageText(p.vintage) } : {}),
    ...(text
      ? {
          label: {
            show: true,
            formatter: text,
            position,
            color: palette.subtleText,
            fontSize: 11,
            textBorderColor: palette.background,
            textBorderWidth: 2,
          },
        }
      : {}),
    ...(preliminary ? preliminaryMark(s, color, palette) : {}),
    ...extra,
  };
}

function aligned(
  years: readonly number[],
  items: ReadonlyMap<number, Item>,
): (Item | typeof EMPTY)[] {
  return years.map((year) => items.get(year) ?? EMPTY);
}

export function seriesOptions(
  view: PanelView,
  s: PanelSeries,
  color: string,
  palette: Palette,
): object[] {
  const base = { name: s.legend ?? s.name, yAxisIndex: s.axis, color };
  const byYear = (
    points: readonly ChartPoint[],
    extra: (p: ChartPoint) => Partial<Item> = () => ({}),
  ) =>
    new Map(
      points.map((p) => [p.year, item(p, s, palette, color, extra(p), targetAbove(view, s, p))]),
    );
  if (s.type === 'scatter') {
    return [
      {
        ...base,
        id: s.key,
        type: 'scatter',
        symbol: 'triangle',
        symbolSize: 11,
        labelLayout: POINT_LABELS,
        data: aligned(view.years, byYear(s.observed)),
      },
    ];
  }
  const band = new Map(s.band.map((b) => [b.year, { p10: b.p10, p90: b.p90 }]));
  if (s.type === 'bar') {
    const projectedStyle = {
      opacity: 0.45,
      borderType: 'dashed',
      borderColor: color,
      borderWidth: 1.5,
    };
    const items = new Map([
      ...byYear(s.observed),
      ...byYear(s.projected, (p) => ({ itemStyle: projectedStyle, ...band.get(p.year) })),
    ]);
    return [
      {
        ...base,
        id: s.key,
        type: 'bar',
        barMaxWidth: 18,
        labelLayout: POINT_LABELS,
        data: aligned(view.years, items),
      },
    ];
  }
  const last = s.observed.at(-1);
  const projected = byYear(s.projected, (p) => band.get(p.year) ?? {});
  if (last && s.projected.length)
    projected.set(
      last.year,
      // No marker of its own: it would sit on the observed point's (a hollow one looked filled).
      item({ ...last, label: undefined, vintage: undefined }, s, palette, color, {
        bridge: true,
        symbol: 'none',
      }),
    );
  // The short name at the line's end, on whichever part of the line reaches the horizon.
  const end = s.endLabel
    ? {
        endLabel: {
          show: true,
          formatter: s.endLabel,
          color,
          fontSize: 12,
          fontWeight: 'bold',
          distance: 6,
        },
      }
    : {};
  return [
    {
      ...base,
      id: `${s.key}:observed`,
      type: 'line',
      connectNulls: true,
      // Filled, so that a preliminary point's hollow marker stands out among them.
      symbol: 'circle',
      symbolSize: 6,
      labelLayout: POINT_LABELS,
      lineStyle: { width: 2.5, type: 'solid' },
      ...(s.projected.length ? {} : end),
      data: aligned(view.years, byYear(s.observed)),
    },
    {
      ...base,
      id: `${s.key}:projected`,
      type: 'line',
      connectNulls: true,
      symbol: 'emptyCircle',
      symbolSize: 5,
      lineStyle: { width: 2.5, type: 'dashed' },
      ...(s.projected.length ? end : {}),
      data: aligned(view.years, projected),
    },
  ];
}

/**
 * Compared scenarios: one line per scenario and series, in the scenario's colour and dash (the
 * comparison panel's key shows the same); four slots always present.
 */
export function compareSeries(view: PanelView, s: PanelSeries, palette: Palette): object[] {
  if (s.type === 'scatter') return [];
  return palette.compare.map((color, slot) => {
    const c = s.compare[slot];
    const byYear = new Map(
      (c?.points ?? []).map((p) => [
        p.year,
        {
          value: p.value,
          series: `${s.name} — ${c!.scenario}`,
          kind: 'projected',
          source: `scenario “${c!.scenario}”`,
          unit: s.unit,
        },
      ]),
    );
    return {
      id: `compare:${slot}:${s.key}`,
      name: c ? c.scenario : `compare:${slot}`,
      type: 'line',
      yAxisIndex: s.axis,
      color,
      symbol: 'none',
      z: 3,
      lineStyle: { width: 2, type: [...SCENARIO_DASHES[slot]] },
      data: view.years.map((year) => byYear.get(year) ?? EMPTY),
    };
  });
}
