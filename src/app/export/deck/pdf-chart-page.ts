/**
 * A slide's page of the PDF deck: the chart as vector graphics (svg2pdf.js draws the SVG with PDF
 * paths and text, so the chart stays sharp and its labels stay searchable), its sources, and beside
 * it the caption, the analyst's note and the changed levers.
 */
import { svg2pdf } from 'svg2pdf.js';
import { DeckSlide } from './deck';
import { PdfDeckContext, footer } from './pdf-frame';
import { BODY_BOTTOM, BODY_TOP, CONTENT_WIDTH, MARGIN, PALETTE, PDF_PAGE } from './pdf-layout';
import { leverTable, leverTableHeight } from './pdf-table';
import { svgElement } from './svg-element';
import { toWinAnsi } from './win-ansi';

/**
 * The SVG as svg2pdf.js should see it: parsed under the Trusted Types policy, its text mapped to
 * the standard fonts' code page, and ECharts' `dominant-baseline` (which svg2pdf.js ignores) copied
 * to `alignment-baseline` (which it reads), so labels sit where they do on screen.
 */
export function pdfReadySvg(svg: string): SVGSVGElement {
  const root = svgElement(svg);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent !== 'style' && parent !== 'script') node.nodeValue = toWinAnsi(node.nodeValue ?? '');
  }
  for (const el of Array.from(root.querySelectorAll('[dominant-baseline]'))) {
    if (!el.hasAttribute('alignment-baseline')) {
      el.setAttribute('alignment-baseline', el.getAttribute('dominant-baseline') ?? '');
    }
  }
  return root;
}

export async function slidePage(context: PdfDeckContext, slide: DeckSlide): Promise<void> {
  const { pen, deck } = context;
  const page = pen.doc.getNumberOfPages();
  pen.text(slide.title, MARGIN, 28, CONTENT_WIDTH, 34, { size: 26, minSize: 18, style: 'bold' });
  pen.rule(70);

  // The chart, left, at its own aspect ratio within 560 × 320 pt.
  const box = { width: 560, height: 320 };
  const [w, h] =
    slide.width > 0 && slide.height > 0 ? [slide.width, slide.height] : [box.width, box.height];
  const scale = Math.min(box.width / w, box.height / h);
  const chart = { width: w * scale, height: h * scale };
  await svg2pdf(pdfReadySvg(slide.svg), pen.doc, {
    x: MARGIN,
    y: BODY_TOP,
    width: chart.width,
    height: chart.height,
    // No network and no nested SVG documents (svg2pdf.js would parse those outside the TT policy).
    loadExternalStyleSheets: false,
    loadImages: false,
  });
  const sourcesTop = BODY_TOP + chart.height + 10;
  pen.text(`Sources: ${slide.sources}`, MARGIN, sourcesTop, box.width, BODY_BOTTOM - sourcesTop, {
    size: 10,
    minSize: 8,
    color: PALETTE.subtleText,
  });

  // Right column: caption and note above, the changed levers below.
  const x = MARGIN + box.width + 28;
  const width = PDF_PAGE.width - MARGIN - x;
  const leversHeight = leverTableHeight(deck.changedLevers.length, 10, 168);
  const leversTop = BODY_BOTTOM - leversHeight - 20;
  pen.text('Levers changed from the baseline', x, leversTop, width, 14, {
    size: 10,
    style: 'bold',
    color: PALETTE.subtleText,
  });
  leverTable(pen, deck.changedLevers, { x, y: leversTop + 18, width, maxHeight: leversHeight }, 10);

  const textBottom = leversTop - 14;
  const note = slide.note.trim();
  const captionRoom = note ? (textBottom - BODY_TOP) * 0.55 : textBottom - BODY_TOP;
  let y =
    BODY_TOP + pen.text(slide.caption, x, BODY_TOP, width, captionRoom, { size: 16, minSize: 11 });
  if (note) {
    y += 14;
    y += pen.text('Analyst note', x, y, width, 14, {
      size: 10,
      style: 'bold',
      color: PALETTE.subtleText,
    });
    pen.text(note, x, y + 2, width, textBottom - y - 2, {
      size: 13,
      minSize: 9,
      style: 'italic',
    });
  }
  footer(context, page);
}
