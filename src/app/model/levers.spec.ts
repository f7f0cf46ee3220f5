import {
  DEFAULT_LEVERS,
  LEVERS,
  LEVER_BY_ID,
  clampLever,
  isLeverId,
  leverValueError,
  rate,
} from './levers';

describe('levers', () => {
  it('has the fifteen levers of MODEL.md with defaults on their step grid and inside their range', () => {
    expect(LEVERS.length).toBe(15);
    for (const lever of LEVERS) {
      expect(lever.default).withContext(lever.id).toBeGreaterThanOrEqual(lever.min);
      expect(lever.default).withContext(lever.id).toBeLessThanOrEqual(lever.max);
      const steps = (lever.default - lever.min) / lever.step;
      expect(Math.abs(steps - Math.round(steps)))
        .withContext(lever.id)
        .toBeLessThan(1e-9);
    }
    expect(LEVER_BY_ID.rdGrowth.label).toBe('R&D spending growth (nominal)');
  });

  it('divides percent levers by 100 and leaves the others', () => {
    expect(rate(DEFAULT_LEVERS, 'rdGrowth')).toBe(0.08);
    expect(rate(DEFAULT_LEVERS, 'exportControls')).toBe(0.6);
    expect(rate(DEFAULT_LEVERS, 'basicShareGain')).toBe(0.15);
  });

  it('explains values out of range or not numbers', () => {
    const lever = LEVER_BY_ID.rdGrowth;
    expect(leverValueError(lever, 10)).toBeNull();
    expect(leverValueError(lever, 16)).toBe(
      'R&D spending growth (nominal) must be between 0 and 15 %/yr.',
    );
    expect(leverValueError(lever, NaN)).toBe('R&D spending growth (nominal) needs a number.');
    expect(clampLever(lever, 999)).toBe(15);
    expect(clampLever(lever, -1)).toBe(0);
  });

  it('recognises lever ids and nothing inherited', () => {
    expect(isLeverId('rdGrowth')).toBeTrue();
    expect(isLeverId('__proto__')).toBeFalse();
    expect(isLeverId('toString')).toBeFalse();
  });
});
