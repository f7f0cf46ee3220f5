/**
 * Text and rules on a jsPDF page: wrapped to a box, shrunk and then cut short to fit. Every text
 * goes through `toWinAnsi`, since the standard fonts used here are not embedded and only cover
 * Windows-1252; jsPDF writes text as PDF strings, so markup in a name stays text.
 */
import type { jsPDF } from 'jspdf';
import { ELLIPSIS, LINE, MARGIN, PALETTE, PDF_PAGE, TextStyle } from './pdf-layout';
import { toWinAnsi } from './win-ansi';

export class PdfPen {
  constructor(readonly doc: jsPDF) {}

  /**
   * Writes text wrapped to `width` within `maxHeight`, shrinking it down to `minSize` and then
   * cutting it short with an ellipsis. Returns the height used.
   */
  text(
    text: string,
    x: number,
    y: number,
    width: number,
    maxHeight: number,
    style: TextStyle,
  ): number {
    const { lines, size } = this.fit(text, width, maxHeight, style);
    if (lines.length) this.doc.text(lines, x, y, { baseline: 'top', lineHeightFactor: LINE });
    return lines.length * size * LINE;
  }

  /** The lines and size `text` takes in the box, with the style left set for drawing. */
  fit(
    text: string,
    width: number,
    maxHeight: number,
    style: TextStyle,
  ): { lines: string[]; size: number } {
    const mapped = toWinAnsi(text).trim();
    const minSize = Math.min(style.minSize ?? style.size, style.size);
    for (let size = style.size; ; size = Math.max(minSize, size - 1)) {
      this.setStyle({ ...style, size });
      const lines: string[] = mapped ? this.doc.splitTextToSize(mapped, width) : [];
      const room = Math.max(0, Math.floor((maxHeight + 0.01) / (size * LINE)));
      if (lines.length <= room) return { lines, size };
      if (size === minSize) {
        const kept = lines.slice(0, room);
        if (kept.length)
          kept[kept.length - 1] = this.ellipsize(`${kept[kept.length - 1]}${ELLIPSIS}`, width);
        return { lines: kept, size };
      }
    }
  }

  /** Draws lines already fitted and styled; each one a link to `url` if given. */
  drawLines(lines: readonly string[], x: number, y: number, url: string | undefined): void {
    const doc = this.doc;
    const step = doc.getFontSize() * LINE;
    lines.forEach((line, i) => {
      doc.text(line, x, y + i * step, { baseline: 'top' });
      if (url) doc.link(x, y + i * step, doc.getTextWidth(line), step, { url });
    });
  }

  /** The text cut to fit `width` in the current font, ending in an ellipsis if cut. */
  ellipsize(text: string, width: number): string {
    const doc = this.doc;
    if (doc.getTextWidth(text) <= width) return text;
    let cut = text.endsWith(ELLIPSIS) ? text.slice(0, -1) : text;
    while (cut && doc.getTextWidth(`${cut}${ELLIPSIS}`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}${ELLIPSIS}`;
  }

  rule(y: number, x1 = MARGIN, x2 = PDF_PAGE.width - MARGIN, lineWidth = 0.75): void {
    this.doc.setDrawColor(PALETTE.grid);
    this.doc.setLineWidth(lineWidth);
    this.doc.line(x1, y, x2, y);
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont('helvetica', style.style ?? 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(style.color ?? PALETTE.text);
  }
}
