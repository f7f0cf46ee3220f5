/** The baseline ghost as ECharts series: one thin grey line per series, under the scenario's own. */
import { baselineName } from './baseline-ghost';
import { Palette } from './palette';
import { EMPTY, Item } from './panel-series';
import { PROJECTION_SOURCE } from './panel-specs';
import { PanelView } from './panel-view';

/**
 * One line per drawn series, always present (empty while there is no ghost) with an id of its own,
 * so that merging a new option replaces its data like any other series'. Named apart from the
 * series, it takes no legend entry (the panel's note explains it) and no symbols; it starts at the
 * last observed point, as the projection does, and its tooltip says "baseline".
 */
export function baselineSeries(view: PanelView, palette: Palette): object[] {
  return view.series
    .filter((s) => s.type !== 'scatter')
    .map((s) => {
      const ghost = s.baseline;
      const point = (value: number, bridge: boolean): Item => ({
        value,
        series: s.name,
        kind: 'baseline',
        source: `${PROJECTION_SOURCE}, scenario “${ghost!.scenario}”`,
        unit: s.unit,
        ...(bridge ? { bridge } : {}),
      });
      const byYear = new Map((ghost?.points ?? []).map((p) => [p.year, point(p.value, false)]));
      const last = s.observed.at(-1);
      if (last && byYear.size) byYear.set(last.year, point(last.value, true));
      return {
        id: `baseline:${s.key}`,
        name: baselineName(s.name),
        type: 'line',
        yAxisIndex: s.axis,
        color: palette.baseline,
        symbol: 'none',
        connectNulls: true,
        // Under the scenario's lines and bars (z 2), over its band (z 1, drawn before).
        z: 1,
        emphasis: { disabled: true },
        lineStyle: { width: 1, type: 'solid' },
        data: view.years.map((year) => byYear.get(year) ?? EMPTY),
      };
    });
}
