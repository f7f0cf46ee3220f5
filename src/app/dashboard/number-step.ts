/** The bounds and step of a field that arrow keys move. */
export interface StepRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Tolerance for values that sit on the grid but carry floating-point noise (8.1 = 0 + 81 × 0.1). */
const ON_GRID = 1e-9;

/**
 * The value one step up or down from `value`, as a native number input's arrow keys give it:
 * steps count from `min`, an off-grid value moves to the next grid value in that direction, and
 * the result stays within the range. Rounded to the decimals of `min` and `step`, so 0.1 steps
 * give 8.1, not 8.100000000000001.
 */
export function stepNumber(
  value: number,
  direction: 1 | -1,
  { min, max, step }: StepRange,
): number {
  const position = (value - min) / step;
  const next =
    direction > 0 ? Math.floor(position + ON_GRID) + 1 : Math.ceil(position - ON_GRID) - 1;
  const last = Math.floor((max - min) / step + ON_GRID);
  const index = Math.min(last, Math.max(0, next));
  return Number(
    (min + index * step).toFixed(Math.min(20, Math.max(decimals(min), decimals(step)))),
  );
}

function decimals(x: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}
