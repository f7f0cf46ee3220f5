/** What every PDF page carries: the footer with the provenance and the share link, and the link block. */
import { Deck } from './deck';
import { footerText, safeLink } from './deck-text';
import { CONTENT_WIDTH, FOOTER_RULE, MARGIN, PALETTE, PDF_PAGE, TextStyle } from './pdf-layout';
import { PdfPen } from './pdf-pen';
import { toWinAnsi } from './win-ansi';

/** A deck being written: the pen, the deck, its link if it may be clickable, and the page count. */
export interface PdfDeckContext {
  readonly pen: PdfPen;
  readonly deck: Deck;
  readonly link: string | undefined;
  readonly pageCount: number;
}

export function pdfDeckContext(pen: PdfPen, deck: Deck): PdfDeckContext {
  return { pen, deck, link: safeLink(deck.provenance.link), pageCount: deck.slides.length + 2 };
}

/** "Share link" and the link itself, wrapped, clickable where it is an http(s) URL. */
export function linkBlock(
  { pen, deck, link }: PdfDeckContext,
  x: number,
  y: number,
  width: number,
  height: number,
  size: number,
): void {
  const top =
    y +
    pen.text('Share link (opens this scenario in the dashboard)', x, y, width, 16, {
      size: size,
      style: 'bold',
    });
  const shown = link ?? deck.provenance.link;
  const room = height - (top - y);
  const { lines } = pen.fit(shown, width, room, { size, minSize: 7, color: PALETTE.series[0] });
  pen.drawLines(lines, x, top + 2, link);
}

/** Scenario, date and model version, the share link, and the page number. */
export function footer({ pen, deck, link, pageCount }: PdfDeckContext, page: number): void {
  const doc = pen.doc;
  pen.rule(FOOTER_RULE);
  const y = FOOTER_RULE + 10;
  const style: TextStyle = { size: 9, color: PALETTE.subtleText };
  const number = `${page} / ${pageCount}`;
  pen.setStyle(style);
  const numberWidth = doc.getTextWidth(number);
  doc.text(number, PDF_PAGE.width - MARGIN, y, { baseline: 'top', align: 'right' });
  const left = pen.ellipsize(toWinAnsi(footerText(deck.provenance)), CONTENT_WIDTH * 0.5);
  doc.text(left, MARGIN, y, { baseline: 'top' });
  const linkX = MARGIN + CONTENT_WIDTH * 0.5 + 16;
  pen.setStyle({ ...style, color: PALETTE.series[0] });
  const shown = pen.ellipsize(
    toWinAnsi(link ?? deck.provenance.link),
    PDF_PAGE.width - MARGIN - numberWidth - 16 - linkX,
  );
  pen.drawLines([shown], linkX, y, link);
}
