import fc from 'fast-check';
import { LIKELY_FROM, UNLIKELY_BELOW, statusWord } from '../model/status-word';
import { formatProbability } from './probability';

/** The share a reader takes from the text; "<x%" and ">x%" as just below and above x. */
function read(text: string): number {
  const value = Number(text.replace(/[<>%]/g, '')) / 100;
  return text.startsWith('<') ? value - 1e-9 : text.startsWith('>') ? value + 1e-9 : value;
}

describe('formatProbability', () => {
  it('shows whole percent away from the thresholds, and 0% or 100% only for none or all paths', () => {
    expect([0, 0.004, 0.005, 0.52, 0.94, 0.995, 0.999, 1].map(formatProbability)).toEqual([
      '0%',
      '<1%',
      '1%',
      '52%',
      '94%',
      '>99%',
      '>99%',
      '100%',
    ]);
  });

  it('keeps decimals where whole percent would cross a threshold', () => {
    expect(formatProbability(0.3295)).toBe('32.95%');
    expect(formatProbability(0.329)).toBe('32.9%');
    expect(formatProbability(0.655)).toBe('65.5%');
    expect(formatProbability(UNLIKELY_BELOW)).toBe('33%');
    expect(formatProbability(LIKELY_FROM)).toBe('66%');
    expect(formatProbability(0.6599999999)).toBe('<66%');
  });

  it('never gives a reader a share that the word beside it rules out', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const shown = read(formatProbability(p));
        expect(statusWord('on track', shown)).toBe(statusWord('on track', p));
        expect(Math.abs(shown - p)).toBeLessThanOrEqual(0.01);
        expect(formatProbability(p) === '100%').toBe(p === 1);
        expect(formatProbability(p) === '0%').toBe(p === 0);
      }),
    );
  });
});
