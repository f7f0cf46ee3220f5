/**
 * A chart slide of the PowerPoint deck: the chart as its 2x PNG, its sources, and beside it the
 * caption, the analyst's note (also as speaker notes) and the changed levers.
 */
import { xmlSafe } from '../xml-text';
import { DeckSlide } from './deck';
import { PptxDeckContext, footer } from './pptx-frame';
import {
  BODY_BOTTOM,
  BODY_TOP,
  COLOURS,
  CONTENT_WIDTH,
  MARGIN,
  ROW_HEIGHT,
  WIDTH,
} from './pptx-layout';
import { addLeverTable } from './pptx-table';
import { addText } from './pptx-text';

export function chartSlide(context: PptxDeckContext, deckSlide: DeckSlide, number: number): void {
  const { pptx, deck } = context;
  const slide = pptx.addSlide();
  addText(slide, deckSlide.title, { x: MARGIN, y: 0.3, w: CONTENT_WIDTH, h: 0.7 }, [28, 24, 20], {
    bold: true,
  });

  // The chart, left, at its own aspect ratio within 7.6 × 4.5 in.
  const box = { w: 7.6, h: 4.5 };
  const [cw, ch] =
    deckSlide.width > 0 && deckSlide.height > 0
      ? [deckSlide.width, deckSlide.height]
      : [box.w, box.h];
  const scale = Math.min(box.w / cw, box.h / ch);
  const image = { w: cw * scale, h: ch * scale };
  if (!/^data:image\/(png|jpeg);base64,/.test(deckSlide.png)) {
    throw new Error(`The chart of slide ${number - 1} is not a PNG data URL`);
  }
  slide.addImage({
    data: deckSlide.png,
    x: MARGIN,
    y: BODY_TOP,
    ...image,
    altText: xmlSafe(`Chart: ${deckSlide.title}`),
  });
  const sourcesTop = BODY_TOP + image.h + 0.1;
  addText(
    slide,
    `Sources: ${deckSlide.sources}`,
    { x: MARGIN, y: sourcesTop, w: box.w, h: BODY_BOTTOM - sourcesTop },
    [11, 10, 9, 8],
    {
      color: COLOURS.subtle,
    },
  );

  // Right column: caption and note above, the changed levers below.
  const x = MARGIN + box.w + 0.35;
  const w = WIDTH - MARGIN - x;
  const shownLevers = Math.min(Math.max(deck.changedLevers.length, 1), 6);
  const leversTop = BODY_BOTTOM - (shownLevers + 1) * ROW_HEIGHT - 0.35;
  addText(slide, 'Levers changed from the baseline', { x, y: leversTop, w, h: 0.3 }, [11], {
    bold: true,
    color: COLOURS.subtle,
  });
  addLeverTable(slide, deck.changedLevers, { x, y: leversTop + 0.32, w }, 6, 10);

  const textBottom = leversTop - 0.15;
  const note = deckSlide.note.trim();
  const captionH = note ? (textBottom - BODY_TOP) * 0.5 : textBottom - BODY_TOP;
  addText(slide, deckSlide.caption, { x, y: BODY_TOP, w, h: captionH }, [18, 16, 14, 12, 11]);
  if (note) {
    const noteTop = BODY_TOP + captionH + 0.1;
    addText(slide, 'Analyst note', { x, y: noteTop, w, h: 0.3 }, [11], {
      bold: true,
      color: COLOURS.subtle,
    });
    addText(
      slide,
      note,
      { x, y: noteTop + 0.3, w, h: textBottom - noteTop - 0.3 },
      [14, 12, 11, 10, 9],
      {
        italic: true,
        cutHint: ' (full note in the speaker notes)',
      },
    );
    slide.addNotes(xmlSafe(note));
  }
  footer(context, slide, number);
}
