import { ChangeDetectionStrategy, Component, computed, input, output, untracked } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { buildGoalsOption } from '../../charts/goals-option';
import { Palette } from '../../charts/palette';
import { Gap, GoalSeek, Tornado } from '../../model/analysis';
import { Goal, GoalStatus } from '../../model/goals';
import { LeverId, LeverValues } from '../../model/levers';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { GoalAnalysis } from '../goal-analysis/goal-analysis';
import { GoalRow, goalRow } from './goal-rows';

/** Every goal's status at its deadline, its outlook and probability, and the analysis of one goal. */
@Component({
  selector: 'app-goals-panel',
  imports: [NgxEchartsDirective, GoalAnalysis],
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

  protected readonly rows = computed<GoalRow[]>(() => {
    const mc = this.monteCarlo();
    return this.goals().map(({ goal, status, gap }) =>
      goalRow(goal, status, this.horizon(), gap, mc?.goalProbability[goal.id] ?? null),
    );
  });
  protected readonly goalList = computed(() => this.goals().map((g) => g.goal));
  protected readonly summary = computed(() => {
    const count = (status: string) => this.rows().filter((r) => r.status === status).length;
    return `${this.rows().length} goals: ${count('met')} met, ${count('on track')} on track, ${count('off track')} off track`;
  });
  protected readonly initialOption = computed(() => buildGoalsOption(untracked(this.rows), this.palette()));
  protected readonly option = computed(() => buildGoalsOption(this.rows(), this.palette()));
}
