import fc from 'fast-check';
import { cutText, plainText } from './plain-text';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe('plainText', () => {
  it('drops controls, lone surrogates and U+FFFE/U+FFFF, keeping tab, newlines and emoji', () => {
    expect(plainText('a\u0000b\u0008c\td\ne\r\nf\ud800g😀h\ufffe\uffffi\udc00')).toBe(
      'abc\td\ne\r\nfg😀hi',
    );
  });

  it('leaves text that has none of them as it is, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = plainText(text);
        expect(plainText(once)).toBe(once);
      }),
    );
    expect(plainText('中文 “quotes” \\ " <b>&</b>')).toBe('中文 “quotes” \\ " <b>&</b>');
  });

  it('never costs more than 3 bytes per UTF-16 unit in JSON', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          const clean = plainText(text);
          // JSON.stringify adds two quotes.
          expect(utf8(JSON.stringify(clean)) - 2).toBeLessThanOrEqual(3 * clean.length);
        },
      ),
    );
  });
});

describe('cutText', () => {
  it('cuts at a character boundary, never inside a pair or an emoji sequence', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('a👍🏽b', 4)).toBe('a'); // thumbs up with a skin tone is 4 units, one grapheme
    expect(cutText('中文字', 2)).toBe('中文');
  });
});
