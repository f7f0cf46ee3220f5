import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Z90 } from '../model/analysis';
import { CONSTANTS_INFO, DEFAULT_CONSTANTS, HORIZON_MAX, HORIZON_MIN, MODEL_VERSION } from '../model/constants';
import { LEVERS } from '../model/levers';
import { PATHS_MAX, PATHS_MIN } from '../model/monte-carlo';
import { formatSource } from '../model/sources';
import { referenceFeature } from '../state/reference/reference.feature';
import { settingsFeature } from '../state/settings/settings.feature';

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
  protected readonly monteCarlo = this.store.selectSignal(settingsFeature.selectMonteCarlo);

  protected readonly version = MODEL_VERSION;
  protected readonly horizonRange = `${HORIZON_MIN}–${HORIZON_MAX}`;
  protected readonly pathsRange = `${PATHS_MIN.toLocaleString('en-US')}–${PATHS_MAX.toLocaleString('en-US')}`;
  protected readonly z90 = Z90;
  protected readonly levers = LEVERS;
  protected readonly constantRows = computed(() =>
    CONSTANTS_INFO.map((c) => ({
      ...c,
      value: this.constants()[c.id],
      changed: this.constants()[c.id] !== DEFAULT_CONSTANTS[c.id],
      default: DEFAULT_CONSTANTS[c.id],
    })),
  );
  protected readonly equations = computed(() =>
    this.indicators().map((i) => ({ id: i.id, name: i.name, unit: i.unit, projection: i.projection })),
  );
  protected readonly goalRows = computed(() =>
    this.goals().map((g) => ({ id: g.id, name: g.name, type: g.type, source: formatSource(g.source) })),
  );
}
