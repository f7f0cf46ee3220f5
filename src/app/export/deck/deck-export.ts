/**
 * A briefing exported as a PDF or PowerPoint deck: every slide's chart drawn off screen, the deck
 * written and saved. The writers with their libraries (jsPDF and svg2pdf.js, or pptxgenjs) and
 * ECharts' SVG renderer load only when an analyst exports: this file imports them dynamically.
 */
import { DOCUMENT, Injectable, InjectionToken, inject, signal } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { PALETTES } from '../../charts/palette';
import { buildPanelOption } from '../../charts/panel-option';
import { PanelView } from '../../charts/panel-view';
import { LeverValues } from '../../model/levers';
import { downloadBlob, slug } from '../download';
import { Provenance } from '../provenance';
import { Deck } from './deck';
import { RenderedSlide, deckOf } from './deck-of';

export type DeckFormat = 'pdf' | 'pptx';

/** What is being done while a deck is built. */
export type DeckProgress =
  | { readonly stage: 'loading' | 'writing'; readonly format: DeckFormat }
  | { readonly stage: 'drawing'; readonly done: number; readonly total: number };

/** What a deck is made of, as the page has it. */
export interface DeckRequest {
  /** Everything but the export time, which is taken when the deck is written. */
  readonly provenance: Omit<Provenance, 'exportedAt'>;
  readonly levers: LeverValues;
  readonly slides: readonly { readonly view: PanelView; readonly note: string }[];
}

/** Draws a chart option at a CSS size, as an SVG document or a PNG data URL. */
export interface ChartRenderer {
  svg(option: EChartsCoreOption, width: number, height: number): string;
  png(option: EChartsCoreOption, width: number, height: number): string;
}

/** What the export loads, waits for and saves through; specs replace it. */
export interface DeckIo {
  loadCharts(): Promise<ChartRenderer>;
  loadWriter(format: DeckFormat): Promise<(deck: Deck) => Promise<Blob>>;
  /** Resolves once the browser has had the chance to paint the progress. */
  paint(): Promise<void>;
  save(fileName: string, blob: Blob): void;
}

export const DECK_IO = new InjectionToken<DeckIo>('DeckIo', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return {
      loadCharts: () =>
        import('../panel-export').then((m) => ({
          svg: m.renderSvg,
          png: (option, width, height) => m.renderPng(document, option, width, height),
        })),
      loadWriter: (format) =>
        format === 'pdf'
          ? import('./pdf-deck').then((m) => m.buildPdf)
          : import('./pptx-deck').then((m) => m.buildPptx),
      paint: () => new Promise((resolve) => setTimeout(resolve)),
      save: (fileName, blob) => downloadBlob(document, fileName, blob),
    };
  },
});

/** The size charts are drawn at in an exported deck (CSS pixels; PNGs are twice this). */
const DECK_CHART = { width: 960, height: 440 };

const LABEL: Readonly<Record<DeckFormat, string>> = { pdf: 'PDF', pptx: 'PowerPoint' };

/** The progress as the page shows it. */
export function progressText(progress: DeckProgress): string {
  switch (progress.stage) {
    case 'loading':
      return `Loading the ${LABEL[progress.format]} writer…`;
    case 'drawing':
      return `Drawing slide ${progress.done + 1} of ${progress.total}…`;
    case 'writing':
      return `Writing the ${LABEL[progress.format]} file…`;
  }
}

@Injectable({ providedIn: 'root' })
export class DeckExport {
  private readonly io = inject(DECK_IO);
  private readonly state = signal<DeckProgress | null>(null);
  /** What is being done while a deck is built; null when none is. */
  readonly progress = this.state.asReadonly();

  /**
   * Draws every slide's chart, then writes the deck and saves it. When it cannot, rejects with an
   * error whose message says so in words the analyst can be shown.
   */
  async export(format: DeckFormat, request: DeckRequest): Promise<void> {
    this.state.set({ stage: 'loading', format });
    try {
      const [charts, write] = await Promise.all([this.io.loadCharts(), this.io.loadWriter(format)]);
      const exportedAt = new Date().toISOString();
      const rendered: RenderedSlide[] = [];
      for (const [i, slide] of request.slides.entries()) {
        this.state.set({ stage: 'drawing', done: i, total: request.slides.length });
        await this.io.paint();
        rendered.push(drawSlide(charts, slide.view, slide.note));
      }
      this.state.set({ stage: 'writing', format });
      const provenance = { ...request.provenance, exportedAt };
      const blob = await write(deckOf(provenance, request.levers, rendered));
      this.io.save(
        `briefing-${slug(provenance.scenario)}-${exportedAt.slice(0, 10)}.${format}`,
        blob,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The ${LABEL[format]} deck could not be built: ${reason}`, { cause: error });
    } finally {
      this.state.set(null);
    }
  }
}

/** A slide's chart on paper: the light palette on its solid background, whatever the theme. */
function drawSlide(charts: ChartRenderer, view: PanelView, note: string): RenderedSlide {
  const palette = PALETTES.light;
  const option = {
    ...buildPanelOption(view, palette),
    animation: false,
    backgroundColor: palette.background,
  };
  const { width, height } = DECK_CHART;
  return {
    view,
    note,
    svg: charts.svg(option, width, height),
    png: charts.png(option, width, height),
    width,
    height,
  };
}
