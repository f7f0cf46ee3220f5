import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { fromEvent, map } from 'rxjs';
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
import { ChartLegend } from './chart-legend/chart-legend';
import { ComparePanel } from './compare-panel/compare-panel';
import { ConstantsEditor } from './constants-editor/constants-editor';
import { DataPackMenu } from './data-packs/data-pack-menu';
import { GoalsGlance } from './goals-glance/goals-glance';
import { GoalsPanel } from './goals-panel/goals-panel';
import { LeverPanel } from './lever-panel/lever-panel';
import { PackNotice } from './pack-notice/pack-notice';
import { PanelFrame } from './panel-frame/panel-frame';
import { ScenarioManager } from './scenario-manager/scenario-manager';
import { provideSliderDrag } from './slider-drag';

const TAB_STOPS =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Below this width the levers leave the page for a drawer (the same width as app.scss's toolbar). */
export const NARROW = '(max-width: 900px)';

/**
 * The dashboard: the goals at a glance first, then levers beside the panels and the goals; selects
 * from the store and dispatches. The goals sections are containers of their own, so nothing about
 * goals passes through here.
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
    GoalsGlance,
    ChartLegend,
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
  private readonly injector = inject(Injector);
  // matchMedia, not the CDK's BreakpointObserver: that would pull the CDK's a11y module into the
  // initial bundle (the toolbar's buttons share it), over the budget.
  private readonly narrowQuery = this.document.defaultView!.matchMedia(NARROW);
  protected readonly narrow = toSignal(
    fromEvent<MediaQueryListEvent>(this.narrowQuery, 'change').pipe(map((e) => e.matches)),
    { initialValue: this.narrowQuery.matches },
  );
  private readonly drawerOpen = signal(false);
  /** The levers' drawer is over the page (never on a wide screen, where they are a column). */
  protected readonly drawerShown = computed(() => this.narrow() && this.drawerOpen());
  // Read as elements: on a Material button the reference would be the component.
  private readonly openButton = viewChild('openButton', { read: ElementRef<HTMLButtonElement> });
  private readonly closeButton = viewChild('closeButton', { read: ElementRef<HTMLButtonElement> });

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

  constructor() {
    // Widened past the drawer's breakpoint: the levers are a column again, and stay closed later.
    effect(() => {
      if (!this.narrow()) untracked(() => this.drawerOpen.set(false));
    });
  }

  protected openDrawer(): void {
    this.drawerOpen.set(true);
    afterNextRender(() => this.closeButton()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Closes the drawer and gives focus back to the button that opened it. */
  protected closeDrawer(): void {
    if (!this.drawerShown()) return;
    this.drawerOpen.set(false);
    afterNextRender(() => this.openButton()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Tab and Shift+Tab go round the drawer's controls while it is over the page (a modal's rule). */
  protected keepFocusIn(event: KeyboardEvent, drawer: HTMLElement): void {
    if (event.key !== 'Tab' || !this.drawerShown()) return;
    const stops = [...drawer.querySelectorAll<HTMLElement>(TAB_STOPS)].filter((el) =>
      el.checkVisibility(),
    );
    const [first, last] = [stops[0], stops.at(-1)];
    const active = this.document.activeElement;
    if (event.shiftKey && active === first) last?.focus();
    else if (!event.shiftKey && active === last) first?.focus();
    else return;
    event.preventDefault();
  }

  /** Escape closes the drawer, but not while a dialog inside it (a pack review) has the key. */
  protected escapeDrawer(event: Event): void {
    if ((event.target as HTMLElement).closest('dialog[open]')) return;
    this.closeDrawer();
  }

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
