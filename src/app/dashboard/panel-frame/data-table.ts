import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DataRow } from '../../charts/panel-view';

/**
 * The numbers behind a chart, unrounded: one row per series and year, observed rows with their
 * vintage, release date and earlier vintages. Values are interpolated as
 * they are, not through format/number, so the table shows the full precision the CSV carries.
 */
@Component({
  selector: 'app-data-table',
  template: `
    <table class="data">
      <!-- Bound, not interpolated: prettier wraps a caption's text in whitespace that becomes its name. -->
      <caption [textContent]="caption()"></caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Year</th>
          <th scope="col">Value</th>
          <th scope="col">Kind</th>
          <th scope="col">Source</th>
          <th scope="col">Vintage</th>
          <th scope="col">Released</th>
          @if (hasBands()) {
            <th scope="col">P10</th>
            <th scope="col">P50</th>
            <th scope="col">P90</th>
          }
          @if (hasEarlier()) {
            <th scope="col">Earlier vintages</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track $index) {
          <tr
            [class.projected]="row.kind === 'projected'"
            [class.baseline]="row.kind === 'baseline'"
            [class.preliminary]="row.vintage?.vintage === 'preliminary'"
          >
            <td>{{ row.series }}</td>
            <td>{{ row.year }}</td>
            <td class="num">{{ row.value }}</td>
            <td>{{ row.kind }}</td>
            <td>{{ row.source }}</td>
            <td>{{ row.vintage?.vintage }}</td>
            <td class="num">{{ row.vintage?.released }}</td>
            @if (hasBands()) {
              <td class="num">{{ row.p10 }}</td>
              <td class="num">{{ row.p50 }}</td>
              <td class="num">{{ row.p90 }}</td>
            }
            @if (hasEarlier()) {
              <td>{{ row.vintage?.earlier }}</td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .num {
      text-align: right;
      white-space: nowrap;
    }
    tr.projected td {
      font-style: italic;
    }
    /* The reference scenario's projection: set back, as its grey line in the chart. */
    tr.baseline td {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    tr.preliminary td {
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable {
  readonly caption = input.required<string>();
  readonly rows = input.required<readonly DataRow[]>();
  /** Monte Carlo columns, once the simulation for the current levers is in. */
  protected readonly hasBands = computed(() => this.rows().some((r) => r.p50 !== undefined));
  /** A point's earlier releases, where any point has them: a revision stays visible. */
  protected readonly hasEarlier = computed(() => this.rows().some((r) => r.vintage?.earlier));
}
