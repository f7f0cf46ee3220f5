/** The tornado chart: the goal's deadline value with each lever at its P10 and P90, widest first. */
import type { EChartsCoreOption } from 'echarts/core';
import { formatCompact, formatNumber } from '../format/number';
import { Tornado } from '../model/goal-sensitivity';
import { LEVER_BY_ID } from '../model/levers';
import { Palette } from './palette';
import { tooltipNode } from './tooltip';

/** Width of the lever labels, px: a label longer than this wraps onto a second line, never cut. */
export const TORNADO_LABEL_WIDTH = 150;
const TOP = 32;
const BOTTOM = 28;
/** Height per lever: two lines of label and the bar between them. */
const ROW = 36;

/** The chart's height for a number of bars, px, so each wrapped label keeps its row. */
export function tornadoHeight(bars: number): number {
  return TOP + BOTTOM + ROW * Math.max(bars, 1);
}

export function buildTornadoOption(t: Tornado, unit: string, palette: Palette): EChartsCoreOption {
  const bars = [...t.bars].reverse(); // ECharts draws categories bottom-up
  const label = (lever: string, value: number) =>
    `${LEVER_BY_ID[lever as keyof typeof LEVER_BY_ID].label} = ${formatNumber(value)}`;
  const side = (
    name: string,
    color: string,
    pick: (b: Tornado['bars'][number]) => [number, number],
  ) => ({
    name,
    type: 'bar',
    barGap: '-100%',
    barMaxWidth: 14,
    color,
    cursor: 'pointer',
    data: bars.map((b) => {
      const [leverValue, outcome] = pick(b);
      return { value: outcome - t.base, leverValue, outcome, lever: b.lever };
    }),
  });
  return {
    // No animation: a lever move redraws at once, and `finished` follows the paint directly.
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: palette.text },
    legend: { top: 0, textStyle: { color: palette.text, fontSize: 12 } },
    grid: { left: 8, right: 16, top: TOP, bottom: BOTTOM },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: palette.tooltipBackground,
      textStyle: { color: palette.text, fontSize: 12 },
      // Nodes, not an HTML string: see tooltip.ts.
      formatter: (p: { data: { lever: string; leverValue: number; outcome: number } }) =>
        tooltipNode([
          { segments: [{ text: label(p.data.lever, p.data.leverValue) }] },
          {
            segments: [
              {
                text: `deadline value ${formatNumber(p.data.outcome)} ${unit} (now ${formatNumber(t.base)})`,
              },
            ],
          },
        ]),
    },
    xAxis: {
      type: 'value',
      name: `change at deadline (${unit})`,
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { color: palette.subtleText },
      // Narrow on a phone: ticks that would touch are left out rather than overprinted.
      axisLabel: { color: palette.subtleText, hideOverlap: true, formatter: formatCompact },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      data: bars.map((b) => LEVER_BY_ID[b.lever].label),
      axisLabel: {
        color: palette.text,
        fontSize: 11,
        lineHeight: 13,
        width: TORNADO_LABEL_WIDTH,
        overflow: 'break',
      },
      axisLine: { lineStyle: { color: palette.axis } },
    },
    series: [
      side('Lever at P10 (value − 1.28σ)', palette.series[0], (b) => [b.lowValue, b.atLow]),
      side('Lever at P90 (value + 1.28σ)', palette.series[1], (b) => [b.highValue, b.atHigh]),
    ],
  };
}
