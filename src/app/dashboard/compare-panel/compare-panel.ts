import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ComparisonTable, compareRows } from '../../charts/compare-rows';

/**
 * Compared scenarios side by side: the levers that differ and each goal's outcome at its deadline,
 * each against the first scenario, with the goals whose status differs marked in words.
 */
@Component({
  selector: 'app-compare-panel',
  imports: [MatButtonModule],
  templateUrl: './compare-panel.html',
  styleUrl: './compare-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparePanel {
  readonly table = input.required<ComparisonTable>();
  readonly horizon = input.required<number>();
  readonly cleared = output<void>();

  protected readonly rows = computed(() => compareRows(this.table()));
  protected readonly first = computed(() => this.table().names[0] ?? '');
  /** The lever table's columns: the label, each scenario, and a Δ after each but the first. */
  protected readonly columns = computed(() => 2 * this.table().names.length);
  protected readonly differing = computed(() => {
    const names = this.rows()
      .outcomes.filter((r) => r.differs)
      .map((r) => r.name);
    if (this.table().names.length < 2) return '';
    if (!names.length) return 'Every goal has the same status in each scenario.';
    return `Status differs for ${names.length} goal${names.length === 1 ? '' : 's'}: ${names.join('; ')}.`;
  });
}
