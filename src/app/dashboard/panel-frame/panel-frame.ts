import { ChangeDetectionStrategy, Component, computed, input, output, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NgxEchartsDirective } from 'ngx-echarts';
import { mergeWhenVisible } from '../../charts/in-viewport';
import { buildPanelOption } from '../../charts/panel-option';
import { Palette } from '../../charts/palette';
import { PanelView } from '../../charts/panels';
import { DataTable } from './data-table';

/**
 * A panel: title, sources, the chart with a text summary, the article's claims and the
 * "View data" table. The chart and the table are drawn from the same view.
 */
@Component({
  selector: 'app-panel-frame',
  imports: [NgxEchartsDirective, MatButtonModule, DataTable],
  templateUrl: './panel-frame.html',
  styleUrl: './panel-frame.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanelFrame {
  readonly view = input.required<PanelView>();
  readonly palette = input.required<Palette>();
  readonly tableOpen = input(false);
  readonly tableToggled = output<void>();

  protected readonly ids = computed(() => ({
    title: `panel-${this.view().id}-title`,
    table: `panel-${this.view().id}-table`,
  }));
  /** Set once per theme; data changes after that reach the chart through [merge]. */
  protected readonly initialOption = computed(() => buildPanelOption(untracked(this.view), this.palette()));
  /** Off screen, data changes wait: only visible charts redraw on a lever move. */
  protected readonly option = mergeWhenVisible(() => buildPanelOption(this.view(), this.palette()));
}
