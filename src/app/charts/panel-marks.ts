/** What a panel's chart draws over its series: the Monte Carlo band, the targets and the article's claims. */
import { formatNumber } from '../format/number';
import { Palette } from './palette';
import { EMPTY } from './panel-series';
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

export function targetSeries(view: PanelView, palette: Palette): object[] {
  return view.axes.map((_, axis) => {
    const targets = view.targets.filter((t) => t.axis === axis);
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
    return {
      id: `target:${axis}`,
      name: 'Target',
      type: 'scatter',
      yAxisIndex: axis,
      symbol: 'diamond',
      symbolSize: 16,
      z: 5,
      color: palette.target,
      data: view.years.map((year) => items.get(year) ?? EMPTY),
    };
  });
}

export function claimMarks(view: PanelView, palette: Palette): object {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { type: 'dotted', color: palette.claim, width: 1.5 },
    label: { color: palette.claim, position: 'insideEndTop', fontSize: 11 },
    data: view.claims
      .filter((c) => c.year !== undefined && view.years.includes(c.year))
      .map((c) => ({
        xAxis: String(c.year),
        label: { formatter: `Article’s claim: ${c.status}` },
      })),
  };
}
