import { ComponentFixture } from '@angular/core/testing';

/**
 * The entries every value field's spec types (issue 12, case 5): what people type, paste or leave
 * half-written. Each spec states what its field applies for them.
 */
export const TYPED_ENTRIES = ['-10', '-', '-0.', '1e-1', '.5', '0,5', '\u22123', 'abc'] as const;

/** Pastes `text` into the field: one input event with the whole text. */
export async function pasteInto(
  fixture: ComponentFixture<unknown>,
  field: HTMLInputElement,
  text: string,
): Promise<void> {
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await fixture.whenStable();
}

/**
 * Types `text` key by key after clearing the field, each key added to whatever the field then
 * holds: a field that is rewritten while "-" is typed ends up with "10", not "-10".
 */
export async function typeInto(
  fixture: ComponentFixture<unknown>,
  field: HTMLInputElement,
  text: string,
): Promise<void> {
  await pasteInto(fixture, field, '');
  for (const key of text) await pasteInto(fixture, field, field.value + key);
}

/** Dispatches a key press on the field (Escape, ArrowUp...). */
export async function press(
  fixture: ComponentFixture<unknown>,
  field: HTMLInputElement,
  key: string,
): Promise<void> {
  field.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
  await fixture.whenStable();
}

/** Leaves the field. */
export async function leave(
  fixture: ComponentFixture<unknown>,
  field: HTMLInputElement,
): Promise<void> {
  field.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}
