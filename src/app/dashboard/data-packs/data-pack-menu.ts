import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatReleaseDate } from '../../format/release-date';
import { PackIdentity, SHIPPED_PACK } from '../../model/data-pack';
import { MAX_FILE_BYTES } from '../../model/limits';
import { DataPackActions } from '../../state/packs/packs.actions';
import { packsFeature } from '../../state/packs/packs.feature';
import { referenceFeature } from '../../state/reference/reference.feature';
import { PackReviewDialog } from './pack-review-dialog';

/**
 * "Data as of" and the data packs: import a file (reviewed before it applies), export the pack in
 * force, switch between kept packs and remove one (the shipped pack stays).
 */
@Component({
  selector: 'app-data-pack-menu',
  imports: [MatButtonModule, RouterLink, PackReviewDialog],
  templateUrl: './data-pack-menu.html',
  styleUrl: './data-pack-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataPackMenu {
  private readonly store = inject(Store);
  protected readonly dataAsOf = this.store.selectSignal(referenceFeature.selectDataAsOf);
  protected readonly pack = this.store.selectSignal(referenceFeature.selectPack);
  protected readonly available = this.store.selectSignal(packsFeature.selectAvailable);
  protected readonly refusal = this.store.selectSignal(packsFeature.selectRefusal);
  protected readonly message = this.store.selectSignal(packsFeature.selectMessage);
  /** The pack whose removal waits for a second click. */
  protected readonly removing = signal<PackIdentity | null>(null);
  protected readonly shippedId = SHIPPED_PACK.id;
  protected readonly date = formatReleaseDate;

  protected async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A file over the limit is refused unread.
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
    this.store.dispatch(
      DataPackActions.importChosen({ fileName: file.name, size: file.size, text }),
    );
  }

  protected exportPack(format: 'csv' | 'json'): void {
    this.store.dispatch(DataPackActions.exportRequested({ format }));
  }

  protected use(id: string): void {
    this.removing.set(null);
    this.store.dispatch(DataPackActions.switchRequested({ id }));
  }

  protected remove(pack: PackIdentity): void {
    this.removing.set(null);
    this.store.dispatch(DataPackActions.removeRequested({ id: pack.id }));
  }

  protected dismiss(): void {
    this.store.dispatch(DataPackActions.messageDismissed());
  }
}
