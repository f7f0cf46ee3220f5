/** What every PowerPoint slide carries: a footer with the provenance, the link back and the slide number. */
import type PptxGenJS from 'pptxgenjs';
import { xmlSafe } from '../xml-text';
import { Deck } from './deck';
import { footerText, safeLink } from './deck-text';
import { COLOURS, CONTENT_WIDTH, FONT, MARGIN, Slide } from './pptx-layout';
import { addText } from './pptx-text';

/** A deck being written: the presentation, the deck, its link if it may be clickable, the slide count. */
export interface PptxDeckContext {
  readonly pptx: PptxGenJS;
  readonly deck: Deck;
  readonly link: string | undefined;
  readonly slideCount: number;
}

export function pptxDeckContext(pptx: PptxGenJS, deck: Deck): PptxDeckContext {
  return { pptx, deck, link: safeLink(deck.provenance.link), slideCount: deck.slides.length + 2 };
}

export function footer(
  { pptx, deck, link, slideCount }: PptxDeckContext,
  slide: Slide,
  number: number,
): void {
  const y = 7.0;
  slide.addShape(pptx.ShapeType.line, {
    x: MARGIN,
    y: y - 0.08,
    w: CONTENT_WIDTH,
    h: 0,
    line: { color: COLOURS.rule, width: 0.75 },
  });
  addText(slide, footerText(deck.provenance), { x: MARGIN, y, w: 7.2, h: 0.3 }, [10], {
    color: COLOURS.subtle,
    oneLine: true,
  });
  const linkLabel = 'Open this scenario in the dashboard';
  slide.addText(
    [
      link
        ? { text: linkLabel, options: { hyperlink: { url: link, tooltip: link } } }
        : { text: xmlSafe(deck.provenance.link) },
      { text: `   ${number} / ${slideCount}`, options: { color: COLOURS.subtle } },
    ],
    {
      x: MARGIN + 7.3,
      y,
      w: CONTENT_WIDTH - 7.3,
      h: 0.3,
      fontFace: FONT,
      fontSize: 10,
      color: COLOURS.link,
      align: 'right',
      valign: 'top',
      margin: 0,
      fit: 'none',
      wrap: false,
    },
  );
}
