/** Tables on a PowerPoint slide: the changed levers, and every assumption on the closing slide. */
import type PptxGenJS from 'pptxgenjs';
import { xmlSafe } from '../xml-text';
import { DeckLever } from './deck';
import { capacity, cut } from './pptx-fit';
import { Box, COLOURS, COLUMNS, FONT, ROW_HEIGHT, Rows, Slide } from './pptx-layout';
import { addText } from './pptx-text';

export function tableHeader(fontSize: number): PptxGenJS.TableCell[] {
  return ['Lever', 'Scenario', 'Baseline'].map((text) => ({
    text,
    options: { bold: true, color: COLOURS.subtle, fontSize },
  }));
}

/**
 * The changed levers as a table of at most `maxRows` one-line rows (cells cut to fit; the
 * closing slide has them in full), or a line saying there are none.
 */
export function addLeverTable(
  slide: Slide,
  levers: readonly DeckLever[],
  at: Omit<Box, 'h'>,
  maxRows: number,
  fontSize: number,
  overflowHint = '',
): void {
  if (!levers.length) {
    addText(slide, 'None: this is the baseline.', { ...at, h: 0.35 }, [fontSize], {
      italic: true,
    });
    return;
  }
  const shown = levers.length > maxRows ? levers.slice(0, maxRows - 1) : levers;
  const oneLine = (text: string, column: number) =>
    cut(xmlSafe(text), capacity({ x: 0, y: 0, w: COLUMNS[column] * at.w - 0.15, h: 0 }, fontSize));
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
  addTable(slide, rows, at, ROW_HEIGHT, fontSize);
}

export function addTable(
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
