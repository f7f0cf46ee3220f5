/**
 * The option of a chart as exported: the on-screen option plus the panel title, a line of
 * provenance (scenario, model version, date, sources) and a solid background, without animation;
 * under the plot, the footnotes its numbered claim markers refer to.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { Palette } from './palette';

/** Room for the title and up to three lines of provenance. */
const TITLE_SPACE = 80;
const FOOTNOTE_LINE = 14;

/** The height the footnotes take at this width (about 6 px a character at 11 px), 0 for none. */
export function footnoteSpace(footnotes: readonly string[], width: number): number {
  const perLine = Math.max(20, Math.floor((width - 16) / 6));
  const lines = footnotes.reduce((n, f) => n + Math.ceil(f.length / perLine), 0);
  return lines ? lines * FOOTNOTE_LINE + 12 : 0;
}

export function exportOption(
  option: EChartsCoreOption,
  title: string,
  subtitle: string,
  palette: Palette,
  width: number,
  footnotes: readonly string[] = [],
): EChartsCoreOption {
  const o = option as Record<string, unknown>;
  const foot = footnoteSpace(footnotes, width);
  // A stacked panel has two grids; only the upper one is placed from the top, only the lower one
  // from the bottom.
  const grids = (Array.isArray(o['grid']) ? o['grid'] : [o['grid'] ?? {}]) as {
    top?: unknown;
    bottom?: unknown;
  }[];
  const lowered = grids.map((g, i) => ({
    ...g,
    ...(i === 0 ? { top: (typeof g.top === 'number' ? g.top : 48) + TITLE_SPACE } : {}),
    ...(typeof g.bottom === 'number' ? { bottom: g.bottom + foot } : {}),
  }));
  const textStyle = {
    color: palette.subtleText,
    fontSize: 11,
    width: width - 16,
    overflow: 'break',
    lineHeight: FOOTNOTE_LINE,
  };
  const legend = (o['legend'] ?? {}) as { top?: number };
  return {
    ...option,
    animation: false,
    backgroundColor: palette.background,
    title: [
      {
        text: title,
        subtext: subtitle,
        left: 8,
        top: 4,
        textStyle: { color: palette.text, fontSize: 16, fontWeight: 'normal' },
        subtextStyle: textStyle,
      },
      ...(foot
        ? [{ text: '', subtext: footnotes.join('\n'), left: 8, bottom: 4, subtextStyle: textStyle }]
        : []),
    ],
    legend: { ...legend, top: (legend.top ?? 0) + TITLE_SPACE },
    grid: Array.isArray(o['grid']) ? lowered : lowered[0],
  };
}
