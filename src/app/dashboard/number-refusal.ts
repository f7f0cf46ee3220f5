import { TypedNumber } from './typed-number';
import { TypedNumberRestored } from './typed-number-input';

/** Why a number field's entry was not applied; `kept` once the field went back to the value in force. */
export interface Refusal {
  readonly message: string;
  readonly kept: boolean;
}

/**
 * What to say about an edit: nothing while the entry can still become a number or when it is
 * applied; the parser's reason, or `problem`'s (range, whole numbers), otherwise.
 */
export function refusalOf(
  entry: TypedNumber,
  problem: (value: number) => string | null,
): Refusal | null {
  if (entry.kind === 'incomplete') return null;
  const message = entry.kind === 'invalid' ? entry.message : problem(entry.value);
  return message ? { message, kept: false } : null;
}

/** After the field went back to the value in force: Escape needs no word, leaving says why. */
export function refusalOnRestore(
  current: Refusal | null,
  { text, how }: TypedNumberRestored,
  label: string,
): Refusal | null {
  if (how === 'escaped') return null;
  const typed = text.trim();
  const message =
    current?.message ??
    (typed ? `“${typed}” is not a complete number.` : `${label} needs a number.`);
  return { message, kept: true };
}

/** The line under the field. */
export function refusalText(refusal: Refusal, inForce: number): string {
  return refusal.kept
    ? `${refusal.message} Not applied: kept ${inForce}.`
    : `${refusal.message} Not applied.`;
}
