import fc from 'fast-check';
import { stepNumber } from './number-step';

describe('stepNumber', () => {
  const percent = { min: 0, max: 15, step: 0.1 };
  const share = { min: -0.5, max: 1, step: 0.05 };

  it('moves by one step on the grid, without floating-point noise', () => {
    expect(stepNumber(8, 1, percent)).toBe(8.1);
    expect(stepNumber(8.1, -1, percent)).toBe(8);
    expect(stepNumber(0.15, 1, share)).toBe(0.2);
    expect(stepNumber(-0.45, -1, share)).toBe(-0.5);
  });

  it('moves an off-grid value to the next grid value in that direction, as a number input does', () => {
    expect(stepNumber(8.05, 1, percent)).toBe(8.1);
    expect(stepNumber(8.05, -1, percent)).toBe(8);
  });

  it('stays within the range', () => {
    expect(stepNumber(15, 1, percent)).toBe(15);
    expect(stepNumber(0, -1, percent)).toBe(0);
    expect(stepNumber(99, -1, percent)).toBe(15);
    expect(stepNumber(-3, 1, percent)).toBe(0);
  });

  it('always lands on the grid, in range, on the side it was asked for', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.constantFrom<1 | -1>(1, -1),
        (value, direction) => {
          const next = stepNumber(value, direction, share);
          const onGrid =
            Math.abs(
              (next - share.min) / share.step - Math.round((next - share.min) / share.step),
            ) < 1e-9;
          const inRange = next >= share.min && next <= share.max;
          const moved =
            direction > 0 ? next > value || next === share.max : next < value || next === share.min;
          return onGrid && inRange && moved;
        },
      ),
    );
  });
});
