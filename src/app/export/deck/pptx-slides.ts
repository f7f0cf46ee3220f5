/** The PowerPoint deck's title slide and closing slide (every assumption and source). */
import { xmlSafe } from '../xml-text';
import { exportDate, isChanged } from './deck-text';
import { PptxDeckContext, footer } from './pptx-frame';
import { BODY_BOTTOM, BODY_TOP, COLOURS, CONTENT_WIDTH, MARGIN, Rows, WIDTH } from './pptx-layout';
import { addLeverTable, addTable, tableHeader } from './pptx-table';
import { addLink, addText } from './pptx-text';

export function titleSlide(context: PptxDeckContext): void {
  const { pptx, deck } = context;
  const p = deck.provenance;
  const slide = pptx.addSlide();
  addText(slide, 'Scenario briefing', { x: MARGIN, y: 0.6, w: CONTENT_WIDTH, h: 0.45 }, [16], {
    color: COLOURS.subtle,
  });
  addText(slide, p.scenario, { x: MARGIN, y: 1.05, w: CONTENT_WIDTH, h: 1.5 }, [40, 32, 24], {
    bold: true,
  });
  addText(
    slide,
    `Exported ${exportDate(p.exportedAt)} · Model version ${p.modelVersion}`,
    { x: MARGIN, y: 2.6, w: CONTENT_WIDTH, h: 0.45 },
    [18],
    {
      color: COLOURS.subtle,
    },
  );
  addText(
    slide,
    'Levers changed from the baseline',
    { x: MARGIN, y: 3.3, w: CONTENT_WIDTH, h: 0.4 },
    [16],
    { bold: true },
  );
  addLeverTable(
    slide,
    deck.changedLevers,
    { x: MARGIN, y: 3.75, w: 9 },
    6,
    13,
    'See the last slide for every assumption.',
  );
  addText(
    slide,
    'Share link (opens this scenario in the dashboard)',
    { x: MARGIN, y: 5.95, w: CONTENT_WIDTH, h: 0.3 },
    [12],
    { bold: true },
  );
  addLink(slide, p.link, { x: MARGIN, y: 6.25, w: CONTENT_WIDTH, h: 0.55 }, 11);
  footer(context, slide, 1);
}

export function closingSlide(context: PptxDeckContext): void {
  const { pptx, deck } = context;
  const slide = pptx.addSlide();
  addText(slide, 'Assumptions and sources', { x: MARGIN, y: 0.3, w: CONTENT_WIDTH, h: 0.7 }, [28], {
    bold: true,
  });
  const levers = deck.assumptions;
  const tableW = 7.3;
  // One row per lever, all on this slide: rows and type shrink with the number of levers.
  const rowH = Math.min(0.3, (BODY_BOTTOM - BODY_TOP - 0.3) / (levers.length + 1));
  const fontSize = Math.max(7, Math.min(12, Math.floor(rowH * 72 * 0.55)));
  const rows: Rows = [
    tableHeader(fontSize),
    ...levers.map((lever) => {
      const bold = isChanged(lever, deck.changedLevers);
      return [lever.label, lever.value, lever.baseline].map((text) => ({
        text: xmlSafe(text),
        options: { bold },
      }));
    }),
  ];
  addTable(slide, rows, { x: MARGIN, y: BODY_TOP, w: tableW }, rowH, fontSize);
  const noteY = BODY_TOP + (levers.length + 1) * rowH + 0.05;
  addText(slide, 'Changed levers in bold.', { x: MARGIN, y: noteY, w: tableW, h: 0.3 }, [10], {
    color: COLOURS.subtle,
  });

  const x = MARGIN + tableW + 0.4;
  const w = WIDTH - MARGIN - x;
  addText(slide, 'Sources', { x, y: BODY_TOP, w, h: 0.35 }, [14], { bold: true });
  const sources = deck.sources.length
    ? deck.sources.map((s) => `• ${s}`).join('\n')
    : 'None cited.';
  addText(
    slide,
    sources,
    { x, y: BODY_TOP + 0.4, w, h: BODY_BOTTOM - BODY_TOP - 1.35 },
    [12, 11, 10, 9, 8, 7],
  );
  addText(slide, 'Share link', { x, y: BODY_BOTTOM - 0.85, w, h: 0.3 }, [11], { bold: true });
  addLink(slide, deck.provenance.link, { x, y: BODY_BOTTOM - 0.55, w, h: 0.6 }, 9);
  footer(context, slide, context.slideCount);
}
