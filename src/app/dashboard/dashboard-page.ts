import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { PALETTES } from '../charts/palette';
import { downloadText, slug } from '../export/download';
import { withShareLink } from '../export/provenance';
import { ConstantId } from '../model/constants';
import { LeverId } from '../model/levers';
import { LeverPanelActions } from '../state/levers/levers.actions';
import { leversFeature } from '../state/levers/levers.feature';
import {
  selectComparisonTable,
  selectPanelViews,
  selectWarnings,
} from '../state/projection.selectors';
import { ScenarioManagerActions } from '../state/scenarios/scenarios.actions';
import { selectProvenance } from '../state/scenarios/scenarios.selectors';
import { SettingsActions } from '../state/settings/settings.actions';
import { settingsFeature } from '../state/settings/settings.feature';
import { UiActions } from '../state/ui/ui.actions';
import { uiFeature } from '../state/ui/ui.feature';
import { ComparePanel } from './compare-panel/compare-panel';
import { ConstantsEditor } from './constants-editor/constants-editor';
import { DataPackMenu } from './data-packs/data-pack-menu';
import { GoalsPanel } from './goals-panel/goals-panel';
import { LeverPanel } from './lever-panel/lever-panel';
import { PackNotice } from './pack-notice/pack-notice';
import { PanelFrame } from './panel-frame/panel-frame';
import { ScenarioManager } from './scenario-manager/scenario-manager';
import { provideSliderDrag } from './slider-drag';

/**
 * The dashboard: levers beside the panels and the goals; selects from the store and dispatches.
 * The goals section is a container of its own, so nothing about goals passes through here.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    MatButtonModule,
    DataPackMenu,
    ScenarioManager,
    PackNotice,
    LeverPanel,
    ConstantsEditor,
    PanelFrame,
    ComparePanel,
    GoalsPanel,
  ],
  // Levers report a slider drag and panels hold their axes through it, without the store.
  providers: [provideSliderDrag()],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);

  protected readonly levers = this.store.selectSignal(leversFeature.selectValues);
  private readonly changedLevers = this.store.selectSignal(leversFeature.selectChangedLevers);
  protected readonly changedCount = computed(() => this.changedLevers().length);
  protected readonly horizon = this.store.selectSignal(settingsFeature.selectHorizon);
  protected readonly constants = this.store.selectSignal(settingsFeature.selectConstants);
  protected readonly panels = this.store.selectSignal(selectPanelViews);
  protected readonly openTables = this.store.selectSignal(uiFeature.selectOpenTables);
  private readonly theme = this.store.selectSignal(uiFeature.selectTheme);
  protected readonly palette = computed(() => PALETTES[this.theme()]);
  protected readonly monteCarloSettings = this.store.selectSignal(settingsFeature.selectMonteCarlo);
  protected readonly warnings = this.store.selectSignal(selectWarnings);
  protected readonly comparison = this.store.selectSignal(selectComparisonTable);
  private readonly provenanceParts = this.store.selectSignal(selectProvenance);
  /** What every export says: scenario, model version, changed levers and the link back. */
  protected readonly provenance = computed(() =>
    withShareLink(this.provenanceParts(), this.document.location.origin),
  );

  protected async exportAllCsv(): Promise<void> {
    const { dashboardCsv } = await import('../export/csv');
    const exportedAt = new Date().toISOString();
    const name = `dashboard-${slug(this.provenance().scenario)}-${exportedAt.slice(0, 10)}.csv`;
    downloadText(
      this.document,
      name,
      dashboardCsv(this.panels(), { ...this.provenance(), exportedAt }),
      'text/csv',
    );
  }

  protected changeLever(change: { id: LeverId; value: number }): void {
    this.store.dispatch(LeverPanelActions.leverChanged(change));
  }

  protected resetLever(id: LeverId): void {
    this.store.dispatch(LeverPanelActions.leverReset({ id }));
  }

  protected resetAll(): void {
    this.store.dispatch(LeverPanelActions.allLeversReset());
  }

  protected changeHorizon(horizon: number): void {
    this.store.dispatch(SettingsActions.horizonChanged({ horizon }));
  }

  protected changeConstant(change: { id: ConstantId; value: number }): void {
    this.store.dispatch(SettingsActions.constantChanged(change));
  }

  protected resetConstants(): void {
    this.store.dispatch(SettingsActions.constantsReset());
  }

  protected changeMonteCarlo(change: { paths?: number; seed?: number }): void {
    this.store.dispatch(SettingsActions.monteCarloSettingsChanged(change));
  }

  protected clearCompare(): void {
    this.store.dispatch(ScenarioManagerActions.compareCleared());
  }

  protected toggleTable(panel: string): void {
    this.store.dispatch(UiActions.dataTableToggled({ panel }));
  }
}
