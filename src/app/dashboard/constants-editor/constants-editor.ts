import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  CONSTANTS_INFO,
  ConstantId,
  ConstantInfo,
  DEFAULT_CONSTANTS,
  ModelConstants,
} from '../../model/constants';
import { SEED_MAX } from '../../model/limits';
import { MonteCarloSettings, PATHS_MAX, PATHS_MIN } from '../../model/monte-carlo';
import { rangeError } from '../../model/range';
import { Refusal, refusalOf, refusalOnRestore, refusalText } from '../number-refusal';
import { TypedNumber } from '../typed-number';
import { TypedNumberInput, TypedNumberRestored, numberKeypad } from '../typed-number-input';

type RunField = keyof MonteCarloSettings;

/** Label, bounds and arrow-key step of the simulation settings; both are whole numbers. */
const RUN_FIELDS: Record<RunField, { label: string; min: number; max: number; step: number }> = {
  paths: { label: 'Paths', min: PATHS_MIN, max: PATHS_MAX, step: 100 },
  seed: { label: 'Seed', min: 0, max: SEED_MAX, step: 1 },
};

/** Why a typed value cannot be applied to a bounded field, or null when it can. */
function boundsError(
  label: string,
  value: number,
  min: number,
  max: number,
  whole: boolean,
): string | null {
  return (
    rangeError(label, value, min, max) ??
    (whole && !Number.isInteger(value) ? `${label} must be a whole number.` : null)
  );
}

/** The model constants (the /model page), editable for analysts who want to test the model itself. */
@Component({
  selector: 'app-constants-editor',
  imports: [MatButtonModule, TypedNumberInput],
  templateUrl: './constants-editor.html',
  styleUrl: './constants-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConstantsEditor {
  readonly constants = input.required<ModelConstants>();
  readonly monteCarlo = input.required<MonteCarloSettings>();
  readonly changed = output<{ id: ConstantId; value: number }>();
  readonly resetRequested = output<void>();
  readonly monteCarloChanged = output<{ paths?: number; seed?: number }>();

  protected readonly info = CONSTANTS_INFO;
  protected readonly runFields = RUN_FIELDS;
  protected readonly keypads = Object.fromEntries(
    CONSTANTS_INFO.map((c) => [c.id, numberKeypad(c.min, c.step === 1)]),
  ) as Record<ConstantId, string | null>;
  protected readonly defaults = DEFAULT_CONSTANTS;
  /** Entries that could not be applied, with the reason, by constant. */
  private readonly refusals = signal<Partial<Record<ConstantId, Refusal>>>({});
  protected readonly errors = computed(() => {
    const constants = this.constants();
    const texts: Partial<Record<ConstantId, string>> = {};
    for (const [id, refusal] of Object.entries(this.refusals()) as [ConstantId, Refusal][])
      texts[id] = refusalText(refusal, constants[id]);
    return texts;
  });
  /** Constants whose field holds an entry that is not applied. */
  protected readonly invalid = computed(
    () =>
      new Set(
        Object.entries(this.refusals())
          .filter(([, r]) => !r.kept)
          .map(([id]) => id),
      ),
  );

  /** The simulation settings' refusal (one line under both fields), with the field it concerns. */
  private readonly runRefusal = signal<{ field: RunField; refusal: Refusal } | null>(null);
  protected readonly runError = computed(() => {
    const run = this.runRefusal();
    return run && refusalText(run.refusal, this.monteCarlo()[run.field]);
  });
  protected readonly runInvalid = computed(() => {
    const run = this.runRefusal();
    return run && !run.refusal.kept ? run.field : null;
  });

  protected type(c: ConstantInfo, entry: TypedNumber): void {
    const refusal = refusalOf(entry, (value) =>
      boundsError(c.label, value, c.min, c.max, c.step === 1),
    );
    this.setRefusal(c.id, refusal);
    if (entry.kind === 'number' && !refusal)
      this.changed.emit({ id: c.id, value: entry.value + 0 });
  }

  protected restored(c: ConstantInfo, event: TypedNumberRestored): void {
    this.setRefusal(c.id, refusalOnRestore(this.refusals()[c.id] ?? null, event, c.label));
  }

  private setRefusal(id: ConstantId, refusal: Refusal | null): void {
    this.refusals.update((all) => {
      const next = { ...all };
      if (refusal) next[id] = refusal;
      else delete next[id];
      return next;
    });
  }

  protected typeRun(field: RunField, entry: TypedNumber): void {
    const { label, min, max } = RUN_FIELDS[field];
    const refusal = refusalOf(entry, (value) => boundsError(label, value, min, max, true));
    this.runRefusal.set(refusal && { field, refusal });
    if (entry.kind === 'number' && !refusal)
      this.monteCarloChanged.emit({ [field]: entry.value + 0 });
  }

  protected restoredRun(field: RunField, event: TypedNumberRestored): void {
    const current = this.runRefusal();
    const refusal = refusalOnRestore(
      current?.field === field ? current.refusal : null,
      event,
      RUN_FIELDS[field].label,
    );
    this.runRefusal.set(refusal && { field, refusal });
  }

  protected resetAll(): void {
    this.refusals.set({});
    this.resetRequested.emit();
  }
}
