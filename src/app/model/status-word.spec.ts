import fc from 'fast-check';
import { GoalStatusKind } from './goals';
import { LIKELY_FROM, STATUS_WORDS, UNLIKELY_BELOW, statusWord } from './status-word';

describe('statusWord', () => {
  it('keeps an observed or out-of-reach deadline’s own word, whatever the probability', () => {
    for (const kind of ['met', 'missed', 'beyond horizon'] as GoalStatusKind[])
      for (const p of [null, 0, 0.5, 1]) expect(statusWord(kind, p)).toBe(kind as never);
  });

  it('judges a projected deadline by P(met) alone, at the calibrated thresholds', () => {
    const cases: [number, string][] = [
      [0, 'unlikely'],
      [0.3299, 'unlikely'],
      [0.33, 'about as likely as not'],
      [0.52, 'about as likely as not'],
      [0.6599, 'about as likely as not'],
      [0.66, 'likely'],
      [1, 'likely'],
    ];
    for (const kind of ['on track', 'off track'] as GoalStatusKind[])
      for (const [p, word] of cases)
        expect(statusWord(kind, p))
          .withContext(`${kind} ${p}`)
          .toBe(word as never);
  });

  it('says nothing of a projected deadline before its probability is known', () => {
    expect(statusWord('on track', null)).toBeNull();
    expect(statusWord('off track', Number.NaN)).toBeNull();
  });

  it('never calls a projected goal met, and is monotone in the probability', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<GoalStatusKind>('on track', 'off track'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kind, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const rank = (p: number) => STATUS_WORDS.indexOf(statusWord(kind, p)!);
          expect(['met', 'missed']).not.toContain(statusWord(kind, a) as string);
          // likely (2) < about as likely as not (3) < unlikely (4): a higher P never ranks lower.
          expect(rank(hi)).toBeLessThanOrEqual(rank(lo));
          expect(statusWord(kind, hi) === 'likely').toBe(hi >= LIKELY_FROM);
          expect(statusWord(kind, lo) === 'unlikely').toBe(lo < UNLIKELY_BELOW);
        },
      ),
    );
  });
});
