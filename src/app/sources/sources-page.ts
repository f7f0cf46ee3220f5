import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { CLAIMS, articleCitation } from '../model/claims';
import { referenceFeature } from '../state/reference/reference.feature';
import { CONFIDENCE_TEXT, sourceSections, targetRows } from './source-rows';

/**
 * The active data pack and its date; every historical figure with its publisher, title, date,
 * vintage, release, definition and confidence; the claims checked.
 */
@Component({
  selector: 'app-sources-page',
  imports: [RouterLink],
  templateUrl: './sources-page.html',
  styleUrl: './sources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SourcesPage {
  private readonly store = inject(Store);
  private readonly indicators = this.store.selectSignal(referenceFeature.selectIndicatorList);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoalList);
  protected readonly pack = this.store.selectSignal(referenceFeature.selectPack);
  protected readonly dataAsOf = this.store.selectSignal(referenceFeature.selectDataAsOf);

  protected readonly confidence = Object.values(CONFIDENCE_TEXT);
  protected readonly series = computed(() => sourceSections(this.indicators()));
  protected readonly modelOnly = computed(() => this.indicators().filter((i) => !i.history.length));
  protected readonly targets = computed(() => targetRows(this.goals()));
  protected readonly claims = CLAIMS;
  /** Named with its claims, on the dashboard's footnotes as here. */
  protected readonly article = articleCitation();
}
