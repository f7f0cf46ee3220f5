import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSliderModule } from '@angular/material/slider';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Warning } from '../../model/goal-sensitivity';
import { Lever, leverValueError } from '../../model/levers';
import { Refusal, refusalOf, refusalOnRestore, refusalText } from '../number-refusal';
import { TypedNumber } from '../typed-number';
import { TypedNumberInput, TypedNumberRestored, numberKeypad } from '../typed-number-input';

/** One lever: a slider and a number input bound to the same value, a reset button and its basis. */
@Component({
  selector: 'app-lever-control',
  imports: [MatSliderModule, MatButtonModule, MatTooltipModule, TypedNumberInput],
  templateUrl: './lever-control.html',
  styleUrl: './lever-control.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeverControl {
  readonly lever = input.required<Lever>();
  readonly value = input.required<number>();
  /** Plausibility warnings that concern this lever: shown, never blocking. */
  readonly warnings = input<readonly Warning[]>([]);
  readonly changed = output<number>();
  readonly resetRequested = output<void>();

  private readonly refusal = signal<Refusal | null>(null);
  protected readonly message = computed(() => {
    const refusal = this.refusal();
    return refusal && refusalText(refusal, this.value());
  });
  /** The field holds an entry that is not applied (no longer once it went back to the value in force). */
  protected readonly invalid = computed(() => this.refusal()?.kept === false);
  protected readonly isDefault = computed(() => this.value() === this.lever().default);
  protected readonly keypad = computed(() => numberKeypad(this.lever().min, false));
  protected readonly ids = computed(() => ({
    input: `lever-${this.lever().id}-value`,
    error: `lever-${this.lever().id}-error`,
  }));
  protected readonly about = computed(() => {
    const l = this.lever();
    return `${l.basis}. Default ${l.default} ${l.unit}, range ${l.min} to ${l.max}, step ${l.step}, σ ${l.sigma}.`;
  });

  constructor() {
    // A move from the slider, a reset or a new scenario makes any earlier refusal stale.
    effect(() => {
      this.value();
      this.refusal.set(null);
    });
  }

  protected slide(value: number): void {
    this.changed.emit(value);
  }

  /** Applies a complete number in range at once; says nothing while the entry is still being typed. */
  protected type(entry: TypedNumber): void {
    const refusal = refusalOf(entry, (value) => leverValueError(this.lever(), value));
    this.refusal.set(refusal);
    // + 0 turns the -0 of "-0" (on the way to "-0.5") into 0.
    if (entry.kind === 'number' && !refusal && entry.value !== this.value())
      this.changed.emit(entry.value + 0);
  }

  protected restored(event: TypedNumberRestored): void {
    this.refusal.update((current) => refusalOnRestore(current, event, this.lever().label));
  }
}
