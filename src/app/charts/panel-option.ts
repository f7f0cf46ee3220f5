/** Builds the ECharts option of a panel from its view: a pure function, checked as a plain object. */
import type { EChartsCoreOption } from 'echarts/core';
import { formatCompact } from '../format/number';
import { baselineSeries } from './baseline-series';
import { Palette } from './palette';
import { bandSeries, claimMarks, targetSeries } from './panel-marks';
import { EMPTY, compareSeries, seriesOptions } from './panel-series';
import { tooltipFormatter } from './panel-tooltip';
import { PanelView } from './panel-view';

// Single quotes inside: ECharts' SVG output puts the family into a double-quoted style attribute.
const FONT = "Roboto, 'Helvetica Neue', Arial, sans-serif";

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
      axisLabel: { ...axisText, formatter: formatCompact },
      splitLine: { show: i === 0, lineStyle: { color: palette.grid } },
      axisLine: { show: true, lineStyle: { color: palette.axis } },
    })),
    // After the legend's names are taken: the ghost is explained by the panel's note, not the legend.
    series: [...all, ...baselineSeries(view, palette)],
  };
}
