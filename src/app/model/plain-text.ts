/**
 * Text as the app keeps and writes it: without the characters XML 1.0 forbids (C0 controls other
 * than tab, LF and CR; lone surrogates; U+FFFE and U+FFFF). Such characters are never meant (they
 * come from a paste or a damaged file), make SVG and PowerPoint exports unreadable, and escape to
 * six bytes each in JSON; without them a unit of text costs at most 3 bytes in a backup
 * (EXPORT_BYTES_PER_UNIT in limits.ts). Pure.
 */

/** One character XML 1.0 does not allow. A surrogate pair is one character under the `u` flag. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function plainText(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * `text` cut to at most `max` UTF-16 units at a character boundary: never inside a surrogate pair,
 * nor inside an emoji sequence or a letter with its combining marks (one grapheme, where the
 * browser can tell).
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  // Only the graphemes up to the cut matter; a margin covers one long emoji sequence across it.
  for (const grapheme of graphemes(text.slice(0, max + 64))) {
    if (end + grapheme.length > max) break;
    end += grapheme.length;
  }
  return text.slice(0, end);
}

function* graphemes(text: string): Generator<string> {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) {
    yield* Array.from(text); // code points: at least never half a surrogate pair
    return;
  }
  for (const s of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
    yield s.segment;
}
