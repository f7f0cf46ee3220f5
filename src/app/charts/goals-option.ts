/** The goals chart: each goal's deadline value as a percentage of its target, coloured by status. */
import type { EChartsCoreOption } from 'echarts/core';
import type { GoalRow } from './goal-rows';
import { Palette } from './palette';

export function statusColor(status: GoalRow['status'], palette: Palette): string {
  switch (status) {
    case 'met':
      return palette.series[2];
    case 'on track':
      return palette.series[0];
    case 'off track':
      return palette.series[1];
    case 'missed':
      return palette.target;
    case 'beyond horizon':
      return palette.axis;
  }
}

export function buildGoalsOption(rows: readonly GoalRow[], palette: Palette): EChartsCoreOption {
  const shown = [...rows].reverse();
  return {
    // No animation: a lever move redraws at once, and `finished` follows the paint directly.
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: palette.text },
    grid: { left: 8, right: 56, top: 24, bottom: 8 },
    tooltip: { show: false },
    xAxis: {
      type: 'value',
      name: '% of target at deadline',
      nameLocation: 'middle',
      nameGap: 24,
      min: 0,
      max: (extent: { max: number }) => Math.max(150, Math.ceil(extent.max / 50) * 50),
      axisLabel: { color: palette.subtleText },
      nameTextStyle: { color: palette.subtleText },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      data: shown.map((r) => r.short),
      axisLabel: { color: palette.text, fontSize: 12 },
      axisLine: { lineStyle: { color: palette.axis } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: shown.map((r) => ({
          value: r.progress ?? 0,
          itemStyle: { color: statusColor(r.status, palette) },
          label: {
            show: true,
            position: 'right',
            color: palette.text,
            formatter: r.progress === null ? '–' : `${Math.round(r.progress)}%`,
          },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: palette.target, type: 'dashed', width: 1.5 },
          label: { formatter: 'target', color: palette.target },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}
