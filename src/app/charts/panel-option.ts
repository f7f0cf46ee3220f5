/** Builds the ECharts option of a panel from its view: a pure function, checked as a plain object. */
import type { EChartsCoreOption } from 'echarts/core';
import { tickFormatter } from '../format/number';
import { baselineSeries } from './baseline-series';
import { Palette } from './palette';
import { bandSeries, claimLines, claimPoints } from './panel-marks';
import { EMPTY, compareSeries, seriesOptions } from './panel-series';
import { axisMax, targetSeries } from './panel-targets';
import { tooltipFormatter } from './panel-tooltip';
import { PanelSeries, PanelView } from './panel-view';

// Single quotes inside: ECharts' SVG output puts the family into a double-quoted style attribute.
const FONT = "Roboto, 'Helvetica Neue', Arial, sans-serif";
/** The chart's width when the option builder is not told it (exports, slides, specs). */
export const DEFAULT_WIDTH = 480;

/** Whether the panel draws its second axis as a plot of its own under the first. */
export function isStacked(view: Pick<PanelView, 'axes' | 'secondAxis'>): boolean {
  return view.axes.length > 1 && view.secondAxis === 'below';
}

/** Legend lines at this width, placing entries as ECharts does (about 7 px a character). */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 7 * name.length + 40;
    if (used > 0 && used + item > width - 10) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/**
 * Room for an axis's tick labels, from its largest one: stacked plots get the same left margin so
 * their years line up (each would otherwise make room for its own labels).
 */
function labelRoom(view: PanelView): number {
  const widest = view.axes.map((_, i) => {
    const max = axisMax(view, i);
    return tickFormatter(max)(max).length;
  });
  return 12 + 8 * Math.max(1, ...widest);
}

/**
 * Puts each series in its axis's plot. A second axis below is a grid of its own with its own x axis,
 * so a series there needs both indices; applied to every series, whoever added it.
 */
function onPanes(series: object[], stacked: boolean): object[] {
  if (!stacked) return series;
  return series.map((s) => {
    const y = (s as { yAxisIndex?: number }).yAxisIndex ?? 0;
    return { ...s, xAxisIndex: y };
  });
}

/**
 * The two plots of a stacked panel, the lower one about a quarter of the height. Given the chart's
 * height (an export, which adds room above and below), in pixels from the bottom, so the added room
 * leaves both plots as they were on screen; else in shares of whatever height the chart gets. The
 * margin is set, and only tick labels may widen it (not the lower axis's long name).
 */
function stackedGrids(left: number, right: number, top: number, height?: number): object[] {
  const lower = height === undefined ? '27%' : Math.round(0.27 * height);
  const gap = height === undefined ? '45%' : Math.round(0.45 * height);
  const common = { left, right, outerBoundsContain: 'axisLabel' };
  return [
    { ...common, top, bottom: gap },
    { ...common, bottom: 28, height: lower },
  ];
}

export function buildPanelOption(
  view: PanelView,
  palette: Palette,
  width: number = DEFAULT_WIDTH,
  height?: number,
): EChartsCoreOption {
  const stacked = isStacked(view);
  const colorOf = (i: number) => palette.series[i % palette.series.length];
  const main = view.series.flatMap((s, i) => {
    const options = seriesOptions(view, s, colorOf(i), palette);
    const points = claimPoints(view, s, palette);
    return points ? [{ ...options[0], markPoint: points }, ...options.slice(1)] : options;
  });
  // Claims on no single figure ride on the first series; it is always there, so they stay in place.
  (main[0] as Record<string, unknown>)['markLine'] = claimLines(view, palette);
  // Every series is always present (bands and targets empty when there are none) and has an id,
  // so that merging a new option replaces each series' data and never leaves an old band behind.
  // Main series first: the legend takes each entry's symbol from the first series of that name.
  const all = [
    ...main,
    ...view.series.flatMap((s, i) => bandSeries(view, s, colorOf(i))),
    ...view.series.flatMap((s) => compareSeries(view, s, palette)),
    ...targetSeries(view, palette, width),
  ] as { name: string; data: unknown[] }[];
  // Named where they are drawn instead: at a line's end, or in the lower plot's axis name.
  const lower = view.series.filter((s) => s.axis === 1 && s.type !== 'scatter');
  const left = stacked ? labelRoom(view) : 8;
  const endLabelRoom = Math.max(
    0,
    ...view.series.filter((s) => s.endLabel).map((s) => 9 * s.endLabel!.length + 16),
  );
  const right = 8 + endLabelRoom;
  // Only where the name fits on one line over the plot (a phone keeps it in the legend).
  const fits = (s: PanelSeries) => 7 * (s.name.length + s.unit.length + 2) <= width - left - right;
  const lowerNamed = stacked && lower.length === 1 && fits(lower[0]) ? lower[0] : null;
  const direct = new Set(
    view.series.filter((s) => s.endLabel || s === lowerNamed).map((s) => s.legend ?? s.name),
  );
  const legendNames = [
    ...new Set(
      all.filter((s) => s.data.some((d) => d !== EMPTY) && !direct.has(s.name)).map((s) => s.name),
    ),
  ];
  const axisText = { color: palette.subtleText, fontSize: 13, fontFamily: FONT };
  const top = 48 + 22 * legendRows(legendNames, width);
  const xAxis = (labels: boolean) => ({
    type: 'category',
    data: view.years.map(String),
    axisLabel: { ...axisText, show: labels, hideOverlap: true },
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { alignWithLabel: true },
  });
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
    grid: stacked ? stackedGrids(left, right, top, height) : { left, right, top, bottom: 24 },
    // One pointer across both plots, so the tooltip reads every series of the hovered year.
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    tooltip: {
      trigger: 'axis',
      confine: true,
      backgroundColor: palette.tooltipBackground,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: 12 },
      formatter: tooltipFormatter,
    },
    // The upper plot's years would repeat the lower one's, a few pixels down.
    xAxis: stacked ? [xAxis(false), { ...xAxis(true), gridIndex: 1 }] : xAxis(true),
    yAxis: view.axes.map((unit, i) => {
      const log = view.logAxes.includes(i);
      const named = i === 1 && lowerNamed ? `${lowerNamed.name}, ${unit}` : unit;
      return {
        type: log ? 'log' : 'value',
        // The lower plot is short: three intervals keep its ticks apart on a phone.
        ...(stacked ? { gridIndex: i, ...(i === 1 ? { splitNumber: 3 } : {}) } : {}),
        name: log ? `${named} (log scale)` : named,
        position: i === 0 || stacked ? 'left' : 'right',
        nameTextStyle: { ...axisText, align: i === 0 || stacked ? 'left' : 'right' },
        axisLabel: { ...axisText, formatter: tickFormatter(axisMax(view, i)) },
        splitLine: { show: i === 0 || stacked, lineStyle: { color: palette.grid } },
        axisLine: { show: true, lineStyle: { color: palette.axis } },
      };
    }),
    // After the legend's names are taken: the ghost is explained by the panel's note, not the legend.
    series: onPanes([...all, ...baselineSeries(view, palette)], stacked),
  };
}
