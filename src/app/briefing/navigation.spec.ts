import fc from 'fast-check';
import { Move, Position, move } from './navigation';

describe('briefing navigation', () => {
  it('moves between slides when the step-through is off', () => {
    expect(move({ slide: 0, step: null }, 'next', 3, 4)).toEqual({ slide: 1, step: null });
    expect(move({ slide: 2, step: null }, 'next', 3, 4)).toEqual({ slide: 2, step: null });
    expect(move({ slide: 1, step: null }, 'previous', 3, 4)).toEqual({ slide: 0, step: null });
    expect(move({ slide: 0, step: null }, 'previous', 3, 4)).toEqual({ slide: 0, step: null });
    expect(move({ slide: 1, step: null }, 'last', 3, 4)).toEqual({ slide: 2, step: null });
    expect(move({ slide: 2, step: null }, 'first', 3, 4)).toEqual({ slide: 0, step: null });
  });

  it('goes through the steps of a slide before the next slide, and back', () => {
    const path: Position[] = [{ slide: 0, step: 0 }];
    for (let i = 0; i < 6; i++) path.push(move(path.at(-1)!, 'next', 2, 3));
    expect(path).toEqual([
      { slide: 0, step: 0 },
      { slide: 0, step: 1 },
      { slide: 0, step: 2 },
      { slide: 1, step: 0 },
      { slide: 1, step: 1 },
      { slide: 1, step: 2 },
      { slide: 1, step: 2 },
    ]);
    expect(move({ slide: 1, step: 0 }, 'previous', 2, 3)).toEqual({ slide: 0, step: 2 });
  });

  it('always lands on a slide and step that exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        fc.constantFrom<Move>('next', 'previous', 'first', 'last'),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 16 }),
        (slide, step, to, slides, steps) => {
          const at = move(
            {
              slide: Math.min(slide, slides - 1),
              step: step === null ? null : Math.min(step, steps - 1),
            },
            to,
            slides,
            steps,
          );
          expect(at.slide).toBeGreaterThanOrEqual(0);
          expect(at.slide).toBeLessThan(slides);
          expect(at.step === null).toBe(step === null);
          if (at.step !== null) expect(at.step).toBeLessThan(steps);
        },
      ),
    );
  });
});
