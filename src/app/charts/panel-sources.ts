/**
 * A panel's source line, read off the pack in force: each publisher of the points the panel draws
 * with the years it covers, so an imported pack names its own publishers rather than the shipped
 * ones. The panel's fixed remark (targets, proxies, model-only series) follows.
 */
import { HistoryPoint, IndicatorData, indicatorsById } from '../model/indicators';
import { PanelSpec } from './panel-specs';

/** Said when a panel draws no observed point and carries no remark (an imported pack emptied it). */
export const NO_SOURCES = 'No published figures in this pack';

/**
 * The publisher as the source line names it: in full, as a citation, where a chart label takes the
 * short name ("Epoch AI via Stanford AI Index", not "Epoch AI").
 */
export function publisherName(p: HistoryPoint): string {
  return p.source.publisher;
}

/** Years as runs: [2012, 2013, 2014, 2016] → "2012–2014, 2016". */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const run = runs.at(-1);
    if (run && year === run[1] + 1) run[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}

/**
 * "CAICT (2022, 2024)", "NBS (2025 preliminary)", "IFR (2020–2023, 2025 preliminary)": the years
 * of settled figures, then those of preliminary ones (a year can be in both, from two indicators).
 */
function publisherSpan(name: string, points: readonly HistoryPoint[]): string {
  const settled = yearRuns(points.filter((p) => p.vintage !== 'preliminary').map((p) => p.year));
  const preliminary = yearRuns(
    points.filter((p) => p.vintage === 'preliminary').map((p) => p.year),
  );
  const years = [settled, preliminary && `${preliminary} preliminary`].filter(Boolean).join(', ');
  return `${name} (${years})`;
}

/** The observed points a panel draws from this pack: every point of its indicators' histories. */
export function drawnPoints(spec: PanelSpec, data: IndicatorData): HistoryPoint[] {
  const byId = indicatorsById(data);
  return spec.series.flatMap((s) => byId[s.indicator]?.history ?? []);
}

/**
 * The source line: publishers in the order of their first year drawn (ties by name), each with
 * the years of its points; then the panel's remark, capitalised where it comes first.
 */
export function sourceLine(points: readonly HistoryPoint[], remark?: string): string {
  const byPublisher = new Map<string, HistoryPoint[]>();
  for (const p of points) {
    const name = publisherName(p);
    byPublisher.set(name, [...(byPublisher.get(name) ?? []), p]);
  }
  const first = (ps: readonly HistoryPoint[]) => Math.min(...ps.map((p) => p.year));
  const spans = [...byPublisher]
    .sort(([a, pa], [b, pb]) => first(pa) - first(pb) || a.localeCompare(b))
    .map(([name, ps]) => publisherSpan(name, ps));
  if (!spans.length) return remark ? remark.charAt(0).toUpperCase() + remark.slice(1) : NO_SOURCES;
  return [...spans, ...(remark ? [remark] : [])].join('; ');
}

/** The panel's source line for the pack in force. */
export function panelSources(spec: PanelSpec, data: IndicatorData): string {
  return sourceLine(drawnPoints(spec, data), spec.sourceNote);
}
