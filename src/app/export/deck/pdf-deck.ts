/**
 * The briefing deck as a PDF: a title page, one 16:9 page per slide with the chart as vector
 * graphics (svg2pdf.js draws the SVG with PDF paths and text, so the chart stays sharp and its
 * labels stay searchable), and a closing page of every assumption and source. Every page carries
 * the scenario, date, model version and the share link.
 *
 * Loaded only when an analyst exports (a dynamic import): jsPDF and svg2pdf.js weigh about 400 kB.
 * All text goes through `toWinAnsi`, since the standard fonts used here are not embedded and only
 * cover Windows-1252; jsPDF writes text as PDF strings, so markup in a name stays text.
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { PALETTES } from '../../charts/palette';
import { Deck, DeckLever, DeckSlide } from './deck';
import { exportDate, footerText, isChanged, safeLink } from './deck-text';
import { svgElement } from './svg-element';
import { toWinAnsi } from './win-ansi';

export interface PdfOptions {
  /** Deflate the page streams (default true). Specs turn it off to read the text. */
  readonly compress?: boolean;
}

/** 13.33 × 7.5 in, PowerPoint's 16:9, in points. */
export const PDF_PAGE = { width: 960, height: 540 } as const;
const MARGIN = 36;
const CONTENT_WIDTH = PDF_PAGE.width - 2 * MARGIN;
const BODY_TOP = 84;
const BODY_BOTTOM = 484;
const FOOTER_RULE = 502;
/** Line height of text, and row height of tables, as factors of the font size. */
const LINE = 1.25;
const ROW = 1.7;
const PALETTE = PALETTES.light;
const ELLIPSIS = '…';

interface TextStyle {
  readonly size: number;
  /** Shrink down to this size before cutting the text short (default: no shrinking). */
  readonly minSize?: number;
  readonly style?: 'normal' | 'bold' | 'italic' | 'bolditalic';
  readonly color?: string;
}

interface TableRow {
  readonly cells: readonly string[];
  readonly bold?: boolean;
}

export async function buildPdf(deck: Deck, options: PdfOptions = {}): Promise<Blob> {
  return (await renderPdf(deck, options)).output('blob');
}

/** The deck as a jsPDF document, before output (specs count its pages). */
export async function renderPdf(deck: Deck, options: PdfOptions = {}): Promise<jsPDF> {
  const doc = new jsPDF({
    orientation: 'landscape',
    unit: 'pt',
    format: [PDF_PAGE.width, PDF_PAGE.height],
    compress: options.compress ?? true,
  });
  // Document properties are PDF text strings, which jsPDF writes as UTF-16 when needed: no mapping.
  doc.setDocumentProperties({
    title: `Briefing: ${deck.provenance.scenario}`,
    subject: `Scenario briefing, model version ${deck.provenance.modelVersion}`,
    creator: 'China high-tech goals dashboard',
  });
  const writer = new PdfWriter(doc, deck);
  writer.titlePage();
  for (const slide of deck.slides) {
    doc.addPage([PDF_PAGE.width, PDF_PAGE.height], 'landscape');
    await writer.slidePage(slide);
  }
  doc.addPage([PDF_PAGE.width, PDF_PAGE.height], 'landscape');
  writer.closingPage();
  return doc;
}

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

class PdfWriter {
  private readonly link: string | undefined;
  private readonly pageCount: number;

  constructor(
    private readonly doc: jsPDF,
    private readonly deck: Deck,
  ) {
    this.link = safeLink(deck.provenance.link);
    this.pageCount = deck.slides.length + 2;
  }

  titlePage(): void {
    const p = this.deck.provenance;
    let y = 48;
    y += this.text('Scenario briefing', MARGIN, y, CONTENT_WIDTH, 20, {
      size: 14,
      color: PALETTE.subtleText,
    });
    y +=
      4 +
      this.text(p.scenario, MARGIN, y, CONTENT_WIDTH, 2 * 40 * LINE, {
        size: 40,
        minSize: 24,
        style: 'bold',
      });
    y +=
      6 +
      this.text(
        `Exported ${exportDate(p.exportedAt)} · Model version ${p.modelVersion}`,
        MARGIN,
        y,
        CONTENT_WIDTH,
        24,
        {
          size: 16,
          color: PALETTE.subtleText,
        },
      );
    y +=
      22 +
      this.text('Levers changed from the baseline', MARGIN, y, CONTENT_WIDTH, 20, {
        size: 14,
        style: 'bold',
      });
    y +=
      4 +
      this.leverTable(
        this.deck.changedLevers,
        MARGIN,
        y + 4,
        640,
        400 - y,
        13,
        'See the last page for every assumption.',
      );
    this.linkBlock(
      MARGIN,
      Math.max(y + 16, 404),
      CONTENT_WIDTH,
      BODY_BOTTOM - Math.max(y + 16, 404),
      12,
    );
    this.footer(1);
  }

