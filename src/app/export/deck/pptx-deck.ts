/**
 * The briefing deck as PowerPoint: a title slide, one 16:9 slide per deck slide (chart as the 2x
 * PNG, caption, note, changed levers, sources, footer and a link back to the scenario; the note
 * also as speaker notes), and a closing slide of every assumption and source.
 *
 * Loaded only when an analyst exports (a dynamic import). Text stays Unicode, exactly as typed,
 * less the characters XML 1.0 forbids (pptx-text.ts).
 */
import PptxGenJS from 'pptxgenjs';
import { xmlSafe } from '../xml-text';
import { Deck } from './deck';
import { chartSlide } from './pptx-chart-slide';
import { pptxDeckContext } from './pptx-frame';
import { FONT } from './pptx-layout';
import { closingSlide, titleSlide } from './pptx-slides';

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export async function buildPptx(deck: Deck): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafe(`Briefing: ${deck.provenance.scenario}`);
  pptx.subject = `Scenario briefing, model version ${deck.provenance.modelVersion}`;
  pptx.company = 'China high-tech goals dashboard';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const context = pptxDeckContext(pptx, deck);
  titleSlide(context);
  deck.slides.forEach((slide, i) => chartSlide(context, slide, i + 2));
  closingSlide(context);
  const zip = (await pptx.write({ outputType: 'blob' })) as Blob;
  // pptxgenjs labels the blob application/zip; a download should say what it is.
  return new Blob([zip], { type: PPTX_TYPE });
}
