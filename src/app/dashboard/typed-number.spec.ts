import fc from 'fast-check';
import { TypedNumber, parseTypedNumber } from './typed-number';

const number = (value: number): TypedNumber => ({ kind: 'number', value });
const INCOMPLETE: TypedNumber = { kind: 'incomplete' };

/** Every finite double, -0 included. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** The ways a program or a person writes a finite number: String(), fixed decimals, exponent, precision. */
const written = fc
  .oneof(
    // String() round-trips every double exactly, except that it writes -0 as "0".
    finite.map((x) => ({ text: String(x), value: x + 0 })),
    fc
      .tuple(fc.double({ noNaN: true, min: -1e21, max: 1e21 }), fc.integer({ min: 0, max: 20 }))
      .map(([x, digits]) => {
        const text = x.toFixed(digits);
        return { text, value: Number(text) };
      }),
    fc.tuple(finite, fc.integer({ min: 0, max: 20 })).map(([x, digits]) => {
      const text = x.toExponential(digits);
      return { text, value: Number(text) };
    }),
    fc.tuple(finite, fc.integer({ min: 1, max: 21 })).map(([x, digits]) => {
      const text = x.toPrecision(digits);
      return { text, value: Number(text) };
    }),
  )
  // toPrecision and toExponential can round the largest doubles up past the largest finite one.
  .filter(({ value }) => Number.isFinite(value));

/** A sign people put in front: none, +, -, or a pasted minus sign or en dash. */
const sign = fc.constantFrom('', '+', '-', '\u2212', '\u2013');
const space = fc.constantFrom('', ' ', '  ', '\t', '\u00A0');

describe('parseTypedNumber', () => {
  it('reads what people type', () => {
    expect(parseTypedNumber('-10')).toEqual(number(-10));
    expect(parseTypedNumber('1e-1')).toEqual(number(0.1));
    expect(parseTypedNumber('.5')).toEqual(number(0.5));
    expect(parseTypedNumber('-.5')).toEqual(number(-0.5));
    expect(parseTypedNumber('0,5')).toEqual(number(0.5));
    expect(parseTypedNumber(',25')).toEqual(number(0.25));
    expect(parseTypedNumber('2,25')).toEqual(number(2.25));
    expect(parseTypedNumber('0,125')).toEqual(number(0.125));
    expect(parseTypedNumber('\u22123')).toEqual(number(-3));
    expect(parseTypedNumber('\u20133')).toEqual(number(-3));
    expect(parseTypedNumber('  7 ')).toEqual(number(7));
    expect(parseTypedNumber('+4.5')).toEqual(number(4.5));
    expect(parseTypedNumber('1.e3')).toEqual(number(1000));
    expect(parseTypedNumber('007')).toEqual(number(7));
    expect(Object.is((parseTypedNumber('-0') as { value: number }).value, -0)).toBeTrue();
  });

  it('waits while the text can still become a number', () => {
    for (const text of [
      '',
      '  ',
      '-',
      '+',
      '\u2212',
      '.',
      '-.',
      ',',
      '-0.',
      '5.',
      '0,',
      '1e',
      '1E',
      '1e-',
      '1e+',
      '-0.5e',
    ]) {
      expect(parseTypedNumber(text)).withContext(JSON.stringify(text)).toEqual(INCOMPLETE);
    }
  });

  it('refuses what no more typing can make a number, quoting it', () => {
    for (const text of [
      'abc',
      '--5',
      '-+5',
      '5-',
      'e5',
      '.e5',
      '1e5e',
      '0x10',
      'Infinity',
      'NaN',
      '1/2',
      '5%',
    ]) {
      const entry = parseTypedNumber(text);
      expect(entry.kind).withContext(text).toBe('invalid');
      expect((entry as { message: string }).message)
        .withContext(text)
        .toContain(`“${text}”`);
    }
    expect(parseTypedNumber('1e400')).toEqual({
      kind: 'invalid',
      message: '“1e400” is too large.',
    });
  });

  it('never guesses what a comma or a space between digits means', () => {
    expect(parseTypedNumber('1,000')).toEqual({
      kind: 'invalid',
      message:
        '“1,000” could be read two ways: type 1000 without the comma, or 1.000 with a decimal point.',
    });
    for (const text of ['1,000,000', '1 000', '1.000,5', '1,000.5', '12\u00A0500']) {
      const entry = parseTypedNumber(text);
      expect(entry.kind).withContext(text).toBe('invalid');
      expect((entry as { message: string }).message)
        .withContext(text)
        .toContain('without thousands separators');
    }
    expect(parseTypedNumber('-2,500').kind).toBe('invalid');
    expect(parseTypedNumber('1,2345').kind).toBe('invalid');
  });

  it('reads back exactly every finite number as written, signed and padded', () => {
    fc.assert(
      fc.property(written, sign, space, space, ({ text, value }, prefix, before, after) => {
        const unsigned = text.startsWith('-') ? text.slice(1) : text;
        const entry = parseTypedNumber(`${before}${prefix}${prefix ? unsigned : text}${after}`);
        const expected =
          prefix === '' ? value : prefix === '+' ? Math.abs(value) : -Math.abs(value);
        return entry.kind === 'number' && Object.is(entry.value, expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a decimal comma as the decimal point where it cannot be a thousands separator', () => {
    const commaDecimal = fc.oneof(
      fc
        .tuple(fc.nat(999_999), fc.stringMatching(/^\d{1,2}$/))
        .map(([whole, fraction]) => `${whole},${fraction}`),
      fc.stringMatching(/^\d{1,12}$/).map((fraction) => `0,${fraction}`),
    );
    fc.assert(
      fc.property(sign, commaDecimal, (prefix, text) => {
        const entry = parseTypedNumber(`${prefix}${text}`);
        const value = Number(text.replace(',', '.'));
        return (
          entry.kind === 'number' &&
          entry.value === (prefix === '' || prefix === '+' ? value : -value)
        );
      }),
    );
  });

  it('never calls a prefix of a number invalid: typing it goes through incomplete or numbers only', () => {
    fc.assert(
      fc.property(written, sign, space, ({ text }, prefix, before) => {
        const full = `${before}${prefix}${prefix && text.startsWith('-') ? text.slice(1) : text}`;
        for (let end = 0; end <= full.length; end++) {
          if (parseTypedNumber(full.slice(0, end)).kind === 'invalid') return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('stays invalid once invalid, whatever is typed after', () => {
    const typed = fc.string({
      unit: fc.constantFrom(...'0123456789.,eE+-\u2212 a'.split('')),
      maxLength: 12,
    });
    fc.assert(
      fc.property(typed, typed, (start, more) => {
        fc.pre(
          parseTypedNumber(start).kind === 'invalid' && !/\s$/.test(start) && !/^\s/.test(more),
        );
        return parseTypedNumber(start + more).kind === 'invalid';
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and an applied number is always finite', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: fc.constantFrom(...'0123456789.,eE+- \u2212') }),
        ),
        (text) => {
          const entry = parseTypedNumber(text);
          if (entry.kind === 'number') return Number.isFinite(entry.value);
          if (entry.kind === 'invalid') return entry.message.length > 0;
          return true;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
