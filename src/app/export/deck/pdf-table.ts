/** Tables on a PDF page: the changed levers, and every assumption on the closing page. */
import { DeckLever } from './deck';
import { PALETTE, ROW, TextStyle } from './pdf-layout';
import { PdfPen } from './pdf-pen';
import { toWinAnsi } from './win-ansi';

export interface TableRow {
  readonly cells: readonly string[];
  readonly bold?: boolean;
}

/** Where a table is drawn: its top left corner, its width and the height it may take. */
export interface TableBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly maxHeight: number;
}

export function leverTableHeight(rows: number, size: number, maxHeight: number): number {
  return Math.min(maxHeight, (Math.max(rows, 1) + 1) * size * ROW);
}

/** The changed levers as a table, or a line saying there are none. Returns the height used. */
export function leverTable(
  pen: PdfPen,
  levers: readonly DeckLever[],
  box: TableBox,
  size: number,
  overflowHint = '',
): number {
  if (!levers.length) {
    return pen.text('None: this is the baseline.', box.x, box.y, box.width, box.maxHeight, {
      size,
      style: 'italic',
    });
  }
  const rows = levers.map((l) => ({ cells: [l.label, l.value, l.baseline] }));
  return table(pen, ['Lever', 'Scenario', 'Baseline'], rows, box, size, size, overflowHint);
}

/**
 * A three-column table, one line a row, cells cut with an ellipsis. Shrinks from `size` to
 * `minSize` to fit; rows that still do not fit are summed up in a last row. Returns the height used.
 */
export function table(
  pen: PdfPen,
  header: readonly string[],
  rows: readonly TableRow[],
  { x, y, width, maxHeight }: TableBox,
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
  const drawRow = (cells: readonly string[], top: number, style: TextStyle, spanFirst: boolean) => {
    pen.setStyle(style);
    let cx = x;
    cells.forEach((cell, i) => {
      const cellWidth = spanFirst && i === 0 ? width : columns[i] - 8;
      if (cell)
        pen.doc.text(pen.ellipsize(toWinAnsi(cell), cellWidth), cx, top + fontSize * 0.3, {
          baseline: 'top',
        });
      cx += columns[i];
    });
  };
  drawRow(header, y, { size: fontSize, style: 'bold', color: PALETTE.subtleText }, false);
  pen.rule(y + rowHeight, x, x + width);
  shown.forEach((row, i) => {
    const top = y + (i + 1) * rowHeight;
    const spanFirst = !row.cells[1] && !row.cells[2];
    drawRow(row.cells, top, { size: fontSize, style: row.bold ? 'bold' : 'normal' }, spanFirst);
    if (i < shown.length - 1) pen.rule(top + rowHeight, x, x + width, 0.25);
  });
  return (shown.length + 1) * rowHeight;
}
