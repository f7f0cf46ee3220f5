import * as fc from 'fast-check';
import { isWinAnsi, toWinAnsi } from './win-ansi';

describe('toWinAnsi', () => {
  const allWinAnsi = (text: string) => [...text].every(isWinAnsi);

  it('keeps ASCII, Latin-1 and the Windows-1252 extras as they are', () => {
    const text = 'Café naïve: “quoted” ‘single’ – — · • … € ™ ± × ° µ ½ Ÿ œ';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('writes common symbols outside the code page as readable ASCII', () => {
    expect(toWinAnsi('P(x ≥ 3) ≤ 0.5 ≠ 1')).toBe('P(x >= 3) <= 0.5 != 1');
    expect(toWinAnsi('baseline → scenario')).toBe('baseline -> scenario');
    expect(toWinAnsi('σ = 2, Σ, Δ, μ')).toBe('sigma = 2, Sigma, Delta, mu');
    expect(toWinAnsi('−3 ‐ ‑')).toBe('-3 - -');
    expect(toWinAnsi('CO₂, x²')).toBe('CO2, x²');
  });

  it('drops accents the code page lacks and decomposes compatibility forms', () => {
    expect(toWinAnsi('Erdős, ﬁnal, ＡＩ, ⅓')).toBe('Erdos, final, AI, 1/3');
    expect(toWinAnsi('e\u0301')).toBe('é');
  });

  it('replaces what it cannot show with one "?" a character', () => {
    expect(toWinAnsi('中国 2030')).toBe('?? 2030');
    expect(toWinAnsi('🚀!')).toBe('?!');
    expect(toWinAnsi('\ud800x')).toBe('?x');
  });

  it('keeps line breaks as \\n and drops other controls and invisible characters', () => {
    expect(toWinAnsi('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(toWinAnsi('a\tb\u0000\u0007c\u200bd\ufeff')).toBe('a bcd');
  });

  it('leaves markup and formulas as the characters they are', () => {
    expect(toWinAnsi('<img src=x onerror=alert(1)> =cmd|"/c calc"')).toBe(
      '<img src=x onerror=alert(1)> =cmd|"/c calc"',
    );
  });

  it('yields only WinAnsi characters for any string, and never throws', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: anyUnit, maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (s) => allWinAnsi(toWinAnsi(s))),
      { numRuns: 1000 },
    );
  });

  it('is idempotent and leaves printable ASCII alone', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        (s) => toWinAnsi(toWinAnsi(s)) === toWinAnsi(s),
      ),
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
        }),
        (s) => toWinAnsi(s) === s,
      ),
    );
  });
});
