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
import { Palette } from '../../charts/palette';
import { buildTornadoOption, tornadoHeight } from '../../charts/tornado-option';
import { formatNumber } from '../../format/number';
import { GoalSeek, Tornado, barsWithEffect } from '../../model/goal-sensitivity';
import { Goal } from '../../model/goals';
import { INDICATOR_BY_ID } from '../../model/indicators';
import { LEVERS, LEVER_BY_ID, LeverId, LeverValues } from '../../model/levers';
import { mergeWhenVisible } from '../in-viewport';

/** For one goal: which assumption matters most (tornado) and what a lever would have to be (goal-seek). */
@Component({
  selector: 'app-goal-analysis',
  imports: [NgxEchartsDirective, MatButtonModule],
  templateUrl: './goal-analysis.html',
  styleUrl: './goal-analysis.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalAnalysis {
  readonly goals = input.required<readonly Goal[]>();
  readonly goal = input.required<Goal>();
  readonly tornado = input.required<Tornado>();
  readonly seekLever = input.required<LeverId>();
  readonly seek = input.required<GoalSeek>();
  readonly levers = input.required<LeverValues>();
  readonly palette = input.required<Palette>();
  readonly goalFocused = output<string>();
  readonly seekLeverPicked = output<LeverId>();
  readonly applied = output<{ id: LeverId; value: number }>();
  readonly leverFocused = output<LeverId>();

  protected readonly allLevers = LEVERS;
  protected readonly unit = computed(() => {
    const g = this.goal();
    return g.kind === 'growth' ? '%/yr' : INDICATOR_BY_ID[g.indicator].unit;
  });
  /** Whether the levers without an effect on the goal are shown too (as empty rows). */
  protected readonly showAll = signal(false);
  private readonly withEffect = computed(() => barsWithEffect(this.tornado()));
  protected readonly hiddenCount = computed(
    () => this.tornado().bars.length - this.withEffect().length,
  );
  /** The tornado as drawn: the levers that move the goal, or all of them on request. */
  private readonly shown = computed(() =>
    this.showAll() ? this.tornado() : { ...this.tornado(), bars: this.withEffect() },
  );
  protected readonly height = computed(() => tornadoHeight(this.shown().bars.length));
  protected readonly initialOption = computed(() =>
    buildTornadoOption(untracked(this.shown), untracked(this.unit), this.palette()),
  );
  /** Off screen, data changes wait: only visible charts redraw on a lever move. */
  protected readonly option = mergeWhenVisible(() =>
    buildTornadoOption(this.shown(), this.unit(), this.palette()),
  );
  protected readonly summary = computed(() => {
    const [first, second] = this.tornado().bars;
    const name = (id: LeverId) => LEVER_BY_ID[id].label;
    if (!first || first.spread === 0) return `No lever moves ${this.goal().name} within ±1.28σ.`;
    return (
      `For ${this.goal().name}, ${name(first.lever)} matters most` +
      (second?.spread ? `, then ${name(second.lever)}.` : '.')
    );
  });
  /** The levers that move the goal, widest first, as text (and the keyboard's way to a lever). */
  protected readonly ranking = computed(() =>
    this.withEffect()
      .slice(0, 5)
      .map((b) => ({
        lever: b.lever,
        label: LEVER_BY_ID[b.lever].label,
        range: `${formatNumber(Math.min(b.atLow, b.atHigh))} to ${formatNumber(Math.max(b.atLow, b.atHigh))} ${this.unit()}`,
      })),
  );
  protected readonly seekText = computed(() => {
    const lever = LEVER_BY_ID[this.seekLever()];
    const result = this.seek();
    const now = `${this.levers()[lever.id]} ${lever.unit}`;
    if (!result.reachable)
      return `Not reachable within the lever’s range (${lever.min} to ${lever.max} ${lever.unit}), other levers held.`;
    if (result.alreadyMet) return `Already met with ${lever.label} at ${now}.`;
    return `${lever.label} at ${result.value} ${lever.unit} meets the goal (now ${now}), other levers held.`;
  });

  protected pickGoal(event: Event): void {
    this.goalFocused.emit((event.target as HTMLSelectElement).value);
  }

  protected pickLever(event: Event): void {
    this.seekLeverPicked.emit((event.target as HTMLSelectElement).value as LeverId);
  }

  protected apply(): void {
    const result = this.seek();
    if (result.reachable && !result.alreadyMet)
      this.applied.emit({ id: this.seekLever(), value: result.value });
  }

  protected barClicked(event: { data?: unknown }): void {
    const lever = (event.data as { lever?: LeverId } | null | undefined)?.lever;
    if (lever) this.leverFocused.emit(lever);
  }
}
