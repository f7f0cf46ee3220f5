import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NgxEchartsDirective } from 'ngx-echarts';
import { GoalRow, goalRow } from '../../charts/goal-rows';
import { buildGoalsOption } from '../../charts/goals-option';
import { Palette } from '../../charts/palette';
import { Gap, GoalSeek, Tornado } from '../../model/goal-sensitivity';
import { Goal, GoalStatus } from '../../model/goals';
import { LeverId, LeverValues } from '../../model/levers';
import { CUSTOM_GOALS_MAX } from '../../model/limits';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { TARGET_SOURCES } from '../../model/sources';
import { newId } from '../../scenarios/new-id';
import { GoalAnalysis } from '../goal-analysis/goal-analysis';
import { GoalEditor } from '../goal-editor/goal-editor';
import { mergeWhenVisible } from '../in-viewport';

/** Every goal's status at its deadline, its outlook and probability, and the analysis of one goal. */
@Component({
  selector: 'app-goals-panel',
  imports: [NgxEchartsDirective, GoalAnalysis, GoalEditor, MatButtonModule],
  templateUrl: './goals-panel.html',
  styleUrl: './goals-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalsPanel {
  readonly goals = input.required<readonly { goal: Goal; status: GoalStatus; gap: Gap }[]>();
  readonly horizon = input.required<number>();
  readonly palette = input.required<Palette>();
  readonly monteCarlo = input<MonteCarloSummary | null>(null);
  /** Paths of the run under way, or 0 when none is. */
  readonly runningPaths = input(0);
  readonly runError = input<string | null>(null);
  readonly focusedGoal = input<Goal | null>(null);
  readonly tornado = input<Tornado | null>(null);
  readonly seekLever = input<LeverId>('rdGrowth');
  readonly seek = input<GoalSeek | null>(null);
  readonly levers = input.required<LeverValues>();
  readonly goalFocused = output<string>();
  readonly seekLeverPicked = output<LeverId>();
  readonly goalSeekApplied = output<{ id: LeverId; value: number }>();
  readonly leverFocused = output<LeverId>();
  readonly hiddenCount = input(0);
  readonly goalAdded = output<Goal>();
  readonly goalUpdated = output<Goal>();
  readonly goalDeleted = output<string>();
  readonly goalHidden = output<string>();
  readonly hiddenShown = output<void>();

  protected readonly customGoalsMax = CUSTOM_GOALS_MAX;
  /** The analyst's own goals are at their limit: a file with more could not be imported again. */
  protected readonly goalsFull = computed(
    () => this.goals().filter((g) => g.goal.type === 'custom').length >= CUSTOM_GOALS_MAX,
  );
  /** The goal in the editor, if any: a new draft, a copy, or one of the analyst's own. */
  protected readonly editing = signal<{ goal: Goal; isNew: boolean } | null>(null);

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
    if (this.editing()?.isNew) this.goalAdded.emit(goal);
    else this.goalUpdated.emit(goal);
    this.editing.set(null);
  }

  protected readonly rows = computed<GoalRow[]>(() => {
    const mc = this.monteCarlo();
    return this.goals().map(({ goal, status, gap }) =>
      goalRow(goal, status, this.horizon(), gap, mc?.goalProbability[goal.id] ?? null),
    );
  });
  protected readonly goalList = computed(() => this.goals().map((g) => g.goal));
  protected readonly byId = computed(() => new Map(this.goalList().map((g) => [g.id, g])));
  protected readonly summary = computed(() => {
    const count = (status: string) => this.rows().filter((r) => r.status === status).length;
    return `${this.rows().length} goals: ${count('met')} met, ${count('on track')} on track, ${count('off track')} off track`;
  });
  protected readonly initialOption = computed(() =>
    buildGoalsOption(untracked(this.rows), this.palette()),
  );
  /** Off screen, data changes wait: only visible charts redraw on a lever move. */
  protected readonly option = mergeWhenVisible(() => buildGoalsOption(this.rows(), this.palette()));
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
