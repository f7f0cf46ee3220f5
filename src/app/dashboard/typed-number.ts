/** The number in an input, or NaN when the field is empty or holds something else. */
export function typedNumber(field: HTMLInputElement): number {
  return field.validity.badInput || field.value.trim() === '' ? NaN : Number(field.value);
}
