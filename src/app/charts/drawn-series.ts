import type { EChartsCoreOption } from 'echarts/core';

/** ECharts' empty data item, as the option builders write it for years without a value. */
const EMPTY = '-';

/**
 * The option with only the series that draw something (plus the first, which carries a panel's
 * claim marker): empty band and compare slots cost ECharts as much work per redraw as drawn ones.
 * Set it with `setOption(option, { replaceMerge: ['series'] })`, so that a series left out is removed
 * (an old band never stays behind).
 */
export function drawnSeriesOnly(option: EChartsCoreOption): EChartsCoreOption {
  const series = option['series'] as { data: unknown[] }[];
  return { ...option, series: series.filter((s, i) => i === 0 || s.data.some((d) => d !== EMPTY)) };
}
