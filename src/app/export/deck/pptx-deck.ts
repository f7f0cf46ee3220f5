/**
 * The briefing deck as PowerPoint: a title slide, one 16:9 slide per deck slide (chart as the 2x
 * PNG, caption, note, changed levers, sources, footer and a link back to the scenario; the note
 * also as speaker notes), and a closing slide of every assumption and source.
 *
 * Loaded only when an analyst exports (a dynamic import). pptxgenjs XML-escapes every text it
 * writes; what it does not do is drop the characters XML 1.0 forbids (most control characters,
 * lone surrogates), which would make PowerPoint refuse the file, so `xmlSafe` (xml-text.ts) does that here.
 * Otherwise text stays Unicode, exactly as typed.
 *
 * PowerPoint does not shrink overflowing text until it is edited, so sizes are chosen here from
 * the text's length, and text that would not fit even at the smallest size is cut short.
 */
import PptxGenJS from 'pptxgenjs';
import { PALETTES } from '../../charts/palette';
import { xmlSafe } from '../xml-text';
import { Deck, DeckLever, DeckSlide } from './deck';
import { exportDate, footerText, isChanged, safeLink } from './deck-text';

/** LAYOUT_WIDE: 13.333 × 7.5 in. */
const WIDTH = 13.333;
const MARGIN = 0.5;
const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
const BODY_TOP = 1.15;
const BODY_BOTTOM = 6.7;
const FONT = 'Calibri';
/** Rows of the lever tables, in inches, and their columns (lever, scenario, baseline) as fractions. */
const ROW_HEIGHT = 0.28;
const COLUMNS = [0.6, 0.2, 0.2];
const ELLIPSIS = '…';

/** pptxgenjs takes colours as hex without the '#'. */
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const COLOURS = {
  text: hex(PALETTES.light.text),
  subtle: hex(PALETTES.light.subtleText),
  rule: hex(PALETTES.light.grid),
  link: hex(PALETTES.light.series[0]),
};

type Slide = PptxGenJS.Slide;
type Rows = PptxGenJS.TableRow[];

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export async function buildPptx(deck: Deck): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafe(`Briefing: ${deck.provenance.scenario}`);
  pptx.subject = `Scenario briefing, model version ${deck.provenance.modelVersion}`;
  pptx.company = 'China high-tech goals dashboard';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const writer = new PptxWriter(pptx, deck);
  writer.titleSlide();
  deck.slides.forEach((slide, i) => writer.chartSlide(slide, i + 2));
  writer.closingSlide();
  const zip = (await pptx.write({ outputType: 'blob' })) as Blob;
  // pptxgenjs labels the blob application/zip; a download should say what it is.
  return new Blob([zip], { type: PPTX_TYPE });
}

class PptxWriter {
  private readonly link: string | undefined;
  private readonly slideCount: number;

  constructor(
    private readonly pptx: PptxGenJS,
    private readonly deck: Deck,
  ) {
    this.link = safeLink(deck.provenance.link);
    this.slideCount = deck.slides.length + 2;
  }

  titleSlide(): void {
    const p = this.deck.provenance;
    const slide = this.pptx.addSlide();
    this.text(slide, 'Scenario briefing', { x: MARGIN, y: 0.6, w: CONTENT_WIDTH, h: 0.45 }, [16], {
      color: COLOURS.subtle,
    });
    this.text(slide, p.scenario, { x: MARGIN, y: 1.05, w: CONTENT_WIDTH, h: 1.5 }, [40, 32, 24], {
      bold: true,
    });
    this.text(
      slide,
      `Exported ${exportDate(p.exportedAt)} · Model version ${p.modelVersion}`,
      { x: MARGIN, y: 2.6, w: CONTENT_WIDTH, h: 0.45 },
      [18],
      {
        color: COLOURS.subtle,
      },
    );
    this.text(
      slide,
      'Levers changed from the baseline',
      { x: MARGIN, y: 3.3, w: CONTENT_WIDTH, h: 0.4 },
      [16],
      { bold: true },
    );
    this.leverTable(
      slide,
      this.deck.changedLevers,
      { x: MARGIN, y: 3.75, w: 9 },
      6,
      13,
      'See the last slide for every assumption.',
    );
    this.text(
      slide,
      'Share link (opens this scenario in the dashboard)',
      { x: MARGIN, y: 5.95, w: CONTENT_WIDTH, h: 0.3 },
      [12],
      { bold: true },
    );
    this.linkText(slide, p.link, { x: MARGIN, y: 6.25, w: CONTENT_WIDTH, h: 0.55 }, 11);
    this.footer(slide, 1);
  }

