/**
 * A briefing deck as plain data: what the PDF and PowerPoint writers need, built by the briefing
 * page from the store. The writers know nothing of Angular, NgRx or ECharts.
 */
import { Provenance } from '../provenance';

/** One lever as the deck shows it: its label, this scenario's value and the baseline's. */
export interface DeckLever {
  readonly label: string;
  /** Value with unit, e.g. "10 %/yr". */
  readonly value: string;
  readonly baseline: string;
}

export interface DeckSlide {
  /** The panel title, e.g. "R&D intensity". */
  readonly title: string;
  /** Generated from the data, e.g. "R&D intensity reaches 3.28% of GDP in 2030; ...". */
  readonly caption: string;
  /** The analyst's note (PowerPoint: speaker notes). May be empty. */
  readonly note: string;
  /** The chart as an SVG document (ECharts SSR output, text as text), for vector PDF pages. */
  readonly svg: string;
  /** The same chart as a PNG data URL at 2x, for PowerPoint. */
  readonly png: string;
  /** CSS size the chart was rendered at (the PNG is twice this). */
  readonly width: number;
  readonly height: number;
  /** The panel's sources, one line. */
  readonly sources: string;
}

export interface Deck {
  /** Scenario name, export time, model version, changed levers (as text) and share link. */
  readonly provenance: Provenance;
  /** Levers that differ from the baseline, for the table on every slide. */
  readonly changedLevers: readonly DeckLever[];
  /** Every lever, for the closing slide. */
  readonly assumptions: readonly DeckLever[];
  /** Every source cited by the slides, one per line, for the closing slide. */
  readonly sources: readonly string[];
  readonly slides: readonly DeckSlide[];
}
