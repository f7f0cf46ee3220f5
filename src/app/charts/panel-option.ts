/** Builds the ECharts option of a panel from its view: a pure function, checked as a plain object. */
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../format/number';
import { Palette } from './palette';
import { ChartPoint, PanelSeries, PanelView } from './panel-view';
import { TooltipLine, tooltipNode } from './tooltip';

/** A data item: the value plus what the tooltip needs to say about it. */
interface Item {
  readonly value: number;
  /** The series' full name (several series may share a legend entry). */
  readonly series: string;
  readonly kind: ChartPoint['kind'] | 'target';
  readonly source: string;
  readonly unit: string;
  /** Drawing aids the tooltip skips: the bridge joining history and projection, band edges. */
  readonly bridge?: boolean;
  /** P10 and P90 of a projected point, once the simulation has run. */
  readonly p10?: number;
  readonly p90?: number;
  readonly label?: object;
  readonly itemStyle?: object;
}

const EMPTY = '-';
/** Publisher labels that would overlap are moved apart vertically. */
const PUBLISHER_LABELS = { moveOverlap: 'shiftY' };
// Single quotes inside: ECharts' SVG output puts the family into a double-quoted style attribute.
const FONT = "Roboto, 'Helvetica Neue', Arial, sans-serif";

// Formatters made once: toLocaleString builds a new one per call, and axis labels are formatted
// many times per redraw.
const EXACT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const SHORT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Full-precision value for tooltips, grouped for reading. */
export function exactNumber(value: number): string {
  return EXACT.format(value);
}

function compactNumber(value: number): string {
  return Math.abs(value) >= 10000 ? COMPACT.format(value) : SHORT.format(value);
}

function item(p: ChartPoint, s: PanelSeries, palette: Palette, extra: Partial<Item> = {}): Item {
  // Other publishers' points are labelled to the right, the series' own above, so the two never collide.
  const position = s.type === 'scatter' ? 'right' : 'top';
  return {
    value: p.value,
    series: s.name,
    kind: p.kind,
    source: p.source,
    unit: s.unit,
    ...(p.label
      ? {
          label: {
            show: true,
            formatter: p.label,
            position,
            color: palette.subtleText,
            fontSize: 11,
          },
        }
      : {}),
    ...extra,
  };
}

function aligned(
  years: readonly number[],
  items: ReadonlyMap<number, Item>,
): (Item | typeof EMPTY)[] {
  return years.map((year) => items.get(year) ?? EMPTY);
}

function seriesOptions(view: PanelView, s: PanelSeries, color: string, palette: Palette): object[] {
  const base = { name: s.legend ?? s.name, yAxisIndex: s.axis, color };
  const byYear = (
    points: readonly ChartPoint[],
    extra: (p: ChartPoint) => Partial<Item> = () => ({}),
  ) => new Map(points.map((p) => [p.year, item(p, s, palette, extra(p))]));
  if (s.type === 'scatter') {
    return [
      {
        ...base,
        id: s.key,
        type: 'scatter',
        symbol: 'triangle',
        symbolSize: 11,
        labelLayout: PUBLISHER_LABELS,
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
    return [{ ...base, id: s.key, type: 'bar', barMaxWidth: 18, data: aligned(view.years, items) }];
  }
  const last = s.observed.at(-1);
  const projected = byYear(s.projected, (p) => band.get(p.year) ?? {});
  if (last && s.projected.length)
    projected.set(last.year, item({ ...last, label: undefined }, s, palette, { bridge: true }));
  return [
    {
      ...base,
      id: `${s.key}:observed`,
      type: 'line',
      connectNulls: true,
      symbolSize: 6,
      labelLayout: PUBLISHER_LABELS,
      lineStyle: { width: 2.5, type: 'solid' },
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
      data: aligned(view.years, projected),
    },
  ];
}

/** P10–P90 as a shaded area (P10 plus a stacked P90 − P10) and P50 as a thin dashed line. */
function bandSeries(view: PanelView, s: PanelSeries, color: string): object[] {
  if (s.type === 'scatter') return [];
  const name = s.legend ?? s.name;
  const aid = (value: number) => ({ value, bridge: true });
  const at = (pick: (b: PanelSeries['band'][number]) => number) => {
    const byYear = new Map(s.band.map((b) => [b.year, aid(pick(b))]));
    return view.years.map((year) => byYear.get(year) ?? EMPTY);
  };
  const common = {
    name,
    yAxisIndex: s.axis,
    color,
    type: 'line',
    symbol: 'none',
    silent: true,
    z: 1,
  };
  return [
    {
      ...common,
      id: `${s.key}:p10`,
      stack: `band:${s.key}`,
      lineStyle: { opacity: 0 },
      data: at((b) => b.p10),
    },
    {
      ...common,
      id: `${s.key}:p90`,
      stack: `band:${s.key}`,
      lineStyle: { opacity: 0 },
      areaStyle: { color, opacity: 0.18 },
      data: at((b) => b.p90 - b.p10),
    },
    {
      ...common,
      id: `${s.key}:p50`,
      lineStyle: { width: 1.5, type: [6, 4], opacity: 0.75 },
      data: at((b) => b.p50),
    },
  ];
}

/** Dash per series within a panel, so overlaid scenarios keep their series apart. */
const COMPARE_DASHES: readonly (string | number[])[] = ['dashed', 'dotted', [10, 4, 2, 4], [2, 6]];

/** Compared scenarios: one line per scenario and series, coloured by scenario; four slots always present. */
function compareSeries(view: PanelView, s: PanelSeries, index: number, palette: Palette): object[] {
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
      lineStyle: { width: 2, type: COMPARE_DASHES[index % COMPARE_DASHES.length] },
      data: view.years.map((year) => byYear.get(year) ?? EMPTY),
    };
  });
}

