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
  const grid = (o['grid'] ?? {}) as { top?: number };
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
    grid: { ...grid, top: (grid.top ?? 48) + TITLE_SPACE },
  };
}
