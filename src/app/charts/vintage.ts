/**
 * What the charts, the data table and the CSV say about a point's vintage: which release it is,
 * when it came out, and what earlier releases said.
 */
import { formatShortDate } from '../format/release-date';
import { HistoryPoint, Vintage } from '../model/indicators';

/** The vintage of an observed point, as the chart, the table and the CSV carry it. */
export interface PointVintage {
  readonly vintage: Vintage;
  /** ISO date, as precise as known. */
  readonly released: string;
  /** Earlier vintages of the same point, newest first, as text ("" when there are none). */
  readonly earlier: string;
}

/** "3900 (preliminary, released 2026-01-19)": values unrounded, as the table and the CSV show them. */
function earlierText(points: readonly HistoryPoint[] | undefined): string {
  return (points ?? []).map((p) => `${p.value} (${p.vintage}, released ${p.released})`).join('; ');
}

export function pointVintage(p: HistoryPoint): PointVintage {
  return { vintage: p.vintage, released: p.released, earlier: earlierText(p.earlier) };
}

/** The tooltip's words: "preliminary, released 19 Jan 2026". */
export function vintageText(v: Pick<PointVintage, 'vintage' | 'released'>): string {
  return `${v.vintage}, released ${formatShortDate(v.released)}`;
}

/**
 * The chart's note on preliminary points, or null where a panel has none: the hollow marker and
 * the "p" tag mean nothing without it.
 */
export function preliminaryNote(
  points: readonly { readonly year: number; readonly vintage?: Vintage }[],
): string | null {
  const years = [...new Set(points.filter((p) => p.vintage === 'preliminary').map((p) => p.year))];
  if (!years.length) return null;
  years.sort((a, b) => a - b);
  return `Hollow marker, “p”: preliminary figure (${years.join(', ')}), to be revised by its publisher.`;
}
