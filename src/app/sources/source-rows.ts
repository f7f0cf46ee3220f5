/** The Sources page's rows as text: pure, so what the page says is checked by specs. */
import { Indicator } from '../model/indicators';

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
  readonly definition: string;
}

export const CONFIDENCE_TEXT: Readonly<Record<string, string>> = {
  H: 'H: official release or faithful reproduction',
  M: 'M: secondary summary or varying definitions',
};

export function sourceRows(indicator: Indicator): SourceRow[] {
  return indicator.history.map((p) => ({
    year: p.year,
    value: String(p.value),
    publisher: p.source.publisher,
    title: p.source.title,
    date: p.source.date,
    confidence: p.confidence,
    kind: p.derived ? 'derived' : 'observed',
    use: p.primary ? 'projection starts from this series' : 'other publisher or scope: shown, not used for the projection',
    note: p.note ?? '',
    definition: p.definition === indicator.definition ? '' : p.definition,
  }));
}
