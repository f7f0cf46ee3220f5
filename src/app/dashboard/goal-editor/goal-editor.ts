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
import {
  Comparison,
  DEADLINE_MIN,
  GOAL_INDICATORS,
  Goal,
  GoalErrors,
  validateGoal,
} from '../../model/goals';
import { INDICATOR_BY_ID, IndicatorId } from '../../model/indicators';
import { TARGET_SOURCES } from '../../model/sources';
import { parseTypedNumber } from '../typed-number';
import { numberKeypad } from '../typed-number-input';

type Kind = Goal['kind'];
/** The goal's fields that hold a number, as typed. */
type NumberField = 'threshold' | 'fromYear' | 'deadline';
const NUMBER_FIELDS: Record<Kind, readonly NumberField[]> = {
  threshold: ['threshold', 'deadline'],
  growth: ['threshold', 'fromYear', 'deadline'],
  parity: ['deadline'],
};
const YEAR_LABELS = { fromYear: 'The start year', deadline: 'The deadline' } as const;

/** Writes an analyst's goal: threshold, average growth, or comparison with another indicator. */
@Component({
  selector: 'app-goal-editor',
  imports: [MatButtonModule],
  templateUrl: './goal-editor.html',
  styleUrl: './goal-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalEditor {
  /** The goal to edit (an existing custom goal, a copy of an official one, or a new draft). */
  readonly goal = input.required<Goal>();
  readonly saved = output<Goal>();
  readonly cancelled = output<void>();

  protected readonly indicators = GOAL_INDICATORS.map((id) => ({
    id,
    name: INDICATOR_BY_ID[id].name,
    unit: INDICATOR_BY_ID[id].unit,
  }));

  protected readonly name = signal('');
  protected readonly kind = signal<Kind>('threshold');
  protected readonly indicator = signal<IndicatorId>('rdIntensity');
  protected readonly comparison = signal<Comparison>('>=');
  protected readonly threshold = signal('');
  protected readonly other = signal<IndicatorId>('notableModelsUS');
  protected readonly fromYear = signal('');
  protected readonly deadline = signal('');
  protected readonly errors = signal<GoalErrors>({});
  protected readonly errorList = computed(() => Object.values(this.errors()));
  protected readonly unit = computed(() =>
    this.kind() === 'growth' ? '%/yr' : INDICATOR_BY_ID[this.indicator()].unit,
  );
  /** Growth may be negative; the indicators' levels and years cannot. */
  protected readonly thresholdKeypad = computed(() =>
    numberKeypad(this.kind() === 'growth' ? -Infinity : 0, false),
  );
  protected readonly yearKeypad = numberKeypad(DEADLINE_MIN, true);

  constructor() {
    effect(() => {
      const g = this.goal();
      this.name.set(g.name);
      this.kind.set(g.kind);
      this.indicator.set(g.indicator);
      this.comparison.set(g.kind === 'growth' ? '>=' : g.comparison);
      this.threshold.set(
        g.kind === 'threshold'
          ? String(g.threshold)
          : g.kind === 'growth'
            ? String(g.minGrowth)
            : '',
      );
      this.other.set(g.kind === 'parity' ? g.other : 'notableModelsUS');
      this.fromYear.set(g.kind === 'growth' ? String(g.fromYear) : '2020');
      this.deadline.set(String(g.deadline));
      this.errors.set({});
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  /** The goal as written, whatever its validity. */
  private draft(): Goal {
    const base = {
      id: this.goal().id,
      name: this.name().trim(),
      short: this.name().trim().slice(0, 32),
      type: 'custom' as const,
      source: TARGET_SOURCES.analystGoal,
      indicator: this.indicator(),
      deadline: this.number(this.deadline()),
    };
    switch (this.kind()) {
      case 'growth':
        return {
          ...base,
          kind: 'growth',
          minGrowth: this.number(this.threshold()),
          fromYear: this.number(this.fromYear()),
        };
      case 'parity':
        return { ...base, kind: 'parity', comparison: this.comparison(), other: this.other() };
      case 'threshold':
        return {
          ...base,
          kind: 'threshold',
          comparison: this.comparison(),
          threshold: this.number(this.threshold()),
        };
    }
  }

  /** The number typed, or NaN while it is incomplete or not a number (validateGoal then says so). */
  private number(text: string): number {
    const entry = parseTypedNumber(text);
    return entry.kind === 'number' ? entry.value + 0 : NaN;
  }

  /**
   * Keeps the text exactly as typed (the field is never rewritten) and says at once when it cannot
   * become a number; a range or order problem waits for Save, as the other fields' do.
   */
  protected typeNumber(field: NumberField, event: Event): void {
    const text = this.text(event);
    this[field].set(text);
    const entry = parseTypedNumber(text);
    this.errors.update((errors) => {
      const next = { ...errors };
      if (entry.kind === 'invalid') next[field] = entry.message;
      else delete next[field];
      return next;
    });
  }

  protected save(event: Event): void {
    event.preventDefault();
    const goal = this.draft();
    const errors = { ...validateGoal(goal), ...this.numberProblems() };
    this.errors.set(errors);
    if (Object.keys(errors).length === 0) this.saved.emit(goal);
  }

  /**
   * What is wrong with the text of the number fields on show, more precisely than validateGoal can
   * tell from NaN: the parser's reason, "not complete" for text like "-" or "1e", and a year with
   * decimals.
   */
  private numberProblems(): GoalErrors {
    const errors: GoalErrors = {};
    for (const field of NUMBER_FIELDS[this.kind()]) {
      const text = this[field]().trim();
      const entry = parseTypedNumber(text);
      if (entry.kind === 'invalid') errors[field] = entry.message;
      else if (entry.kind === 'incomplete' && text)
        errors[field] = `“${text}” is not a complete number.`;
      else if (entry.kind === 'number' && field !== 'threshold' && !Number.isInteger(entry.value)) {
        errors[field] = `${YEAR_LABELS[field]} must be a whole year.`;
      }
    }
    return errors;
  }
}
