import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  afterNextRender,
  Injector,
  computed,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { NgxEchartsDirective } from 'ngx-echarts';
import { PENDING_WORD } from '../../charts/goal-rows';
import { GOALS_CHART_NOTE, buildGoalsOption, goalsSummary } from '../../charts/goals-option';
import { PALETTES } from '../../charts/palette';
import { Goal } from '../../model/goals';
import { LeverId } from '../../model/levers';
import { CUSTOM_GOALS_MAX } from '../../model/limits';
import { TARGET_SOURCES } from '../../model/sources';
import { newId } from '../../scenarios/new-id';
import { analyticsFeature } from '../../state/analytics/analytics.feature';
import { selectGoalRows } from '../../state/goals/goal-rows.selectors';
import { GoalEditorActions } from '../../state/goals/goals.actions';
import { goalsFeature } from '../../state/goals/goals.feature';
import { leversFeature } from '../../state/levers/levers.feature';
import {
  selectFocusedGoal,
  selectGoalSeek,
  selectGoals,
  selectMonteCarlo,
  selectTornado,
} from '../../state/projection.selectors';
import { GoalsPanelActions } from '../../state/ui/ui.actions';
import { uiFeature } from '../../state/ui/ui.feature';
import { focusAfterRender } from '../focus-after-render';
import { GoalAnalysis } from '../goal-analysis/goal-analysis';
import { GoalEditor } from '../goal-editor/goal-editor';
import { mergeWhenVisible } from '../in-viewport';

/**
 * Every goal's status at its deadline, its outlook and probability, and the analysis of one goal.
 * The container of the goals section: it selects from the store and dispatches, so the page relays
 * nothing; the analysis and the editor below it only take inputs and emit outputs.
 */
