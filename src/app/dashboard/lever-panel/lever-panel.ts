import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { HORIZON_MAX, HORIZON_MIN } from '../../model/constants';
import { Warning } from '../../model/goal-sensitivity';
import { LEVERS, LEVER_GROUPS, LeverId, LeverValues } from '../../model/levers';
import { LeverControl } from '../lever-control/lever-control';

/** The levers in their groups, with the projection horizon and "reset all". */
@Component({
  selector: 'app-lever-panel',
  imports: [LeverControl, MatButtonModule],
  templateUrl: './lever-panel.html',
  styleUrl: './lever-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeverPanel {
  readonly values = input.required<LeverValues>();
  readonly horizon = input.required<number>();
  readonly changedCount = input.required<number>();
  readonly warnings = input<readonly Warning[]>([]);
  readonly leverChanged = output<{ id: LeverId; value: number }>();
  readonly leverReset = output<LeverId>();
  readonly allReset = output<void>();
  readonly horizonChanged = output<number>();

  protected readonly groups = LEVER_GROUPS.map((name) => ({
    name,
    levers: LEVERS.filter((lever) => lever.group === name),
  }));
  protected readonly horizons = Array.from(
    { length: HORIZON_MAX - HORIZON_MIN + 1 },
    (_, i) => HORIZON_MIN + i,
  );
  protected readonly hasChanges = computed(() => this.changedCount() > 0);
  /** Warnings about no lever in particular, shown above the groups. */
  protected readonly generalWarnings = computed(() =>
    this.warnings().filter((w) => !w.levers.length),
  );

  protected warningsFor(id: LeverId): readonly Warning[] {
    return this.warnings().filter((w) => w.levers.includes(id));
  }

  protected pickHorizon(event: Event): void {
    this.horizonChanged.emit(Number((event.target as HTMLSelectElement).value));
  }
}
