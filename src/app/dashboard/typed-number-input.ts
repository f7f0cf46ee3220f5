import { Directive, ElementRef, effect, inject, input, output } from '@angular/core';
import { StepRange, stepNumber } from './number-step';
import { TypedNumber, parseTypedNumber } from './typed-number';

/** Why the field went back to the value in force: the analyst left it, or pressed Escape. */
export interface TypedNumberRestored {
  /** What the field held before it was put back. */
  readonly text: string;
  readonly how: 'left' | 'escaped';
}

/**
 * A text input that holds a number exactly as the analyst types it. The field's text is written
 * only when the value in force changes to a number the text does not already say (a slider move,
 * a reset, another scenario), or when the analyst leaves or escapes an entry that is not the value
 * in force: never while `-`, `-0.` or `1e` is being typed. Every edit is reported parsed; the host
 * component decides what to apply and what to say.
 */
@Directive({
  selector: 'input[appTypedNumber]',
  host: {
    autocomplete: 'off',
    spellcheck: 'false',
    '(input)': 'read()',
    '(blur)': 'restore("left")',
    '(keydown.escape)': 'restore("escaped")',
    '(keydown.arrowup)': 'spin(1, $event)',
    '(keydown.arrowdown)': 'spin(-1, $event)',
  },
})
export class TypedNumberInput {
  /** The value in force. */
  readonly inForce = input.required<number>({ alias: 'appTypedNumber' });
  /** Bounds and step for ArrowUp/ArrowDown (what a number input's arrows did); none: arrows move the caret. */
  readonly spinRange = input<StepRange | null>(null);
  readonly typed = output<TypedNumber>();
  readonly restored = output<TypedNumberRestored>();

  private readonly field = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;

  /**
   * Numbers this field reported since it was last written: when one comes back as the value in
   * force, the analyst may already have typed on ("-0" applied 0, then "." made "-0."), so the text
   * stays. A set, not the last number, because the value can arrive a change-detection pass late.
   */
  private readonly reported = new Set<number>();

  constructor() {
    effect(() => {
      const value = this.inForce();
      if (!this.reported.has(value) && !this.says(value)) this.write(value);
    });
  }

  protected read(): void {
    const entry = parseTypedNumber(this.field.value);
    if (entry.kind === 'number') this.reported.add(entry.value);
    this.typed.emit(entry);
  }

  protected restore(how: TypedNumberRestored['how']): void {
    const text = this.field.value;
    const value = this.inForce();
    if (this.says(value)) return;
    this.write(value);
    // "5." left behind after typing 5 is the value in force with a point too many: tidied, not reported.
    if (how === 'left' && closesTo(text, value)) return;
    this.restored.emit({ text, how });
  }

  protected spin(direction: 1 | -1, event: Event): void {
    const range = this.spinRange();
    if (!range) return;
    event.preventDefault();
    const entry = parseTypedNumber(this.field.value);
    const next = stepNumber(
      entry.kind === 'number' ? entry.value : this.inForce(),
      direction,
      range,
    );
    this.write(next);
    this.reported.add(next);
    this.typed.emit({ kind: 'number', value: next });
  }

  private write(value: number): void {
    this.field.value = String(value);
    this.reported.clear();
  }

  /** Whether the field's text is exactly `value` (as typed: "1e-1" says 0.1). */
  private says(value: number): boolean {
    const entry = parseTypedNumber(this.field.value);
    return entry.kind === 'number' && entry.value === value;
  }
}

/**
 * The on-screen keyboard for a number field: digits only for whole numbers that cannot be negative,
 * digits and a decimal point otherwise, and the full keyboard when the value may be negative (phones'
 * numeric and decimal keypads have no minus key).
 */
export function numberKeypad(min: number, whole: boolean): 'numeric' | 'decimal' | null {
  if (min < 0) return null;
  return whole ? 'numeric' : 'decimal';
}

/** Whether an incomplete entry ending in a decimal point or comma is `value` once that is dropped. */
function closesTo(text: string, value: number): boolean {
  const closed = /[.,]\s*$/.test(text) ? parseTypedNumber(text.trim().slice(0, -1)) : null;
  return closed?.kind === 'number' && closed.value === value;
}
