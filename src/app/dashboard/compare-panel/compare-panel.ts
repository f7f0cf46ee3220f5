import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { formatNumber, formatPercent } from '../../format/number';
import { Goal, GoalStatus } from '../../model/goals';
import { INDICATOR_BY_ID } from '../../model/indicators';
import { Lever } from '../../model/levers';

export interface ComparisonTable {
  readonly names: readonly string[];
  readonly levers: readonly { readonly lever: Lever; readonly values: readonly number[] }[];
  readonly outcomes: readonly {
    readonly goal: Goal;
    readonly statuses: readonly GoalStatus[];
    readonly probabilities: readonly (number | null)[];
  }[];
  /** Paths behind the probabilities, or null until the simulation of the compared scenarios is in. */
  readonly paths: number | null;
}

/** Compared scenarios side by side: the levers that differ and each goal's outcome at its deadline. */
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

  protected readonly outcomes = computed(() =>
    this.table().outcomes.map(({ goal, statuses, probabilities }) => ({
      id: goal.id,
      name: goal.name,
      cells: statuses.map((s, i) => ({
        status: s.status,
        probability: probabilities[i] === null ? null : formatPercent(probabilities[i]!),
        value:
          s.value === undefined
            ? '–'
            : `${formatNumber(s.value)} ${goal.kind === 'growth' ? '%/yr' : INDICATOR_BY_ID[goal.indicator].unit}`,
      })),
    })),
  );
}
