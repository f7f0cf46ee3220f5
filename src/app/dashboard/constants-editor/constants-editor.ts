import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CONSTANTS_INFO, ConstantId, ConstantInfo, DEFAULT_CONSTANTS, ModelConstants } from '../../model/constants';
import { MonteCarloSettings, PATHS_MAX, PATHS_MIN } from '../../model/monte-carlo';
import { rangeError } from '../../model/range';
import { typedNumber } from '../typed-number';

/** The model constants (MODEL.md), editable for analysts who want to test the model itself. */
@Component({
  selector: 'app-constants-editor',
  imports: [MatButtonModule],
  templateUrl: './constants-editor.html',
  styleUrl: './constants-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConstantsEditor {
  readonly constants = input.required<ModelConstants>();
  readonly changed = output<{ id: ConstantId; value: number }>();
  readonly resetRequested = output<void>();
  readonly monteCarlo = input.required<MonteCarloSettings>();
  readonly monteCarloChanged = output<{ paths?: number; seed?: number }>();

  protected readonly info = CONSTANTS_INFO;
  protected readonly defaults = DEFAULT_CONSTANTS;
  /** Entries that could not be applied, with the reason, by constant. */
  protected readonly errors = signal<Partial<Record<ConstantId, string>>>({});

  protected type(c: ConstantInfo, event: Event): void {
    const value = typedNumber(event.target as HTMLInputElement);
    let problem = rangeError(c.label, value, c.min, c.max);
    if (!problem && c.step === 1 && !Number.isInteger(value)) problem = `${c.label} must be a whole number.`;
    this.errors.update((e) => ({ ...e, [c.id]: problem ?? undefined }));
    if (!problem) this.changed.emit({ id: c.id, value });
  }

  protected readonly pathsMin = PATHS_MIN;
  protected readonly pathsMax = PATHS_MAX;
  protected readonly runError = signal<string | null>(null);

  protected typeRun(field: 'paths' | 'seed', event: Event): void {
    const value = typedNumber(event.target as HTMLInputElement);
    const [label, min, max] = field === 'paths' ? ['Paths', PATHS_MIN, PATHS_MAX] : ['Seed', 0, 2 ** 31 - 1];
    let problem = rangeError(label, value, min, max);
    if (!problem && !Number.isInteger(value)) problem = `${label} must be a whole number.`;
    this.runError.set(problem);
    if (!problem) this.monteCarloChanged.emit({ [field]: value });
  }

  protected resetAll(): void {
    this.errors.set({});
    this.resetRequested.emit();
  }
}
