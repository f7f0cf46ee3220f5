import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
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
    this.editing.set({ goal: newGoalDraft(), isNew: true });
  }

  protected copyGoal(goal: Goal): void {
    this.editing.set({
      goal: {
        ...goal,
        id: newId('custom-'),
        name: `${goal.name} (copy)`,
        type: 'custom',
        source: TARGET_SOURCES.analystGoal,
      },
      isNew: true,
    });
  }

  protected editGoal(goal: Goal): void {
    this.editing.set({ goal, isNew: false });
  }

  protected saveGoal(goal: Goal): void {
    this.store.dispatch(
      this.editing()?.isNew
        ? GoalEditorActions.goalAdded({ goal })
        : GoalEditorActions.goalUpdated({ goal }),
    );
    this.editing.set(null);
  }

  protected deleteGoal(id: string): void {
    this.store.dispatch(GoalEditorActions.goalDeleted({ id }));
  }

  protected hideGoal(id: string): void {
    this.store.dispatch(GoalEditorActions.goalHidden({ id }));
  }

  protected showHiddenGoals(): void {
    this.store.dispatch(GoalEditorActions.hiddenGoalsShown());
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
