import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { DataPackActions } from '../../state/packs/packs.actions';
import { selectPackNotice } from '../../state/scenarios/pack-notice.selectors';

/**
 * Says when the scenario shown was made with another data pack than the one in force, and offers
 * that pack when this browser keeps it. The live region stays in the page, empty when there is
 * nothing to say, so that a notice appearing is announced.
 */
@Component({
  selector: 'app-pack-notice',
  imports: [MatButtonModule],
  templateUrl: './pack-notice.html',
  styleUrl: './pack-notice.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PackNotice {
  private readonly store = inject(Store);

  protected readonly notice = this.store.selectSignal(selectPackNotice);

  protected switchPack(id: string): void {
    this.store.dispatch(DataPackActions.switchRequested({ id }));
  }
}
