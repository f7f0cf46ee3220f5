import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSliderModule } from '@angular/material/slider';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Warning } from '../../model/analysis';
import { Lever, leverValueError } from '../../model/levers';
import { typedNumber } from '../typed-number';

/** One lever: a slider and a number input bound to the same value, a reset button and its basis. */
@Component({
  selector: 'app-lever-control',
  imports: [MatSliderModule, MatButtonModule, MatTooltipModule],
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

  /** What the analyst is typing, kept until it is a valid value or the lever moves elsewhere. */
  private readonly draft = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly shown = computed(() => this.draft() ?? String(this.value()));
  protected readonly isDefault = computed(() => this.value() === this.lever().default);
  protected readonly ids = computed(() => ({
    input: `lever-${this.lever().id}-value`,
    error: `lever-${this.lever().id}-error`,
  }));
  protected readonly about = computed(() => {
    const l = this.lever();
    return `${l.basis}. Default ${l.default} ${l.unit}, range ${l.min} to ${l.max}, step ${l.step}, σ ${l.sigma}.`;
  });

  constructor() {
    // A move from the slider, a reset or a new scenario replaces whatever was being typed.
    effect(() => {
      this.value();
      this.draft.set(null);
      this.error.set(null);
    });
  }

  protected slide(value: number): void {
    this.changed.emit(value);
  }

  protected type(event: Event): void {
    const field = event.target as HTMLInputElement;
    const value = typedNumber(field);
    const problem = leverValueError(this.lever(), value);
    this.draft.set(field.value);
    this.error.set(problem);
    if (!problem && value !== this.value()) this.changed.emit(value);
  }

  /** Leaving the field with an invalid entry puts back the value in force; the message says why. */
  protected settle(): void {
    if (!this.error()) this.draft.set(null);
  }

  protected restore(): void {
    this.draft.set(null);
    this.error.set(null);
  }
}