  async slidePage(slide: DeckSlide): Promise<void> {
    const page = this.doc.getNumberOfPages();
    this.text(slide.title, MARGIN, 28, CONTENT_WIDTH, 34, { size: 26, minSize: 18, style: 'bold' });
    this.rule(70);

    // The chart, left, at its own aspect ratio within 560 × 320 pt.
    const box = { width: 560, height: 320 };
    const [w, h] =
      slide.width > 0 && slide.height > 0 ? [slide.width, slide.height] : [box.width, box.height];
    const scale = Math.min(box.width / w, box.height / h);
    const chart = { width: w * scale, height: h * scale };
    await svg2pdf(pdfReadySvg(slide.svg), this.doc, {
      x: MARGIN,
      y: BODY_TOP,
      width: chart.width,
      height: chart.height,
      // No network and no nested SVG documents (svg2pdf.js would parse those outside the TT policy).
      loadExternalStyleSheets: false,
      loadImages: false,
    });
    const sourcesTop = BODY_TOP + chart.height + 10;
    this.text(
      `Sources: ${slide.sources}`,
      MARGIN,
      sourcesTop,
      box.width,
      BODY_BOTTOM - sourcesTop,
      {
        size: 10,
        minSize: 8,
        color: PALETTE.subtleText,
      },
    );

    // Right column: caption and note above, the changed levers below.
    const x = MARGIN + box.width + 28;
    const width = PDF_PAGE.width - MARGIN - x;
    const leversHeight = this.leverTableHeight(this.deck.changedLevers.length, 10, 168);
    const leversTop = BODY_BOTTOM - leversHeight - 20;
    this.text('Levers changed from the baseline', x, leversTop, width, 14, {
      size: 10,
      style: 'bold',
      color: PALETTE.subtleText,
    });
    this.leverTable(this.deck.changedLevers, x, leversTop + 18, width, leversHeight, 10);

    const textBottom = leversTop - 14;
    const note = slide.note.trim();
    const captionRoom = note ? (textBottom - BODY_TOP) * 0.55 : textBottom - BODY_TOP;
    let y =
      BODY_TOP +
      this.text(slide.caption, x, BODY_TOP, width, captionRoom, { size: 16, minSize: 11 });
    if (note) {
      y += 14;
      y += this.text('Analyst note', x, y, width, 14, {
        size: 10,
        style: 'bold',
        color: PALETTE.subtleText,
      });
      this.text(note, x, y + 2, width, textBottom - y - 2, {
        size: 13,
        minSize: 9,
        style: 'italic',
      });
    }
    this.footer(page);
  }

  closingPage(): void {
    const page = this.doc.getNumberOfPages();
    this.text('Assumptions and sources', MARGIN, 28, CONTENT_WIDTH, 34, {
      size: 26,
      style: 'bold',
    });
    this.rule(70);
    const tableWidth = 520;
    const rows: TableRow[] = this.deck.assumptions.map((lever) => ({
      cells: [lever.label, lever.value, lever.baseline],
      bold: isChanged(lever, this.deck.changedLevers),
    }));
    const height = this.table(
      ['Lever', 'Scenario', 'Baseline'],
      rows,
      MARGIN,
      BODY_TOP,
      tableWidth,
      BODY_BOTTOM - BODY_TOP - 16,
      12,
      7,
    );
    this.text('Changed levers in bold.', MARGIN, BODY_TOP + height + 6, tableWidth, 14, {
      size: 9,
      color: PALETTE.subtleText,
    });

    const x = MARGIN + tableWidth + 32;
    const width = PDF_PAGE.width - MARGIN - x;
    const linkTop = BODY_BOTTOM - 64;
    let y = BODY_TOP + this.text('Sources', x, BODY_TOP, width, 18, { size: 13, style: 'bold' });
    const sources = this.deck.sources.map((s) => `• ${s}`).join('\n') || 'None cited.';
    y += 4;
    this.text(sources, x, y, width, linkTop - y - 12, { size: 10, minSize: 6.5 });
    this.linkBlock(x, linkTop, width, BODY_BOTTOM - linkTop, 9);
    this.footer(page);
  }

  /** "Share link" and the link itself, wrapped, clickable where it is an http(s) URL. */
  private linkBlock(x: number, y: number, width: number, height: number, size: number): void {
    const top =
      y +
      this.text('Share link (opens this scenario in the dashboard)', x, y, width, 16, {
        size: size,
        style: 'bold',
      });
    const shown = this.link ?? this.deck.provenance.link;
    const room = height - (top - y);
    const { lines } = this.fit(shown, width, room, { size, minSize: 7, color: PALETTE.series[0] });
    this.drawLines(lines, x, top + 2, this.link);
  }

  private footer(page: number): void {
    const doc = this.doc;
    this.rule(FOOTER_RULE);
    const y = FOOTER_RULE + 10;
    const style: TextStyle = { size: 9, color: PALETTE.subtleText };
    const number = `${page} / ${this.pageCount}`;
    this.setStyle(style);
    const numberWidth = doc.getTextWidth(number);
    doc.text(number, PDF_PAGE.width - MARGIN, y, { baseline: 'top', align: 'right' });
    const left = this.ellipsize(toWinAnsi(footerText(this.deck.provenance)), CONTENT_WIDTH * 0.5);
    doc.text(left, MARGIN, y, { baseline: 'top' });
    const linkX = MARGIN + CONTENT_WIDTH * 0.5 + 16;
    this.setStyle({ ...style, color: PALETTE.series[0] });
    const link = this.ellipsize(
      toWinAnsi(this.link ?? this.deck.provenance.link),
      PDF_PAGE.width - MARGIN - numberWidth - 16 - linkX,
    );
    this.drawLines([link], linkX, y, this.link);
  }

