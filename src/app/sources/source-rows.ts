/** The Sources page's rows as text: pure, so what the page says is checked by specs. */
import { formatReleaseDate } from '../format/release-date';
import { Goal } from '../model/goals';
import { HistoryPoint, Indicator } from '../model/indicators';
import { formatSource } from '../model/sources';

export interface SourceRow {
  readonly year: number;
  /** Unrounded, as stored. */
  readonly value: string;
  readonly publisher: string;
  readonly title: string;
  readonly date: string;
  readonly confidence: string;
  readonly kind: 'observed' | 'derived';
  readonly use: string;
  readonly note: string;
  /** The point's own definition where it differs from the series'; empty otherwise. */
  readonly definition: string;
  /** "final", "preliminary", or "preliminary (superseded)" for an earlier vintage of a point. */
  readonly vintage: string;
  /** When this vintage was published: "19 January 2026". */
  readonly released: string;
  /** The release itself, where the pack has an http(s) address for it; empty otherwise. */
  readonly url: string;
}

export interface SourceSection {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly definition: string;
  /** In-page link to the section. */
  readonly href: string;
  readonly rows: readonly SourceRow[];
}

export interface TargetRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly source: string;
}

export const CONFIDENCE_TEXT: Readonly<Record<string, string>> = {
  H: 'H: official release or faithful reproduction',
  M: 'M: secondary summary or varying definitions',
};

export const PRIMARY_USE = 'primary';
export const OTHER_USE = 'other publisher / other scope, not used for the projection';

/** Only web addresses become links: a pack from elsewhere could carry a script URL. */
function webAddress(url: string | undefined): string {
  return url && /^https?:\/\//i.test(url) ? url : '';
}

function sourceRow(indicator: Indicator, p: HistoryPoint, superseded: boolean): SourceRow {
  return {
    year: p.year,
    // As published, at full precision: not rounded through format/number.
    value: String(p.value),
    publisher: p.source.publisher,
    title: p.source.title,
    date: p.source.date,
    confidence: p.confidence,
    kind: p.derived ? 'derived' : 'observed',
    use: p.primary ? PRIMARY_USE : OTHER_USE,
    note: p.note ?? '',
    definition: p.definition === indicator.definition ? '' : p.definition,
    vintage: superseded ? `${p.vintage} (superseded)` : p.vintage,
    released: formatReleaseDate(p.released),
    url: webAddress(p.url),
  };
}

/** Every point of the series, each followed by its earlier vintages, newest first. */
export function sourceRows(indicator: Indicator): SourceRow[] {
  return indicator.history.flatMap((p) => [
    sourceRow(indicator, p, false),
    ...(p.earlier ?? []).map((e) => sourceRow(indicator, e, true)),
  ]);
}

/** One section per indicator with published history, in the pack's order. */
export function sourceSections(indicators: readonly Indicator[]): SourceSection[] {
  return indicators
    .filter((i) => i.history.length > 0)
    .map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      definition: i.definition,
      href: `sources#${i.id}`,
      rows: sourceRows(i),
    }));
}

export function targetRows(goals: readonly Goal[]): TargetRow[] {
  return goals.map((g) => ({
    id: g.id,
    name: g.name,
    type: g.type,
    source: formatSource(g.source),
  }));
}
