import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { PALETTES } from '../../charts/palette';
import { PanelId } from '../../charts/panel-specs';
import { selectGoalCards } from '../../state/goals/goal-cards.selectors';
import { GoalsGlanceActions } from '../../state/ui/ui.actions';
import { uiFeature } from '../../state/ui/ui.feature';
import { sparklinePaths } from './sparkline';

/** The sparkline's box, in CSS pixels. */
const SPARK = { width: 100, height: 34 } as const;

/**
 * The answer first: one card per goal in force with its status word, P(met), the value at the
 * deadline against the target and a sparkline, each leading to its chart and to its analysis.
 * A container: it selects the cards and dispatches; the panels and the analysis it leads to belong
 * to the page.
 */
@Component({
  selector: 'app-goals-glance',
  templateUrl: './goals-glance.html',
  styleUrl: './goals-glance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalsGlance {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);

  private readonly goalCards = this.store.selectSignal(selectGoalCards);
  private readonly theme = this.store.selectSignal(uiFeature.selectTheme);
  protected readonly palette = computed(() => PALETTES[this.theme()]);
  protected readonly spark = SPARK;
  protected readonly cards = computed(() =>
    this.goalCards().map((card) => ({
      ...card,
      paths: sparklinePaths(card.trace, SPARK.width, SPARK.height),
    })),
  );

  /** Scrolls to the panel's region and moves focus there, so the keyboard carries on from it. */
  protected showPanel(event: Event, panel: PanelId): void {
    const region = this.document.getElementById(`panel-${panel}`);
    if (!region) return;
    event.preventDefault();
    region.scrollIntoView({ block: 'start' });
    region.focus({ preventScroll: true });
  }

  /** Opens the goal analysis on this goal (not the first one) and takes the analyst to it. */
  protected analyse(goalId: string): void {
    this.store.dispatch(GoalsGlanceActions.goalAnalysisOpened({ goalId }));
    // The goal picker heads the analysis: focus there reads which goal is analysed.
    const picker = this.document.getElementById('analyse-goal');
    picker?.scrollIntoView({ block: 'center' });
    picker?.focus({ preventScroll: true });
  }
}
