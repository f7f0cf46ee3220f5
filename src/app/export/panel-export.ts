/**
 * PNG, SVG and clipboard export of a chart, rendered off screen from the export option. Loaded
 * only when an analyst exports (a dynamic import), together with ECharts' SVG renderer and title.
 */
import { TitleComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import echarts from '../charts/echarts-setup';
import { xmlSafe } from './xml-text';

echarts.use([SVGRenderer, TitleComponent]);

export const PIXEL_RATIO = 2;

/**
 * The chart as an SVG document. ECharts escapes markup in texts but passes on characters XML
 * forbids (a U+0001 pasted into a scenario name), which would make the file unreadable: they go.
 */
export function renderSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return xmlSafe(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** A PNG data URL at twice the chart's CSS size. */
export function renderPng(
  document: Document,
  option: EChartsCoreOption,
  width: number,
  height: number,
): string {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(host);
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    devicePixelRatio: PIXEL_RATIO,
    width,
    height,
  });
  try {
    chart.setOption(option);
    return chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO });
  } finally {
    chart.dispose();
    host.remove();
  }
}

export async function pngBlob(dataUrl: string): Promise<Blob> {
  return (await fetch(dataUrl)).blob();
}

export { dashboardCsv, panelCsv } from './csv';
