import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { outcomeText } from '../../charts/goal-rows';
import { PointValue } from '../../data-packs/pack-review';
import { formatExact, unitSuffix } from '../../format/number';
import { dataAsOf, formatReleaseDate } from '../../format/release-date';
import { DataPackActions } from '../../state/packs/packs.actions';
import { packsFeature } from '../../state/packs/packs.feature';

/** The review of an imported pack: what it adds and revises and which goals move, then Apply or Cancel. */
@Component({
  selector: 'app-pack-review-dialog',
  imports: [MatButtonModule],
  templateUrl: './pack-review-dialog.html',
  styleUrl: './pack-review-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PackReviewDialog {
  private readonly store = inject(Store);
  protected readonly review = this.store.selectSignal(packsFeature.selectReview);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly dataAsOf = dataAsOf;
  /** Rows listed per table: a pack of thousands of figures still opens at once. */
  protected readonly listed = 200;
  protected readonly outcome = outcomeText;

  constructor() {
    // Modal while a review waits: focus moves in, Escape cancels, and the page behind is inert.
    effect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.review() && !dialog.open) dialog.showModal();
      else if (!this.review() && dialog.open) dialog.close();
    });
  }

  protected figure(point: PointValue | null, unit: string): string {
    if (!point) return '—';
    return `${formatExact(point.value)}${unitSuffix(unit)} (${point.vintage}, ${formatReleaseDate(point.released)})`;
  }

  protected apply(): void {
    const review = this.review();
    if (review) this.store.dispatch(DataPackActions.packApplied({ pack: review.pack }));
  }

  protected cancel(): void {
    if (this.review()) this.store.dispatch(DataPackActions.reviewCancelled());
  }
}
