/**
 * How much text fits a PowerPoint box. PowerPoint does not shrink overflowing text until it is
 * edited, so sizes are chosen from the text's length, and text that would not fit even at the
 * smallest size is cut short.
 */
import { Box, ELLIPSIS } from './pptx-layout';

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

export function capacity(box: Box, fontSize: number): number {
  const { perLine, lines } = grid(box, fontSize);
  return perLine * lines;
}

/** Whether text should fit, each paragraph starting a new line and words not breaking evenly. */
export function fits(text: string, box: Box, fontSize: number): boolean {
  const { perLine, lines } = grid(box, fontSize);
  const needed = text
    .split('\n')
    .reduce((n, p) => n + Math.max(1, Math.ceil((textWidth(p) * 1.1) / perLine)), 0);
  return needed <= lines;
}

/** The text as is if it fits, else its longest start that fits with an ellipsis and `hint`. */
export function cutToFit(text: string, box: Box, fontSize: number, hint: string): string {
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
export function cut(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}