@Component({
  selector: 'app-goals-panel',
  imports: [NgxEchartsDirective, GoalAnalysis, GoalEditor, MatButtonModule],
  templateUrl: './goals-panel.html',
  styleUrl: './goals-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalsPanel {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly rows = this.store.selectSignal(selectGoalRows);
  protected readonly goalList = this.store.selectSignal(selectGoals);
  protected readonly monteCarlo = this.store.selectSignal(selectMonteCarlo);
  private readonly analytics = this.store.selectSignal(analyticsFeature.selectAnalyticsState);
  /** Paths of the run under way, or 0 when none is. */
  protected readonly runningPaths = computed(() =>
    this.analytics().status === 'running' ? this.analytics().runningPaths : 0,
  );
  protected readonly runError = computed(() => this.analytics().error);
  protected readonly focusedGoal = this.store.selectSignal(selectFocusedGoal);
  protected readonly tornado = this.store.selectSignal(selectTornado);
  protected readonly seekLever = this.store.selectSignal(uiFeature.selectSeekLever);
  protected readonly seek = this.store.selectSignal(selectGoalSeek);
  protected readonly levers = this.store.selectSignal(leversFeature.selectValues);
  private readonly theme = this.store.selectSignal(uiFeature.selectTheme);
  protected readonly palette = computed(() => PALETTES[this.theme()]);
  private readonly hiddenGoals = this.store.selectSignal(goalsFeature.selectHidden);
  protected readonly hiddenCount = computed(() => this.hiddenGoals().length);

  protected readonly customGoalsMax = CUSTOM_GOALS_MAX;
  protected readonly pendingWord = PENDING_WORD;
  protected readonly chartNote = GOALS_CHART_NOTE;
  /** The analyst's own goals are at their limit: a file with more could not be imported again. */
  protected readonly goalsFull = computed(
    () => this.rows().filter((r) => r.type === 'custom').length >= CUSTOM_GOALS_MAX,
  );
  /** The control the editor was opened from, to give the focus back to on Cancel. */
  private opener = '';

  /** The goal in the editor, if any: a new draft, a copy, or one of the analyst's own. */
  protected readonly editing = signal<{ goal: Goal; isNew: boolean } | null>(null);
  protected readonly byId = computed(() => new Map(this.goalList().map((g) => [g.id, g])));
  protected readonly summary = computed(() => goalsSummary(this.rows()));
  protected readonly initialOption = computed(() =>
    buildGoalsOption(untracked(this.rows), this.palette()),
  );
  /** Off screen, data changes wait: only visible charts redraw on a lever move. */
  protected readonly option = mergeWhenVisible(() => buildGoalsOption(this.rows(), this.palette()));

  protected addGoal(): void {
    this.openEditor({ goal: newGoalDraft(), isNew: true }, '.goal-actions .add-goal');
  }

  protected copyGoal(goal: Goal): void {
    const copy: Goal = {
      ...goal,
      id: newId('custom-'),
      name: `${goal.name} (copy)`,
      type: 'custom',
      source: TARGET_SOURCES.analystGoal,
    };
    this.openEditor({ goal: copy, isNew: true }, rowAction(goal.id, 'Copy'));
  }

  protected editGoal(goal: Goal): void {
    this.openEditor({ goal, isNew: false }, rowAction(goal.id, 'Edit'));
  }

  private openEditor(editing: { goal: Goal; isNew: boolean }, opener: string): void {
    this.opener = opener;
    this.editing.set(editing);
    this.focusLater('#goal-name');
  }

  /** Saved: the focus goes to the goal's own row (a new goal's row is new). */
  protected saveGoal(goal: Goal): void {
    this.store.dispatch(
      this.editing()?.isNew
        ? GoalEditorActions.goalAdded({ goal })
        : GoalEditorActions.goalUpdated({ goal }),
    );
    this.editing.set(null);
    this.focusLater(rowAction(goal.id, 'Edit'), rowAction(goal.id), '.goal-actions .add-goal');
  }

  protected cancelEditing(): void {
    this.editing.set(null);
    this.focusLater(this.opener, '.goal-actions .add-goal');
  }

  /** The row goes: the focus moves to the row that takes its place, else to Add a goal. */
  protected deleteGoal(id: string): void {
    const next = this.rowAfter(id);
    this.store.dispatch(GoalEditorActions.goalDeleted({ id }));
    this.focusLater(rowAction(next, 'Delete'), rowAction(next), '.goal-actions .add-goal');
  }

  /** The row goes: the focus moves to the row that takes its place, else to Show hidden goals. */
  protected hideGoal(id: string): void {
    const next = this.rowAfter(id);
    this.store.dispatch(GoalEditorActions.goalHidden({ id }));
    this.focusLater(rowAction(next, 'Hide'), rowAction(next), '.goal-actions .show-hidden');
  }

  protected showHiddenGoals(): void {
    this.store.dispatch(GoalEditorActions.hiddenGoalsShown());
    this.focusLater('.goal-actions .add-goal');
  }

  /** From a goal's row to its analysis: the analysis opens on that goal and takes the focus. */
  protected analyseGoal(goalId: string): void {
    this.focusGoal(goalId);
    afterNextRender(
      () => {
        const select = this.host.querySelector<HTMLElement>('#analyse-goal');
        select?.scrollIntoView({ block: 'center' });
        select?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  /** The goal after `id` in the table (it takes the row's place), or null if `id` is the last. */
  private rowAfter(id: string): string | null {
    const rows = this.rows();
    return rows[rows.findIndex((r) => r.id === id) + 1]?.id ?? null;
  }

  /** Focuses the first enabled control matching the first selector that finds one, once rendered. */
  private focusLater(...selectors: string[]): void {
    focusAfterRender(this.injector, () => {
      for (const selector of selectors.filter(Boolean)) {
        const found = this.host.querySelector<HTMLElement>(selector);
        if (found) return found;
      }
      return null;
    });
  }

  protected focusGoal(goalId: string): void {
    this.store.dispatch(GoalsPanelActions.goalFocused({ goalId }));
  }

  protected pickSeekLever(lever: LeverId): void {
    this.store.dispatch(GoalsPanelActions.seekLeverPicked({ lever }));
  }

  protected applyGoalSeek(change: { id: LeverId; value: number }): void {
    this.store.dispatch(GoalsPanelActions.goalSeekApplied(change));
  }

  /** Takes the analyst from a tornado bar to the lever's own input. */
  protected focusLever(id: LeverId): void {
    const field = this.document.getElementById(`lever-${id}-value`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }
}

/**
 * An enabled action button in a goal's row: the one named `verb` (so Hide after Hide hides the next
 * goal), else the first; '' for no row.
 */
function rowAction(goalId: string | null, verb?: string): string {
  if (goalId === null) return '';
  const name = verb ? `[aria-label^="${verb} goal:"]` : '';
  return `[data-goal-actions="${CSS.escape(goalId)}"] button${name}:not([disabled])`;
}

function newGoalDraft(): Goal {
  return {
    id: newId('custom-'),
    name: 'R&D intensity ≥ 3% of GDP by 2030',
    short: 'R&D intensity ≥3%, 2030',
    type: 'custom',
    source: TARGET_SOURCES.analystGoal,
    kind: 'threshold',
    indicator: 'rdIntensity',
    comparison: '>=',
    threshold: 3,
    deadline: 2030,
  };
}
