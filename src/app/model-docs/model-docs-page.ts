import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatCount } from '../format/number';
import { DEFAULT_HORIZON, HORIZON_MAX, HORIZON_MIN, MODEL_VERSION } from '../model/constants';
import { Z90 } from '../model/goal-sensitivity';
import { LEVERS } from '../model/levers';
import { PATHS_MAX, PATHS_MIN } from '../model/limits';
import { referenceFeature } from '../state/reference/reference.feature';
import { settingsFeature } from '../state/settings/settings.feature';
import { constantRows, equationRows, goalRows } from './doc-rows';

/** The model in words and equations: levers, constants, drivers, indicators, goals, uncertainty. */
@Component({
  selector: 'app-model-docs-page',
  imports: [RouterLink],
  templateUrl: './model-docs-page.html',
  styleUrl: './model-docs-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelDocsPage {
  private readonly store = inject(Store);
  private readonly constants = this.store.selectSignal(settingsFeature.selectConstants);
  private readonly indicators = this.store.selectSignal(referenceFeature.selectIndicatorList);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoalList);
  private readonly monteCarlo = this.store.selectSignal(settingsFeature.selectMonteCarlo);

  protected readonly version = MODEL_VERSION;
  protected readonly horizonRange = `${HORIZON_MIN}–${HORIZON_MAX}`;
  protected readonly defaultHorizon = DEFAULT_HORIZON;
  protected readonly pathsRange = `${formatCount(PATHS_MIN)}–${formatCount(PATHS_MAX)}`;
  protected readonly z90 = Z90;
  protected readonly levers = LEVERS;
  protected readonly paths = computed(() => formatCount(this.monteCarlo().paths));
  protected readonly seed = computed(() => this.monteCarlo().seed);
  protected readonly constantRows = computed(() => constantRows(this.constants()));
  protected readonly equations = computed(() => equationRows(this.indicators()));
  protected readonly goalRows = computed(() => goalRows(this.goals()));
}
