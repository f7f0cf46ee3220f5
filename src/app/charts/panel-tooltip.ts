/** The axis tooltip of a panel's chart: what it says about each point under the pointer. */
import { formatNumber, formatWithUnit, unitSuffix } from '../format/number';
import { EMPTY, Item } from './panel-series';
import { TooltipLine, tooltipNode } from './tooltip';

interface TooltipParam {
  readonly axisValueLabel: string;
  /** The series' colour, for the dot before its line. */
  readonly color?: unknown;
  readonly data: Item | typeof EMPTY;
}

/**
 * The axis tooltip as lines of text: the year, then each point's value, kind, band and source.
 * Values for reading, three significant figures with the unit once ("5,340 bn yuan"); the data
 * table and the CSV carry them in full.
 */
export function tooltipLines(params: readonly TooltipParam[]): TooltipLine[] {
  const points = params.filter(
    (p): p is TooltipParam & { data: Item } =>
      typeof p.data === 'object' && p.data !== null && !p.data.bridge,
  );
  if (!points.length) return [];
  const lines: TooltipLine[] = [
    { segments: [{ text: params[0].axisValueLabel, style: 'strong' }] },
  ];
  for (const { data, color } of points) {
    lines.push({
      marker: typeof color === 'string' ? color : undefined,
      segments: [
        { text: `${data.series}: ` },
        { text: formatNumber(data.value), style: 'strong' },
        { text: `${data.unit ? unitSuffix(data.unit) : ''} ` },
        { text: data.vintage ? `(${data.kind}; ${data.vintage})` : `(${data.kind})`, style: 'em' },
      ],
    });
    if (data.p10 !== undefined && data.p90 !== undefined) {
      lines.push({
        segments: [
          {
            text: `P10–P90: ${formatNumber(data.p10)} – ${formatWithUnit(data.p90, data.unit)}`,
          },
        ],
      });
    }
    lines.push({ segments: [{ text: data.source, style: 'small' }] });
  }
  return lines;
}

/** ECharts' formatter: the lines as DOM nodes (see tooltip.ts), or nothing over an empty year. */
export function tooltipFormatter(params: readonly TooltipParam[]): HTMLElement | string {
  const lines = tooltipLines(params);
  return lines.length ? tooltipNode(lines) : '';
}