function targetSeries(view: PanelView, palette: Palette): object[] {
  return view.axes.map((_, axis) => {
    const targets = view.targets.filter((t) => t.axis === axis);
    const items = new Map(
      targets.map((t) => [
        t.year,
        {
          value: t.value,
          series: 'Target',
          kind: 'target',
          source: t.label,
          unit: view.axes[axis] ?? '',
          label: {
            show: true,
            formatter: `Target ${formatNumber(t.value)} (${t.year})`,
            position: 'right',
            color: palette.target,
            fontWeight: 'bold',
          },
        },
      ]),
    );
    return {
      id: `target:${axis}`,
      name: 'Target',
      type: 'scatter',
      yAxisIndex: axis,
      symbol: 'diamond',
      symbolSize: 16,
      z: 5,
      color: palette.target,
      data: view.years.map((year) => items.get(year) ?? EMPTY),
    };
  });
}

function claimMarks(view: PanelView, palette: Palette): object {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { type: 'dotted', color: palette.claim, width: 1.5 },
    label: { color: palette.claim, position: 'insideEndTop', fontSize: 11 },
    data: view.claims
      .filter((c) => c.year !== undefined && view.years.includes(c.year))
      .map((c) => ({
        xAxis: String(c.year),
        label: { formatter: `Article’s claim: ${c.status}` },
      })),
  };
}

interface TooltipParam {
  readonly axisValueLabel: string;
  /** The series' colour, for the dot before its line. */
  readonly color?: unknown;
  readonly data: Item | typeof EMPTY;
}

/** The axis tooltip as lines of text: the year, then each point's value, kind, band and source. */
export function tooltipLines(params: readonly TooltipParam[]): TooltipLine[] {
  const points = params.filter(
    (p): p is TooltipParam & { data: Item } =>
      typeof p.data === 'object' && p.data !== null && !p.data.bridge,
  );
  if (!points.length) return [];
  const lines: TooltipLine[] = [
    { segments: [{ text: params[0].axisValueLabel, style: 'strong' }] },
  ];
  for (const { data, color } of points) {
    lines.push({
      marker: typeof color === 'string' ? color : undefined,
      segments: [
        { text: `${data.series}: ` },
        { text: exactNumber(data.value), style: 'strong' },
        { text: ` ${data.unit} ` },
        { text: `(${data.kind})`, style: 'em' },
      ],
    });
    if (data.p10 !== undefined && data.p90 !== undefined) {
      lines.push({
        segments: [{ text: `P10–P90: ${exactNumber(data.p10)} – ${exactNumber(data.p90)}` }],
      });
    }
    lines.push({ segments: [{ text: data.source, style: 'small' }] });
  }
  return lines;
}

/** ECharts' formatter: the lines as DOM nodes (see tooltip.ts), or nothing over an empty year. */
function tooltipFormatter(params: readonly TooltipParam[]): HTMLElement | string {
  const lines = tooltipLines(params);
  return lines.length ? tooltipNode(lines) : '';
}

/** Legend lines at the panel's usual width (about 460 px of legend), so the plot starts below them. */
function legendRows(names: readonly string[]): number {
  const width = names.reduce((sum, name) => sum + 7 * name.length + 40, 0);
  return Math.max(1, Math.ceil(width / 460));
}

export function buildPanelOption(view: PanelView, palette: Palette): EChartsCoreOption {
  const colorOf = (i: number) => palette.series[i % palette.series.length];
  const main = view.series.flatMap((s, i) => seriesOptions(view, s, colorOf(i), palette));
  // The claim's marker rides on the first series; it is always there, so [merge] keeps it in place.
  (main[0] as Record<string, unknown>)['markLine'] = claimMarks(view, palette);
  // Every series is always present (bands and targets empty when there are none) and has an id,
  // so that merging a new option replaces each series' data and never leaves an old band behind.
  // Main series first: the legend takes each entry's symbol from the first series of that name.
  const all = [
    ...main,
    ...view.series.flatMap((s, i) => bandSeries(view, s, colorOf(i))),
    ...view.series.flatMap((s, i) => compareSeries(view, s, i, palette)),
    ...targetSeries(view, palette),
  ] as { name: string; data: unknown[] }[];
  const legendNames = [
    ...new Set(all.filter((s) => s.data.some((d) => d !== EMPTY)).map((s) => s.name)),
  ];
  const axisText = { color: palette.subtleText, fontSize: 13, fontFamily: FONT };
  return {
    // No animation: a lever move redraws at once, and `finished` follows the paint directly.
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT, color: palette.text },
    legend: {
      top: 0,
      data: legendNames,
      textStyle: { color: palette.text, fontSize: 13 },
      pageTextStyle: { color: palette.text },
    },
    grid: { left: 8, right: 8, top: 48 + 22 * legendRows(legendNames), bottom: 24 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      backgroundColor: palette.tooltipBackground,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: 12 },
      formatter: tooltipFormatter,
    },
    xAxis: {
      type: 'category',
      data: view.years.map(String),
      axisLabel: axisText,
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { alignWithLabel: true },
    },
    yAxis: view.axes.map((unit, i) => ({
      type: view.logAxes.includes(i) ? 'log' : 'value',
      name: view.logAxes.includes(i) ? `${unit} (log scale)` : unit,
      position: i === 0 ? 'left' : 'right',
      nameTextStyle: { ...axisText, align: i === 0 ? 'left' : 'right' },
      axisLabel: { ...axisText, formatter: compactNumber },
      splitLine: { show: i === 0, lineStyle: { color: palette.grid } },
      axisLine: { show: true, lineStyle: { color: palette.axis } },
    })),
    series: all,
  };
}
