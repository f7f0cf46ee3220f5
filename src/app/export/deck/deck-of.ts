/** The deck of a briefing as plain data (see export/deck/deck.ts), from the slides' views and their rendered charts. */
import { PanelView } from '../../charts/panel-view';
import { leverText } from '../../format/lever-text';
import { DEFAULT_LEVERS, LEVERS, LeverValues } from '../../model/levers';
import { Provenance } from '../provenance';
import { Deck, DeckLever } from './deck';

export interface RenderedSlide {
  readonly view: PanelView;
  readonly note: string;
  readonly svg: string;
  readonly png: string;
  readonly width: number;
  readonly height: number;
}

/** Where the projections come from, cited on the closing slide after the panels' sources. */
export const MODEL_SOURCE =
  'Projections: the dashboard’s model (see its Model page), with the levers listed here';

export function deckOf(
  provenance: Provenance,
  levers: LeverValues,
  slides: readonly RenderedSlide[],
): Deck {
  const lever = (l: (typeof LEVERS)[number]): DeckLever => ({
    label: l.label,
    value: leverText(levers[l.id], l.unit),
    baseline: leverText(DEFAULT_LEVERS[l.id], l.unit),
  });
  const assumptions = LEVERS.map(lever);
  return {
    provenance,
    changedLevers: LEVERS.filter((l) => levers[l.id] !== DEFAULT_LEVERS[l.id]).map(lever),
    assumptions,
    sources: [...new Set(slides.map((s) => s.view.sources)), MODEL_SOURCE],
    slides: slides.map((s) => ({
      title: s.view.title,
      caption: s.view.summary,
      note: s.note,
      svg: s.svg,
      png: s.png,
      width: s.width,
      height: s.height,
      sources: s.view.sources,
    })),
  };
}
