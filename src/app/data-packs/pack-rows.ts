/** What the CSV and JSON readers hand on: observations placed by row, or the problems found. */
import { PlacedObservation } from './pack-merge';

export type RowsResult =
  { ok: true; rows: PlacedObservation[]; name?: string } | { ok: false; errors: string[] };

/** Past this many, further problems are counted, not listed: the first ones show what is wrong. */
export const ERRORS_MAX = 50;

export function tooManyErrors(errors: readonly string[]): string[] {
  return errors.length > ERRORS_MAX
    ? [...errors.slice(0, ERRORS_MAX), 'There are more problems; fix these first.']
    : [...errors];
}