  chartSlide(deckSlide: DeckSlide, number: number): void {
    const slide = this.pptx.addSlide();
    this.text(
      slide,
      deckSlide.title,
      { x: MARGIN, y: 0.3, w: CONTENT_WIDTH, h: 0.7 },
      [28, 24, 20],
      { bold: true },
    );

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
    this.text(
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
    const shownLevers = Math.min(Math.max(this.deck.changedLevers.length, 1), 6);
    const leversTop = BODY_BOTTOM - (shownLevers + 1) * ROW_HEIGHT - 0.35;
    this.text(slide, 'Levers changed from the baseline', { x, y: leversTop, w, h: 0.3 }, [11], {
      bold: true,
      color: COLOURS.subtle,
    });
    this.leverTable(slide, this.deck.changedLevers, { x, y: leversTop + 0.32, w }, 6, 10);

    const textBottom = leversTop - 0.15;
    const note = deckSlide.note.trim();
    const captionH = note ? (textBottom - BODY_TOP) * 0.5 : textBottom - BODY_TOP;
    this.text(slide, deckSlide.caption, { x, y: BODY_TOP, w, h: captionH }, [18, 16, 14, 12, 11]);
    if (note) {
      const noteTop = BODY_TOP + captionH + 0.1;
      this.text(slide, 'Analyst note', { x, y: noteTop, w, h: 0.3 }, [11], {
        bold: true,
        color: COLOURS.subtle,
      });
      this.text(
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
    this.footer(slide, number);
  }

  closingSlide(): void {
    const slide = this.pptx.addSlide();
    this.text(
      slide,
      'Assumptions and sources',
      { x: MARGIN, y: 0.3, w: CONTENT_WIDTH, h: 0.7 },
      [28],
      { bold: true },
    );
    const levers = this.deck.assumptions;
    const tableW = 7.3;
    // One row per lever, all on this slide: rows and type shrink with the number of levers.
    const rowH = Math.min(0.3, (BODY_BOTTOM - BODY_TOP - 0.3) / (levers.length + 1));
    const fontSize = Math.max(7, Math.min(12, Math.floor(rowH * 72 * 0.55)));
    const rows: Rows = [
      tableHeader(fontSize),
      ...levers.map((lever) => {
        const bold = isChanged(lever, this.deck.changedLevers);
        return [lever.label, lever.value, lever.baseline].map((text) => ({
          text: xmlSafe(text),
          options: { bold },
        }));
      }),
    ];
    this.table(slide, rows, { x: MARGIN, y: BODY_TOP, w: tableW }, rowH, fontSize);
    const noteY = BODY_TOP + (levers.length + 1) * rowH + 0.05;
    this.text(slide, 'Changed levers in bold.', { x: MARGIN, y: noteY, w: tableW, h: 0.3 }, [10], {
      color: COLOURS.subtle,
    });

    const x = MARGIN + tableW + 0.4;
    const w = WIDTH - MARGIN - x;
    this.text(slide, 'Sources', { x, y: BODY_TOP, w, h: 0.35 }, [14], { bold: true });
    const sources = this.deck.sources.length
      ? this.deck.sources.map((s) => `• ${s}`).join('\n')
      : 'None cited.';
    this.text(
      slide,
      sources,
      { x, y: BODY_TOP + 0.4, w, h: BODY_BOTTOM - BODY_TOP - 1.35 },
      [12, 11, 10, 9, 8, 7],
    );
    this.text(slide, 'Share link', { x, y: BODY_BOTTOM - 0.85, w, h: 0.3 }, [11], { bold: true });
    this.linkText(slide, this.deck.provenance.link, { x, y: BODY_BOTTOM - 0.55, w, h: 0.6 }, 9);
    this.footer(slide, this.slideCount);
  }

  private footer(slide: Slide, number: number): void {
    const y = 7.0;
    slide.addShape(this.pptx.ShapeType.line, {
      x: MARGIN,
      y: y - 0.08,
      w: CONTENT_WIDTH,
      h: 0,
      line: { color: COLOURS.rule, width: 0.75 },
    });
    this.text(slide, footerText(this.deck.provenance), { x: MARGIN, y, w: 7.2, h: 0.3 }, [10], {
      color: COLOURS.subtle,
      oneLine: true,
    });
    const linkLabel = 'Open this scenario in the dashboard';
    slide.addText(
      [
        this.link
          ? { text: linkLabel, options: { hyperlink: { url: this.link, tooltip: this.link } } }
          : { text: xmlSafe(this.deck.provenance.link) },
        { text: `   ${number} / ${this.slideCount}`, options: { color: COLOURS.subtle } },
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

  /** The link as its own text, clickable where it is an http(s) URL. */
  private linkText(slide: Slide, link: string, box: Box, fontSize: number): void {
    const url = safeLink(link);
    const shown = cut(xmlSafe(url ?? link), capacity(box, fontSize));
    slide.addText(
      [
        {
          text: shown,
          options: url
            ? { hyperlink: { url, tooltip: 'Open this scenario in the dashboard' } }
            : {},
        },
      ],
      {
        ...box,
        fontFace: FONT,
        fontSize,
        color: COLOURS.link,
        valign: 'top',
        margin: 0,
        fit: 'none',
      },
    );
  }

  /**
   * Text in a box at the first of `sizes` at which it should fit, else at the last, cut short.
   * `oneLine` keeps it to one line, cut to the box's width.
   */
  private text(
    slide: Slide,
    text: string,
    box: Box,
    sizes: readonly number[],
    options: TextOptions = {},
  ): void {
    const clean = xmlSafe(text).trim();
    if (!clean) return;
    const area = (size: number): Box => (options.oneLine ? { ...box, h: (size / 72) * 1.2 } : box);
    const size = sizes.find((s) => fits(clean, area(s), s)) ?? sizes[sizes.length - 1];
    slide.addText(cutToFit(clean, area(size), size, options.cutHint ?? ''), {
      ...box,
      fontFace: FONT,
      fontSize: size,
      bold: options.bold,
      italic: options.italic,
      color: options.color ?? COLOURS.text,
      valign: 'top',
      margin: 0,
      fit: 'none',
      wrap: !options.oneLine,
    });
  }

  /**
   * The changed levers as a table of at most `maxRows` one-line rows (cells cut to fit; the
   * closing slide has them in full), or a line saying there are none.
   */
  private leverTable(
    slide: Slide,
    levers: readonly DeckLever[],
    at: Omit<Box, 'h'>,
    maxRows: number,
    fontSize: number,
    overflowHint = '',
  ): void {
    if (!levers.length) {
      this.text(slide, 'None: this is the baseline.', { ...at, h: 0.35 }, [fontSize], {
        italic: true,
      });
      return;
    }
    const shown = levers.length > maxRows ? levers.slice(0, maxRows - 1) : levers;
    const oneLine = (text: string, column: number) =>
      cut(
        xmlSafe(text),
        capacity({ x: 0, y: 0, w: COLUMNS[column] * at.w - 0.15, h: 0 }, fontSize),
      );
    const rows: Rows = [
      tableHeader(fontSize),
      ...shown.map((l) =>
        [l.label, l.value, l.baseline].map((text, i) => ({ text: oneLine(text, i) })),
      ),
    ];
    if (shown.length < levers.length) {
      const more = `… and ${levers.length - shown.length} more. ${overflowHint}`.trim();
      rows.push([{ text: more, options: { colspan: 3, italic: true } }]);
    }
    this.table(slide, rows, at, ROW_HEIGHT, fontSize);
  }

  private table(
    slide: Slide,
    rows: Rows,
    at: Omit<Box, 'h'>,
    rowH: number,
    fontSize: number,
  ): void {
    slide.addTable(rows, {
      ...at,
      colW: COLUMNS.map((f) => f * at.w),
      rowH,
      fontFace: FONT,
      fontSize,
      color: COLOURS.text,
      valign: 'middle',
      border: { type: 'solid', pt: 0.5, color: COLOURS.rule },
      autoPage: false,
    });
  }
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface TextOptions {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly oneLine?: boolean;
  /** Appended where the text is cut short. */
  readonly cutHint?: string;
}

function tableHeader(fontSize: number): PptxGenJS.TableCell[] {
  return ['Lever', 'Scenario', 'Baseline'].map((text) => ({
    text,
    options: { bold: true, color: COLOURS.subtle, fontSize },
  }));
}

/**
 * Text width in "characters": Calibri averages about half an em a Latin character; CJK and other
 * wide characters take a full em.
 */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return width;
}

/** Characters per line and lines in a box at a size (lines 1.2 em apart); kept on the safe side. */
function grid(box: Box, fontSize: number): { perLine: number; lines: number } {
  return {
    perLine: Math.max(1, Math.floor((box.w * 72) / (fontSize * 0.52))),
    lines: Math.max(1, Math.floor((box.h * 72) / (fontSize * 1.2))),
  };
}

function capacity(box: Box, fontSize: number): number {
  const { perLine, lines } = grid(box, fontSize);
  return perLine * lines;
}

/** Whether text should fit, each paragraph starting a new line and words not breaking evenly. */
function fits(text: string, box: Box, fontSize: number): boolean {
  const { perLine, lines } = grid(box, fontSize);
  const needed = text
    .split('\n')
    .reduce((n, p) => n + Math.max(1, Math.ceil((textWidth(p) * 1.1) / perLine)), 0);
  return needed <= lines;
}

/** The text as is if it fits, else its longest start that fits with an ellipsis and `hint`. */
function cutToFit(text: string, box: Box, fontSize: number, hint: string): string {
  if (fits(text, box, fontSize)) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cut(text, mid) + hint, box, fontSize)) lo = mid;
    else hi = mid - 1;
  }
  return cut(text, lo) + hint;
}

/** The text cut to `max` characters (whole code points), ending in an ellipsis if cut. */
function cut(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}
