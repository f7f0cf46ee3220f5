import { ChangeDetectionStrategy, Component, computed, input, untracked } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { buildGoalsOption } from '../../charts/goals-option';
import { Palette } from '../../charts/palette';
import { Goal, GoalStatus } from '../../model/goals';
import { GoalRow, goalRow } from './goal-rows';

/** Every goal's status at its deadline, as a table and as a chart of progress to target. */
@Component({
  selector: 'app-goals-panel',
  imports: [NgxEchartsDirective],
  templateUrl: './goals-panel.html',
  styleUrl: './goals-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalsPanel {
  readonly goals = input.required<readonly { goal: Goal; status: GoalStatus }[]>();
  readonly horizon = input.required<number>();
  readonly palette = input.required<Palette>();

  protected readonly rows = computed<GoalRow[]>(() =>
    this.goals().map(({ goal, status }) => goalRow(goal, status, this.horizon())),
  );
  protected readonly summary = computed(() => {
    const count = (status: string) => this.rows().filter((r) => r.status === status).length;
    return `${this.rows().length} goals: ${count('met')} met, ${count('on track')} on track, ${count('off track')} off track`;
  });
  protected readonly initialOption = computed(() => buildGoalsOption(untracked(this.rows), this.palette()));
  protected readonly option = computed(() => buildGoalsOption(this.rows(), this.palette()));
}
