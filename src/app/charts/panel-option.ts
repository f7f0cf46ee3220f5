/** Builds the ECharts option of a panel from its view: a pure function, checked as a plain object. */
import type { EChartsCoreOption } from 'echarts/core';
import { ChartPoint, PanelSeries, PanelView, formatNumber } from './panels';
import { Palette } from './palette';

/** A data item: the value plus what the tooltip needs to say about it. */
interface Item {
  readonly value: number;
  /** The series' full name (several series may share a legend entry). */
  readonly series: string;
  readonly kind: ChartPoint['kind'] | 'target';
  readonly source: string;
  readonly unit: string;
  /** The last observed point repeated at the start of a projected line, so the two join. */
  readonly bridge?: boolean;
  readonly label?: object;
  readonly itemStyle?: object;
}

const EMPTY = '-';
const FONT = 'Roboto, "Helvetica Neue", Arial, sans-serif';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Full-precision value for tooltips, grouped for reading. */
export function exactNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function compactNumber(value: number): string {
  return Math.abs(value) >= 10000
    ? value.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 1 })
    : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function item(p: ChartPoint, s: PanelSeries, palette: Palette, extra: Partial<Item> = {}): Item {
  return {
    value: p.value,
    series: s.name,
    kind: p.kind,
    source: p.source,
    unit: s.unit,
    ...(p.label
      ? { label: { show: true, formatter: p.label, position: 'top', color: palette.subtleText, fontSize: 11 } }
      : {}),
    ...extra,
  };
}

function aligned(years: readonly number[], items: ReadonlyMap<number, Item>): (Item | typeof EMPTY)[] {
  return years.map((year) => items.get(year) ?? EMPTY);
}

function seriesOptions(view: PanelView, s: PanelSeries, color: string, palette: Palette): object[] {
  const base = { name: s.legend ?? s.name, yAxisIndex: s.axis, color };
  const byYear = (points: readonly ChartPoint[], extra: (p: ChartPoint) => Partial<Item> = () => ({})) =>
    new Map(points.map((p) => [p.year, item(p, s, palette, extra(p))]));
  if (s.type === 'scatter') {
    return [{ ...base, type: 'scatter', symbol: 'triangle', symbolSize: 11, data: aligned(view.years, byYear(s.observed)) }];
  }
  if (s.type === 'bar') {
    const projectedStyle = { opacity: 0.45, borderType: 'dashed', borderColor: color, borderWidth: 1.5 };
    const items = new Map([...byYear(s.observed), ...byYear(s.projected, () => ({ itemStyle: projectedStyle }))]);
    return [{ ...base, type: 'bar', barMaxWidth: 18, data: aligned(view.years, items) }];
  }
  const last = s.observed.at(-1);
  const projected = byYear(s.projected);
  if (last && s.projected.length) projected.set(last.year, item({ ...last, label: undefined }, s, palette, { bridge: true }));
  return [
    {
      ...base,
      type: 'line',
      connectNulls: true,
      symbolSize: 6,
      lineStyle: { width: 2.5, type: 'solid' },
      data: aligned(view.years, byYear(s.observed)),
    },
    {
      ...base,
      type: 'line',
      connectNulls: true,
      symbol: 'emptyCircle',
      symbolSize: 5,
      lineStyle: { width: 2.5, type: 'dashed' },
      data: aligned(view.years, projected),
    },
  ];
}

function targetSeries(view: PanelView, palette: Palette): object[] {
  return ([0, 1] as const).flatMap((axis) => {
    const targets = view.targets.filter((t) => t.axis === axis);
    if (!targets.length) return [];
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
    return [
      {
        name: 'Target',
        type: 'scatter',
        yAxisIndex: axis,
        symbol: 'diamond',
        symbolSize: 16,
        z: 5,
        color: palette.target,
        data: view.years.map((year) => items.get(year) ?? EMPTY),
      },
    ];
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
      .map((c) => ({ xAxis: String(c.year), label: { formatter: `Article’s claim: ${c.status}` } })),
  };
}

interface TooltipParam {
  readonly axisValueLabel: string;
  readonly marker: string;
  readonly data: Item | typeof EMPTY;
}

export function tooltipText(params: readonly TooltipParam[]): string {
  const lines = params
    .filter((p): p is TooltipParam & { data: Item } => typeof p.data === 'object' && p.data !== null && !p.data.bridge)
    .map(
      (p) =>
        `${p.marker}${escapeHtml(p.data.series)}: <b>${exactNumber(p.data.value)}</b> ${escapeHtml(p.data.unit)}` +
        ` <i>(${p.data.kind})</i><br><small>${escapeHtml(p.data.source)}</small>`,
    );
  return lines.length ? `<b>${escapeHtml(params[0].axisValueLabel)}</b><br>${lines.join('<br>')}` : '';
}

/** Legend lines at the panel's usual width (about 460 px of legend), so the plot starts below them. */
function legendRows(series: readonly object[]): number {
  const names = new Set(series.map((s) => (s as { name: string }).name));
  const width = [...names].reduce((sum, name) => sum + 7 * name.length + 40, 0);
  return Math.max(1, Math.ceil(width / 460));
}

export function buildPanelOption(view: PanelView, palette: Palette): EChartsCoreOption {
  const series = view.series.flatMap((s, i) => seriesOptions(view, s, palette.series[i % palette.series.length], palette));
  const firstDrawn = series.find((s) => (s as { type: string }).type !== 'scatter') as Record<string, unknown>;
  if (firstDrawn && view.claims.length) firstDrawn['markLine'] = claimMarks(view, palette);
  const all = [...series, ...targetSeries(view, palette)];
  const axisText = { color: palette.subtleText, fontSize: 13, fontFamily: FONT };
  return {
    animationDuration: 300,
    animationDurationUpdate: 150,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT, color: palette.text },
    legend: {
      top: 0,
      textStyle: { color: palette.text, fontSize: 13 },
      pageTextStyle: { color: palette.text },
    },
    grid: { left: 8, right: 8, top: 48 + 22 * legendRows(all), bottom: 24 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      backgroundColor: palette.tooltipBackground,
      borderColor: palette.grid,
      textStyle: { color: palette.text, fontSize: 12 },
      formatter: tooltipText,
    },
    xAxis: {
      type: 'category',
      data: view.years.map(String),
      axisLabel: axisText,
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { alignWithLabel: true },
    },
    yAxis: view.axes.map((unit, i) => ({
      type: 'value',
      name: unit,
      position: i === 0 ? 'left' : 'right',
      nameTextStyle: { ...axisText, align: i === 0 ? 'left' : 'right' },
      axisLabel: { ...axisText, formatter: compactNumber },
      splitLine: { show: i === 0, lineStyle: { color: palette.grid } },
      axisLine: { show: true, lineStyle: { color: palette.axis } },
    })),
    series: all,
  };
}