  /** Draws lines already fitted and styled; each one a link to `url` if given. */
  private drawLines(lines: readonly string[], x: number, y: number, url: string | undefined): void {
    const doc = this.doc;
    const step = doc.getFontSize() * LINE;
    lines.forEach((line, i) => {
      doc.text(line, x, y + i * step, { baseline: 'top' });
      if (url) doc.link(x, y + i * step, doc.getTextWidth(line), step, { url });
    });
  }

  /**
   * Writes text wrapped to `width` within `maxHeight`, shrinking it down to `minSize` and then
   * cutting it short with an ellipsis. Returns the height used.
   */
  private text(
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
  private fit(
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

  /** The text cut to fit `width` in the current font, ending in an ellipsis if cut. */
  private ellipsize(text: string, width: number): string {
    const doc = this.doc;
    if (doc.getTextWidth(text) <= width) return text;
    let cut = text.endsWith(ELLIPSIS) ? text.slice(0, -1) : text;
    while (cut && doc.getTextWidth(`${cut}${ELLIPSIS}`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}${ELLIPSIS}`;
  }

  private leverTableHeight(rows: number, size: number, maxHeight: number): number {
    return Math.min(maxHeight, (Math.max(rows, 1) + 1) * size * ROW);
  }

  /** The changed levers as a table, or a line saying there are none. Returns the height used. */
  private leverTable(
    levers: readonly DeckLever[],
    x: number,
    y: number,
    width: number,
    maxHeight: number,
    size: number,
    overflowHint = '',
  ): number {
    if (!levers.length) {
      return this.text('None: this is the baseline.', x, y, width, maxHeight, {
        size,
        style: 'italic',
      });
    }
    const rows = levers.map((l) => ({ cells: [l.label, l.value, l.baseline] }));
    return this.table(
      ['Lever', 'Scenario', 'Baseline'],
      rows,
      x,
      y,
      width,
      maxHeight,
      size,
      size,
      overflowHint,
    );
  }

  /**
   * A three-column table, one line a row, cells cut with an ellipsis. Shrinks from `size` to
   * `minSize` to fit; rows that still do not fit are summed up in a last row. Returns the height used.
   */
  private table(
    header: readonly string[],
    rows: readonly TableRow[],
    x: number,
    y: number,
    width: number,
    maxHeight: number,
    size: number,
    minSize: number,
    overflowHint = '',
  ): number {
    let fontSize = size;
    while (fontSize > minSize && (rows.length + 1) * fontSize * ROW > maxHeight) fontSize -= 0.5;
    const rowHeight = fontSize * ROW;
    const room = Math.max(1, Math.floor((maxHeight + 0.01) / rowHeight) - 1);
    let shown: readonly TableRow[] = rows;
    if (rows.length > room) {
      const hidden = rows.length - room + 1;
      shown = [
        ...rows.slice(0, room - 1),
        { cells: [`… and ${hidden} more. ${overflowHint}`.trim(), '', ''] },
      ];
    }
    const columns = [0.56, 0.22, 0.22].map((f) => f * width);
    const drawRow = (
      cells: readonly string[],
      top: number,
      style: TextStyle,
      spanFirst: boolean,
    ) => {
      this.setStyle(style);
      let cx = x;
      cells.forEach((cell, i) => {
        const cellWidth = spanFirst && i === 0 ? width : columns[i] - 8;
        if (cell)
          this.doc.text(this.ellipsize(toWinAnsi(cell), cellWidth), cx, top + fontSize * 0.3, {
            baseline: 'top',
          });
        cx += columns[i];
      });
    };
    drawRow(header, y, { size: fontSize, style: 'bold', color: PALETTE.subtleText }, false);
    this.rule(y + rowHeight, x, x + width);
    shown.forEach((row, i) => {
      const top = y + (i + 1) * rowHeight;
      const spanFirst = !row.cells[1] && !row.cells[2];
      drawRow(row.cells, top, { size: fontSize, style: row.bold ? 'bold' : 'normal' }, spanFirst);
      if (i < shown.length - 1) this.rule(top + rowHeight, x, x + width, 0.25);
    });
    return (shown.length + 1) * rowHeight;
  }

  private rule(y: number, x1 = MARGIN, x2 = PDF_PAGE.width - MARGIN, lineWidth = 0.75): void {
    this.doc.setDrawColor(PALETTE.grid);
    this.doc.setLineWidth(lineWidth);
    this.doc.line(x1, y, x2, y);
  }

  private setStyle(style: TextStyle): void {
    this.doc.setFont('helvetica', style.style ?? 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(style.color ?? PALETTE.text);
  }
}
