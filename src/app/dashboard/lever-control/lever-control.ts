import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
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
import { SLIDER_DRAG } from '../slider-drag';
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
  private readonly drag = inject(SLIDER_DRAG, { optional: true });
  private readonly document = inject(DOCUMENT);
  /** Stops listening for the release of a drag under way. */
  private stopListening: (() => void) | null = null;

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
    inject(DestroyRef).onDestroy(() => this.endDrag());
    // A move from the slider, a reset or a new scenario makes any earlier refusal stale.
    effect(() => {
      this.value();
      this.refusal.set(null);
    });
  }

  protected slide(value: number): void {
    this.changed.emit(value);
  }

  /**
   * The thumb was pressed: charts hold their axes until it is let go. The thumb reports a release
   * over itself only, so a release anywhere in the page (or a cancelled pointer) ends the drag too.
   * Keys need none of this: each press is one change.
   */
  protected startDrag(): void {
    const drag = this.drag;
    const view = this.document.defaultView;
    if (!drag || !view) return;
    this.endDrag();
    drag.started(this.lever().id);
    const end = () => this.endDrag();
    view.addEventListener('pointerup', end, true);
    view.addEventListener('pointercancel', end, true);
    view.addEventListener('blur', end);
    this.stopListening = () => {
      view.removeEventListener('pointerup', end, true);
      view.removeEventListener('pointercancel', end, true);
      view.removeEventListener('blur', end);
    };
  }

  protected endDrag(): void {
    if (!this.stopListening) return;
    this.stopListening();
    this.stopListening = null;
    this.drag?.ended();
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
