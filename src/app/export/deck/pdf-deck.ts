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
import { Deck } from './deck';
import { slidePage } from './pdf-chart-page';
import { pdfDeckContext } from './pdf-frame';
import { PDF_PAGE } from './pdf-layout';
import { closingPage, titlePage } from './pdf-pages';
import { PdfPen } from './pdf-pen';

export interface PdfOptions {
  /** Deflate the page streams (default true). Specs turn it off to read the text. */
  readonly compress?: boolean;
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
  const context = pdfDeckContext(new PdfPen(doc), deck);
  titlePage(context);
  for (const slide of deck.slides) {
    doc.addPage([PDF_PAGE.width, PDF_PAGE.height], 'landscape');
    await slidePage(context, slide);
  }
  doc.addPage([PDF_PAGE.width, PDF_PAGE.height], 'landscape');
  closingPage(context);
  return doc;
}
