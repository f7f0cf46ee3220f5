import fc from 'fast-check';
import { SCENARIO_NAME_MAX } from '../model/limits';
import { fitName, freeName } from './scenario-names';

const LIMIT = SCENARIO_NAME_MAX;
/** No unpaired surrogate anywhere: what a cut inside a pair would leave. */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('scenario names', () => {
  describe('freeName', () => {
    it('keeps a free name, else counts up, as before', () => {
      expect(freeName('Plan', [])).toBe('Plan');
      expect(freeName('Plan', ['Plan'])).toBe('Plan (2)');
      expect(freeName('Plan', new Set(['Plan', 'Plan (2)']))).toBe('Plan (3)');
      expect(freeName('Plan', ['Plan'], ' (copy)')).toBe('Plan (copy)');
      expect(freeName('Plan', ['Plan (copy)'], ' (copy)')).toBe('Plan (copy) (2)');
    });

    it('duplicates a name of exactly the limit within the limit, keeping " (copy)"', () => {
      const name = 'x'.repeat(LIMIT);
      const copy = freeName(name, [name], ' (copy)');
      expect(copy.length).toBe(LIMIT);
      expect(copy).toBe(`${'x'.repeat(LIMIT - 7)} (copy)`);
      const second = freeName(name, [name, copy], ' (copy)');
      expect(second).toBe(`${'x'.repeat(LIMIT - 11)} (copy) (2)`);
    });

    it('keeps a label already appended to an over-long name (the old calling style)', () => {
      const name = 'y'.repeat(LIMIT);
      expect(freeName(`${name} (mine)`, [])).toBe(`${'y'.repeat(LIMIT - 7)} (mine)`);
    });

    it('never splits an emoji or a Chinese character to make room', () => {
      const name = `${'中'.repeat(LIMIT - 9)}👨‍👩‍👧😀`; // the family emoji is 8 units, 😀 is 2
      const copy = freeName(name, [], ' (copy)');
      expect(copy).toBe(`${'中'.repeat(LIMIT - 9)} (copy)`);
      expect(freeName(`${'中'.repeat(LIMIT - 6)}😀😀`, [], ' (2)')).toBe(
        `${'中'.repeat(LIMIT - 6)}😀 (2)`,
      );
    });

    it('always gives a free, well-formed name within the limit', () => {
      const names = fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: LIMIT + 20 })
        .filter((s) => s.trim().length > 0);
      fc.assert(
        fc.property(
          names,
          fc.constantFrom('', ' (copy)', ' (mine)'),
          fc.nat(30),
          (name, suffix, copies) => {
            const taken = new Set<string>();
            for (let k = 0; k < copies; k++) taken.add(freeName(name, taken, suffix));
            const next = freeName(name, taken, suffix);
            expect(taken.has(next)).toBeFalse();
            expect(next.length).toBeLessThanOrEqual(LIMIT);
            expect(wellFormed(next)).withContext(next).toBeTrue();
            expect(next.endsWith(suffix) || /\(\d+\)$/.test(next)).toBeTrue();
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('fitName', () => {
    it('leaves a name within the limit untouched', () => {
      expect(fitName('x'.repeat(LIMIT))).toBe('x'.repeat(LIMIT));
    });

    it('drops spaces the cut leaves at the end', () => {
      expect(fitName('ab   cd', 4)).toBe('ab');
    });
  });
});
