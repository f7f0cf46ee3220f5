/**
 * Text on a PowerPoint slide, sized to fit its box. pptxgenjs XML-escapes every text it writes;
 * what it does not do is drop the characters XML 1.0 forbids (most control characters, lone
 * surrogates), which would make PowerPoint refuse the file, so `xmlSafe` does that here.
 */
import { xmlSafe } from '../xml-text';
import { safeLink } from './deck-text';
import { capacity, cut, cutToFit, fits } from './pptx-fit';
import { Box, COLOURS, FONT, Slide } from './pptx-layout';

export interface TextOptions {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly oneLine?: boolean;
  /** Appended where the text is cut short. */
  readonly cutHint?: string;
}

/**
 * Text in a box at the first of `sizes` at which it should fit, else at the last, cut short.
 * `oneLine` keeps it to one line, cut to the box's width.
 */
export function addText(
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

/** The link as its own text, clickable where it is an http(s) URL. */
export function addLink(slide: Slide, link: string, box: Box, fontSize: number): void {
  const url = safeLink(link);
  const shown = cut(xmlSafe(url ?? link), capacity(box, fontSize));
  slide.addText(
    [
      {
        text: shown,
        options: url ? { hyperlink: { url, tooltip: 'Open this scenario in the dashboard' } } : {},
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
