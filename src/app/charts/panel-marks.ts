/** What a panel's chart draws over its series: the Monte Carlo band and the article's claims. */
import { Palette } from './palette';
import { EMPTY } from './panel-series';
import { axisMax } from './panel-targets';
import { PanelSeries, PanelView } from './panel-view';

/** P10–P90 as a shaded area (P10 plus a stacked P90 − P10) and P50 as a thin dashed line. */
export function bandSeries(view: PanelView, s: PanelSeries, color: string): object[] {
  if (s.type === 'scatter') return [];
  const name = s.legend ?? s.name;
  const aid = (value: number) => ({ value, bridge: true });
  const at = (pick: (b: PanelSeries['band'][number]) => number) => {
    const byYear = new Map(s.band.map((b) => [b.year, aid(pick(b))]));
    return view.years.map((year) => byYear.get(year) ?? EMPTY);
  };
  const common = {
    name,
    yAxisIndex: s.axis,
    color,
    type: 'line',
    symbol: 'none',
    silent: true,
    z: 1,
  };
  return [
    {
      ...common,
      id: `${s.key}:p10`,
      stack: `band:${s.key}`,
      lineStyle: { opacity: 0 },
      data: at((b) => b.p10),
    },
    {
      ...common,
      id: `${s.key}:p90`,
      stack: `band:${s.key}`,
      lineStyle: { opacity: 0 },
      areaStyle: { color, opacity: 0.18 },
      data: at((b) => b.p90 - b.p10),
    },
    {
      ...common,
      id: `${s.key}:p50`,
      lineStyle: { width: 1.5, type: [6, 4], opacity: 0.75 },
      data: at((b) => b.p50),
    },
  ];
}

/** The footnote number on the chart: white on the claim colour, the same in marker and line label. */
function claimLabel(palette: Palette) {
  return {
    show: true,
    color: palette.background,
    fontSize: 11,
    fontWeight: 'bold',
  };
}

/** The values drawn on an axis, for where a claim's line starts on a log axis. */
function lowestPositive(view: PanelView, axis: number): number {
  const values = view.series
    .filter((s) => s.axis === axis)
    .flatMap((s) => [...s.observed, ...s.projected].map((p) => p.value))
    .filter((v) => v > 0);
  return values.length ? Math.min(...values) : 1;
}

/**
 * Claims about no single figure ("leader in AI by 2030"): a dotted line at the year, up to the
 * highest value drawn, with the number at its top, written level and inside the plot (the axis's
 * name sits above the plot, over the first years). Carried by the panel's first series, which is
 * always drawn.
 */
export function claimLines(view: PanelView, palette: Palette): object {
  const axis = view.series[0]?.axis ?? 0;
  const bottom = view.logAxes.includes(axis) ? lowestPositive(view, axis) : 0;
  const top = Math.max(axisMax(view, axis), bottom);
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { type: 'dotted', color: palette.claim, width: 1.5 },
    label: {
      ...claimLabel(palette),
      formatter: '{b}',
      position: 'end',
      backgroundColor: palette.claim,
      borderRadius: 9,
      padding: [2, 6],
    },
    data: view.claims
      .filter((c) => !c.at && c.year !== undefined && view.years.includes(c.year))
      .map((c) => [
        { name: String(c.number), coord: [String(c.year), bottom] },
        { coord: [String(c.year), top] },
      ]),
  };
}

/**
 * Claims about a figure: a numbered disc above and to the left of the point, on the series that
 * draws it (straight above, it would cover a point of another series in the same year).
 */
export function claimPoints(view: PanelView, s: PanelSeries, palette: Palette): object | null {
  const claims = view.claims.filter((c) => c.at?.seriesKey === s.key);
  if (!claims.length) return null;
  return {
    symbol: 'circle',
    symbolSize: 18,
    // Over a bar, straight above; beside a line's point, up and to the left, off its label.
    symbolOffset: s.type === 'bar' ? [0, -14] : [-11, -14],
    silent: true,
    itemStyle: { color: palette.claim, borderColor: palette.background, borderWidth: 1 },
    data: claims.map((c) => ({
      coord: [String(c.year), c.at!.value],
      label: { ...claimLabel(palette), formatter: String(c.number), position: 'inside' },
    })),
  };
}
