import fc from 'fast-check';
import {
  formatCompact,
  formatCount,
  formatDelta,
  formatExact,
  formatMegabytes,
  formatNumber,
  formatPercent,
  formatSigned,
  formatWithUnit,
  plainDecimal,
  unitSuffix,
} from './number';

describe('number formatting', () => {
  it('gives values for reading three significant figures, grouped in English', () => {
    expect(formatNumber(3632.68)).toBe('3,630');
    expect(formatNumber(5337.598718)).toBe('5,340');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(3.2849)).toBe('3.28');
    expect(formatNumber(0.0708)).toBe('0.0708');
    expect(formatNumber(2.8)).toBe('2.8');
    expect(formatNumber(8)).toBe('8');
    expect(formatNumber(-1234.5)).toBe('-1,230');
    expect(formatNumber(99.96)).toBe('100');
  });

  it('writes a number past a quadrillion or below a millionth in scientific form, never hundreds of digits', () => {
    expect(formatNumber(1e308)).toBe('1E308');
    expect(formatNumber(-2.345e20)).toBe('-2.35E20');
    expect(formatNumber(999e12)).toBe('999,000,000,000,000');
    expect(formatNumber(1.234e-9)).toBe('1.23E-9');
    expect(formatNumber(0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatNumber(value);
        expect(text.length).toBeLessThanOrEqual(24);
        // Three significant figures at most: the digits of the mantissa, leading zeros aside.
        const mantissa = text
          .split('E')[0]
          .replace(/[^0-9]/g, '')
          .replace(/^0+/, '');
        expect(mantissa.replace(/0+$/, '').length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('puts percent units against the number and other units after a space', () => {
    expect(unitSuffix('%')).toBe('%');
    expect(unitSuffix('% of GDP')).toBe('% of GDP');
    expect(unitSuffix('%/yr')).toBe('%/yr');
    expect(unitSuffix('bn yuan')).toBe(' bn yuan');
    expect(formatWithUnit(3.2849, '% of GDP')).toBe('3.28% of GDP');
    expect(formatWithUnit(508, 'bn yuan')).toBe('508 bn yuan');
    expect(formatWithUnit(0.6, 'share/yr')).toBe('0.6 share/yr');
  });

  it('shows exact values to six decimals, grouped', () => {
    expect(formatExact(3632.68 * 1.08)).toBe('3,923.2944');
    expect(formatExact(1 / 3)).toBe('0.333333');
    expect(formatExact(1234567.25)).toBe('1,234,567.25');
    expect(formatExact(1e-7)).toBe('0');
  });

  it('shortens axis ticks from ten thousand up, and keeps two decimals below', () => {
    expect(formatCompact(12345)).toBe('12.3K');
    expect(formatCompact(1_500_000)).toBe('1.5M');
    expect(formatCompact(-25_000)).toBe('-25K');
    expect(formatCompact(9999)).toBe('9,999');
    expect(formatCompact(0.125)).toBe('0.13');
    expect(formatCompact(3)).toBe('3');
  });

  it('groups counts with thousands separators', () => {
    expect(formatCount(20000)).toBe('20,000');
    expect(formatCount(200)).toBe('200');
    expect(formatCount(10_000_001)).toBe('10,000,001');
  });

  it('shows a 0–1 share as a whole percentage', () => {
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.005)).toBe('1%');
  });

  it('signs changes with a plus or a true minus, fixed decimals and no grouping', () => {
    expect(formatSigned(2.34)).toBe('+2.3');
    expect(formatSigned(-0.3)).toBe('−0.3');
    expect(formatSigned(-0.04)).toBe('−0.0');
    expect(formatSigned(0)).toBe('+0.0');
    expect(formatSigned(1234.5, 0)).toBe('+1235');
    expect(formatSigned(-7, 2)).toBe('−7.00');
  });

  it('writes differences with three significant figures, a sign and a true minus', () => {
    expect(formatDelta(4.5)).toBe('+4.5');
    expect(formatDelta(-1234.5)).toBe('−1,230');
    expect(formatDelta(0.9 - 0.6)).toBe('+0.3');
    expect(formatDelta(0)).toBe('0');
    expect(formatDelta(-0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = formatDelta(v);
        if (v === 0) return text === '0';
        return text === (v > 0 ? '+' : '\u2212') + formatNumber(Math.abs(v));
      }),
    );
  });

  it('writes sizes in megabytes with one decimal', () => {
    expect(formatMegabytes(2_500_000)).toBe('2.5 MB');
    expect(formatMegabytes(10_000_000)).toBe('10.0 MB');
    expect(formatMegabytes(10_040_000)).toBe('10.0 MB');
  });

  it('writes full precision as a plain decimal: no exponent, no grouping, never "-0"', () => {
    expect(plainDecimal(3632.68)).toBe('3632.68');
    expect(plainDecimal(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(plainDecimal(-0)).toBe('0');
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(-2.5e-9)).toBe('-0.0000000025');
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(2035)).toBe('2035');
  });
});
