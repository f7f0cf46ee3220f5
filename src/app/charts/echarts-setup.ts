/**
 * ECharts with only the parts the panels use. Loaded lazily (provideEchartsCore) so the first
 * paint never waits for chart code.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  LabelLayout,
  CanvasRenderer,
]);

/**
 * `init` that also announces each chart on its element with a bubbling `echarts-init` event whose
 * detail is the instance: the benchmark (bench/) and tests reach charts through it instead of
 * ECharts' internals. No listener in the app, so it costs one event per chart created.
 */
const init: typeof echarts.init = (dom, theme, opts) => {
  const chart = echarts.init(dom, theme, opts);
  dom?.dispatchEvent(new CustomEvent('echarts-init', { bubbles: true, detail: chart }));
  return chart;
};

export default { ...echarts, init };
