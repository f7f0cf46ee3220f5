/**
 * The option of a chart as exported: the on-screen option plus the panel title, a line of
 * provenance (scenario, model version, date, sources) and a solid background, without animation.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { Palette } from './palette';

/** Room for the title and up to three lines of provenance. */
const TITLE_SPACE = 80;

export function exportOption(
  option: EChartsCoreOption,
  title: string,
  subtitle: string,
  palette: Palette,
  width: number,
): EChartsCoreOption {
  const o = option as Record<string, unknown>;
  // A stacked panel has two grids; only the upper one is placed from the top.
  const grids = (Array.isArray(o['grid']) ? o['grid'] : [o['grid'] ?? {}]) as { top?: unknown }[];
  const lowered = grids.map((g, i) =>
    i === 0 ? { ...g, top: (typeof g.top === 'number' ? g.top : 48) + TITLE_SPACE } : g,
  );
  const legend = (o['legend'] ?? {}) as { top?: number };
  return {
    ...option,
    animation: false,
    backgroundColor: palette.background,
    title: {
      text: title,
      subtext: subtitle,
      left: 8,
      top: 4,
      textStyle: { color: palette.text, fontSize: 16, fontWeight: 'normal' },
      subtextStyle: {
        color: palette.subtleText,
        fontSize: 11,
        width: width - 16,
        overflow: 'break',
        lineHeight: 14,
      },
    },
    legend: { ...legend, top: (legend.top ?? 0) + TITLE_SPACE },
    grid: Array.isArray(o['grid']) ? lowered : lowered[0],
  };
}
