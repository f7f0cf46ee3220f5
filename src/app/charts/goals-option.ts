/** The goals chart: each goal's deadline value as a percentage of its target, coloured by its word. */
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../format/number';
import { STATUS_WORDS, StatusWord } from '../model/status-word';
import { type GoalRow, PENDING_WORD } from './goal-rows';
import { Palette } from './palette';

/** Bars stop here, so one goal far past its target does not flatten the rest; labels stay exact. */
export const PROGRESS_CAP = 200;

/** The chart's key, as text under it: a phone wraps it, and a screen reader reads it. */
export const GOALS_CHART_NOTE =
  `Each bar: the value at the deadline as a percentage of the target; 100% = target reached ` +
  `(for a ≤ goal, target ÷ value). A growth goal compares rates: 143% is 1.43 times the growth ` +
  `it asks for. Bars stop at ${PROGRESS_CAP}% (▸); their labels stay exact. Colours follow the ` +
  `status words.`;

export function statusColor(word: StatusWord | null, palette: Palette): string {
  switch (word) {
    case 'met':
      return palette.series[2];
    case 'likely':
      return palette.series[0];
    case 'about as likely as not':
      return palette.series[4];
    case 'unlikely':
      return palette.series[1];
    case 'missed':
      return palette.target;
    case 'beyond horizon':
    case null:
      return palette.axis;
  }
}

/** "9 goals: 2 met, 1 missed, 3 likely, 2 unlikely, 1 simulating…": the chart for a screen reader. */
export function goalsSummary(rows: readonly Pick<GoalRow, 'word'>[]): string {
  const counts = [...STATUS_WORDS, null].map((word) => ({
    word: word ?? PENDING_WORD,
    count: rows.filter((r) => r.word === word).length,
  }));
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${c.word}`);
  return `${rows.length} goal${rows.length === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function progressLabel(progress: number | null): string {
  if (progress === null) return '–';
  return `${formatNumber(progress)}%${progress > PROGRESS_CAP ? ' ▸' : ''}`;
}

export function buildGoalsOption(rows: readonly GoalRow[], palette: Palette): EChartsCoreOption {
  const shown = [...rows].reverse();
  return {
    // No animation: a lever move redraws at once, and `finished` follows the paint directly.
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: palette.text },
    grid: { left: 8, right: 64, top: 24, bottom: 8 },
    tooltip: { show: false },
    xAxis: {
      type: 'value',
      // What 100% means, and the growth goals' rates, is said under the chart (GOALS_CHART_NOTE).
      name: '% of target at the deadline',
      nameLocation: 'middle',
      nameGap: 24,
      min: 0,
      max: (extent: { max: number }) =>
        Math.min(PROGRESS_CAP, Math.max(150, Math.ceil(extent.max / 50) * 50)),
      axisLabel: { color: palette.subtleText, formatter: '{value}%', hideOverlap: true },
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
          value: r.progress === null ? 0 : Math.min(r.progress, PROGRESS_CAP),
          itemStyle: { color: statusColor(r.word, palette) },
          label: {
            show: true,
            position: 'right',
            color: palette.text,
            formatter: progressLabel(r.progress),
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
