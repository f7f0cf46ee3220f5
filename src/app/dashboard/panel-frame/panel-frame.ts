import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import type { ECharts } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { AxisLocks, coverData, drawnExtents, lockAxes } from '../../charts/axis-lock';
import { drawnSeriesOnly } from '../../charts/drawn-series';
import { exportOption, footnoteSpace } from '../../charts/export-option';
import { Palette } from '../../charts/palette';
import { DEFAULT_WIDTH, buildPanelOption, isStacked } from '../../charts/panel-option';
import { PanelView } from '../../charts/panel-view';
import { downloadBlob, downloadText, slug } from '../../export/download';
import { Provenance, imageCaption } from '../../export/provenance';
import { dataAsOfWithPack } from '../../format/release-date';
import { mergeWhenVisible } from '../in-viewport';
import { SLIDER_DRAG } from '../slider-drag';
import { DataTable } from './data-table';

/**
 * A panel: title, sources, the chart with a text summary, the article's claims and the
 * "View data" table. The chart and the table are drawn from the same view.
 */
@Component({
  selector: 'app-panel-frame',
  imports: [NgxEchartsDirective, MatButtonModule, MatMenuModule, DataTable],
  templateUrl: './panel-frame.html',
  styleUrl: './panel-frame.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanelFrame {
  private readonly document = inject(DOCUMENT);
  /** A lever's slider held down, where the page tells: the axes hold still until it is let go. */
  private readonly drag = inject(SLIDER_DRAG, { optional: true });
  /** The axis ranges held since the drag began (widened where data would be clipped). */
  private locks: AxisLocks | null = null;
  private readonly destroyRef = inject(DestroyRef);

  readonly view = input.required<PanelView>();
  readonly palette = input.required<Palette>();
  readonly tableOpen = input(false);
  /** Scenario, model version, changed levers and link: what every export carries. */
  readonly provenance = input.required<Omit<Provenance, 'exportedAt'>>();
  readonly tableToggled = output<void>();

  private readonly chart = viewChild.required<ElementRef<HTMLElement>>('chart');
  /** Shown after an export: done, or why not. */
  protected readonly exportMessage = signal<string | null>(null);
  /** Named in the source line: the figures are those of this pack, as of its date. */
  protected readonly dataAsOf = computed(() => dataAsOfWithPack(this.provenance().pack));
  protected readonly ids = computed(() => ({
    region: `panel-${this.view().id}`,
    title: `panel-${this.view().id}-title`,
    table: `panel-${this.view().id}-table`,
  }));
  /**
   * Log or linear, where the panel offers the switch; it opens as the panel's spec says and keeps
   * the analyst's choice across lever moves (its source, a computed boolean, does not change with
   * them).
   */
  private readonly opensLog = computed(() => this.view().logAxes.length > 0);
  protected readonly logScale = linkedSignal(() => this.opensLog());
  protected readonly hasLogScale = computed(() => this.view().scaleSwitch);
  /** The view as drawn: its first axis log or linear as switched. */
  private readonly scaled = computed(() => {
    const view = this.view();
    if (!view.scaleSwitch) return view;
    return { ...view, logAxes: this.logScale() ? [0] : [] };
  });
  protected readonly stacked = computed(() => isStacked(this.view()));
  /** The chart's width, in steps of 20 px: the legend wraps to it, and the plot starts below. */
  private readonly width = signal(DEFAULT_WIDTH);
  /** Set once per theme; data changes after that reach the chart in the effect below. */
  protected readonly initialOption = computed(() =>
    drawnSeriesOnly(
      buildPanelOption(untracked(this.scaled), this.palette(), untracked(this.width)),
    ),
  );
  /** Off screen, data changes wait: only visible charts redraw on a lever move, and only if their data moved. */
  private readonly option = mergeWhenVisible(() =>
    drawnSeriesOnly(buildPanelOption(this.scaled(), this.palette(), this.width())),
  );
  protected readonly chartInstance = signal<ECharts | null>(null);

  constructor() {
    // Not [merge]: ngx-echarts merges without options, and leaving out the empty series (a third to
    // a half of them) needs replaceMerge, so that a series no longer drawn is removed.
    // The ranges are read from the chart before the first option of a drag is set: what was drawn
    // when it began.
    effect(() => {
      const chart = this.chartInstance();
      const option = this.option();
      const dragging = !!this.drag?.lever();
      if (!chart) return;
      this.locks = dragging ? coverData(option, this.locks ?? drawnExtents(chart, option)) : null;
      chart.setOption(lockAxes(option, this.locks), { replaceMerge: ['series'] });
    });
    afterNextRender(() => {
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(([entry]) =>
        this.width.set(Math.max(20, Math.round(entry.contentRect.width / 20) * 20)),
      );
      observer.observe(this.chart().nativeElement);
      this.destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  private async exporter() {
    const module = await import('../../export/panel-export');
    const exportedAt = new Date().toISOString();
    const provenance: Provenance = { ...this.provenance(), exportedAt };
    const view = this.view();
    const subtitle = imageCaption(provenance, view.sources, view.note);
    const { clientWidth: width, clientHeight } = this.chart().nativeElement;
    // An image travels without the page: the claims its markers number go with it.
    const footnotes = view.claims.map((c) => `${c.number}. ${c.footnote}`);
    // The title and provenance sit above the plot, the footnotes below.
    const height = clientHeight + 80 + footnoteSpace(footnotes, width);
    const option = exportOption(
      buildPanelOption(this.scaled(), this.palette(), width, clientHeight),
      view.title,
      subtitle,
      this.palette(),
      width,
      footnotes,
    );
    const name = `${view.id}-${slug(provenance.scenario)}-${exportedAt.slice(0, 10)}`;
    return { module, provenance, option, width, height, name };
  }

  protected async exportPng(): Promise<void> {
    const { module, option, width, height, name } = await this.exporter();
    const png = module.renderPng(this.document, option, width, height);
    downloadBlob(this.document, `${name}.png`, await module.pngBlob(png));
  }

  protected async exportSvg(): Promise<void> {
    const { module, option, width, height, name } = await this.exporter();
    downloadText(
      this.document,
      `${name}.svg`,
      module.renderSvg(option, width, height),
      'image/svg+xml',
    );
  }

  protected async exportCsv(): Promise<void> {
    const { module, provenance, name } = await this.exporter();
    downloadText(
      this.document,
      `${name}.csv`,
      module.panelCsv(this.view(), provenance),
      'text/csv',
    );
  }

  protected async copyImage(): Promise<void> {
    const { module, option, width, height } = await this.exporter();
    try {
      const blob = await module.pngBlob(module.renderPng(this.document, option, width, height));
      await this.document.defaultView!.navigator.clipboard.write([
        new ClipboardItem({ 'image/png': blob }),
      ]);
      this.exportMessage.set('Image copied.');
    } catch {
      this.exportMessage.set(
        'This browser does not allow copying images here; download the PNG instead.',
      );
    }
  }
}
