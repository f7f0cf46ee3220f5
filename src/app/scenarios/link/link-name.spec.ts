import fc from 'fast-check';
import { scenarioName } from './link-arbitraries';
import { LINK_NAME_MAX, linkName, repairName, truncate } from './link-name';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('link name', () => {
  it('keeps a name the manager accepts exactly as it is', () => {
    fc.assert(
      fc.property(scenarioName, (name) => {
        expect(repairName(name)).toEqual({
          name,
          repairs: { controls: false, trimmed: false, shortened: false },
        });
      }),
      { numRuns: 500 },
    );
  });

  it('makes any text a name within the limit, with no control characters or lone surrogates, and is idempotent', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('a', ' ', '\n', '\u0000', '\u009f', '\uD83D', '\uDE80', '🇨🇳', 'é'),
        maxLength: 200,
      }),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const name = linkName(raw);
        if (name === null) {
          expect(
            raw
              .replace(new RegExp(LONE_SURROGATE, 'g'), '')
              .replace(/\p{Cc}/gu, '')
              .trim(),
          )
            .withContext(JSON.stringify(raw))
            .toBe('');
          return;
        }
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(LINK_NAME_MAX);
        expect(name).not.toMatch(/\p{Cc}/u);
        expect(name).not.toMatch(LONE_SURROGATE);
        expect(name.trim()).toBe(name);
        expect(linkName(name)).toBe(name);
      }),
      { numRuns: 1000 },
    );
  });

  it('says what it changed', () => {
    expect(repairName(' Plan\tB\u0000 ')).toEqual({
      name: 'Plan B',
      repairs: { controls: true, trimmed: true, shortened: false },
    });
    expect(repairName('x'.repeat(130)).repairs).toEqual({
      controls: false,
      trimmed: false,
      shortened: true,
    });
    expect(repairName('\u0001 \u0002').name).toBeNull();
  });

  it('cuts a long name between characters, never inside an emoji or a flag', () => {
    const rocket = `${'a'.repeat(119)}🚀`;
    expect(truncate(rocket, LINK_NAME_MAX)).toBe('a'.repeat(119));
    // A flag is two 2-unit letters: a cut by code point would leave a lone 🇨 in the last 2 units.
    expect(truncate(`${'a'.repeat(118)}🇨🇳`, LINK_NAME_MAX)).toBe('a'.repeat(118));
    expect(truncate(`${'a'.repeat(114)}🇨🇳🇨🇳`, LINK_NAME_MAX)).toBe(`${'a'.repeat(114)}🇨🇳`);
    expect(truncate(`${'a'.repeat(119)}e\u0301`, LINK_NAME_MAX)).toBe('a'.repeat(119));
    expect(truncate(`${'a'.repeat(115)}👨‍👩‍👧`, LINK_NAME_MAX)).toBe('a'.repeat(115));
    expect(truncate('中'.repeat(200), LINK_NAME_MAX)).toBe('中'.repeat(120));
    // One character longer than the limit is cut by code point rather than dropped whole.
    expect(truncate(`a${'\u0301'.repeat(200)}`, LINK_NAME_MAX).length).toBe(LINK_NAME_MAX);
  });
});
