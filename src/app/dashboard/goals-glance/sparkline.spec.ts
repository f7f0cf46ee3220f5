import fc from 'fast-check';
import { GoalTrace } from '../../state/goals/goal-cards.selectors';
import { sparklinePaths } from './sparkline';

/** The coordinates in path data, as [x, y] pairs. */
function points(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((n, i) => (i % 2 ? [] : [[n, numbers[i + 1]] as [number, number]]));
}

describe('sparklinePaths', () => {
  const trace: GoalTrace = {
    observed: [
      { year: 2020, value: 1 },
      { year: 2022, value: 2 },
    ],
    projected: [
      { year: 2022, value: 2 },
      { year: 2030, value: 4 },
    ],
    target: [
      { year: 2020, value: 3 },
      { year: 2030, value: 3 },
    ],
    mark: { year: 2025, value: 3 },
  };

  it('puts years across and values up, on one scale for the line and its target', () => {
    const paths = sparklinePaths(trace, 100, 40);
    expect(paths.observed).toBe('M4 36 L22.4 25.3');
    expect(paths.projected).toBe('M22.4 25.3 L96 4');
    expect(paths.target).toBe('M4 14.7 L96 14.7');
    // A diamond around (2025, 3).
    expect(points(paths.mark)).toEqual([
      [50, 11.2],
      [53.5, 14.7],
      [50, 18.2],
      [46.5, 14.7],
    ]);
  });

  it('draws nothing for an empty trace, and a flat one across the middle', () => {
    expect(
      sparklinePaths({ observed: [], projected: [], target: [], mark: null }, 100, 40),
    ).toEqual({
      observed: '',
      projected: '',
      target: '',
      mark: '',
    });
    const flat = sparklinePaths(
      {
        ...trace,
        observed: [],
        projected: [
          { year: 2020, value: 5 },
          { year: 2030, value: 5 },
        ],
        target: [],
        mark: null,
      },
      100,
      40,
    );
    expect(flat.projected).toBe('M4 20 L96 20');
  });

  it('keeps every point inside the box, whatever the values', () => {
    const point = fc.record({
      year: fc.integer({ min: 2012, max: 2040 }),
      value: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 12 }),
        fc.array(point, { maxLength: 12 }),
        fc.array(point, { maxLength: 4 }),
        (observed, projected, target) => {
          const paths = sparklinePaths(
            { observed, projected, target, mark: target[0] ?? null },
            100,
            40,
          );
          for (const d of [paths.observed, paths.projected, paths.target]) {
            for (const [x, y] of points(d)) {
              expect(x).toBeGreaterThanOrEqual(0);
              expect(x).toBeLessThanOrEqual(100);
              expect(y).toBeGreaterThanOrEqual(0);
              expect(y).toBeLessThanOrEqual(40);
            }
          }
        },
      ),
    );
  });
});
