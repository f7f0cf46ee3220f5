/** fast-check arbitraries for model inputs, shared by the property specs. */
import fc from 'fast-check';
import { LEVERS, Lever, LeverValues } from './levers';

/** A value on the lever's grid of steps within [min, max]. */
export function leverValue(lever: Lever): fc.Arbitrary<number> {
  const steps = Math.round((lever.max - lever.min) / lever.step);
  const decimals = Math.max(0, Math.ceil(-Math.log10(lever.step)));
  return fc
    .integer({ min: 0, max: steps })
    .map((k) => Math.min(lever.max, Number((lever.min + k * lever.step).toFixed(decimals))));
}

export const leverValues: fc.Arbitrary<LeverValues> = fc.record(
  Object.fromEntries(LEVERS.map((lever) => [lever.id, leverValue(lever)])) as Record<
    string,
    fc.Arbitrary<number>
  >,
) as fc.Arbitrary<LeverValues>;

export const horizon: fc.Arbitrary<number> = fc.integer({ min: 2030, max: 2040 });
