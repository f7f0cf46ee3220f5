/** The PDF deck's title page and closing page (every assumption and source). */
import { exportDate, isChanged } from './deck-text';
import { PdfDeckContext, footer, linkBlock } from './pdf-frame';
import {
  BODY_BOTTOM,
  BODY_TOP,
  CONTENT_WIDTH,
  LINE,
  MARGIN,
  PALETTE,
  PDF_PAGE,
} from './pdf-layout';
import { TableRow, leverTable, table } from './pdf-table';

export function titlePage(context: PdfDeckContext): void {
  const { pen, deck } = context;
  const p = deck.provenance;
  let y = 48;
  y += pen.text('Scenario briefing', MARGIN, y, CONTENT_WIDTH, 20, {
    size: 14,
    color: PALETTE.subtleText,
  });
  y +=
    4 +
    pen.text(p.scenario, MARGIN, y, CONTENT_WIDTH, 2 * 40 * LINE, {
      size: 40,
      minSize: 24,
      style: 'bold',
    });
  y +=
    6 +
    pen.text(
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
    pen.text('Levers changed from the baseline', MARGIN, y, CONTENT_WIDTH, 20, {
      size: 14,
      style: 'bold',
    });
  y +=
    4 +
    leverTable(
      pen,
      deck.changedLevers,
      { x: MARGIN, y: y + 4, width: 640, maxHeight: 400 - y },
      13,
      'See the last page for every assumption.',
    );
  linkBlock(
    context,
    MARGIN,
    Math.max(y + 16, 404),
    CONTENT_WIDTH,
    BODY_BOTTOM - Math.max(y + 16, 404),
    12,
  );
  footer(context, 1);
}

export function closingPage(context: PdfDeckContext): void {
  const { pen, deck } = context;
  const page = pen.doc.getNumberOfPages();
  pen.text('Assumptions and sources', MARGIN, 28, CONTENT_WIDTH, 34, {
    size: 26,
    style: 'bold',
  });
  pen.rule(70);
  const tableWidth = 520;
  const rows: TableRow[] = deck.assumptions.map((lever) => ({
    cells: [lever.label, lever.value, lever.baseline],
    bold: isChanged(lever, deck.changedLevers),
  }));
  const height = table(
    pen,
    ['Lever', 'Scenario', 'Baseline'],
    rows,
    { x: MARGIN, y: BODY_TOP, width: tableWidth, maxHeight: BODY_BOTTOM - BODY_TOP - 16 },
    12,
    7,
  );
  pen.text('Changed levers in bold.', MARGIN, BODY_TOP + height + 6, tableWidth, 14, {
    size: 9,
    color: PALETTE.subtleText,
  });

  const x = MARGIN + tableWidth + 32;
  const width = PDF_PAGE.width - MARGIN - x;
  const linkTop = BODY_BOTTOM - 64;
  let y = BODY_TOP + pen.text('Sources', x, BODY_TOP, width, 18, { size: 13, style: 'bold' });
  const sources = deck.sources.map((s) => `• ${s}`).join('\n') || 'None cited.';
  y += 4;
  pen.text(sources, x, y, width, linkTop - y - 12, { size: 10, minSize: 6.5 });
  linkBlock(context, x, linkTop, width, BODY_BOTTOM - linkTop, 9);
  footer(context, page);
}
