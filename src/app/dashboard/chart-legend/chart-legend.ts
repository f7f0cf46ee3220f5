import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Palette } from '../../charts/palette';

/**
 * What the marks on every chart mean, once for the page: each swatch is drawn with the stroke,
 * dash, fill and marker the charts use (charts/panel-series.ts, panel-marks.ts), in the theme's
 * first series colour, so the key looks like what it explains.
 */
@Component({
  selector: 'app-chart-legend',
  templateUrl: './chart-legend.html',
  styleUrl: './chart-legend.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartLegend {
  readonly palette = input.required<Palette>();
}
