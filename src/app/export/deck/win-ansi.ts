/**
 * Text for jsPDF's standard fonts. Helvetica and its siblings are not embedded: a viewer draws them
 * from WinAnsiEncoding (Windows-1252), one byte a character. jsPDF maps the Unicode characters of
 * that code page to their bytes; given any other character it writes the whole string as UTF-16,
 * which the standard fonts show as garbage. So every text bound for the PDF passes through
 * `toWinAnsi` first: characters in the code page stay, common symbols become readable ASCII
 * (≥ → ">=", → → "->", σ → "sigma", CO₂ → "CO2"), accented letters outside it lose their accent
 * (ő → o), and whatever is left (Chinese, emoji) becomes "?".
 *
 * Why not embed a Unicode font: a font covering Chinese weighs megabytes, and even a Latin/Greek
 * subset adds a few hundred kilobytes to the export chunk and needs a font file shipped and licensed.
 * The deck's own texts are English; only analysts' names and notes may stray outside the code page,
 * and the PowerPoint deck keeps them exactly.
 */

/** The 27 characters Windows-1252 puts in 0x80–0x9F, where Latin-1 has control codes. */
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Whether jsPDF writes this character (one UTF-16 unit) as a single WinAnsi byte. */
export function isWinAnsi(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    char.length === 1 &&
    (code === 0x0a ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      CP1252_EXTRAS.includes(char))
  );
}

const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );

/** Symbols with a readable equivalent in the code page; anything not here and not decomposable is "?". */
// prettier-ignore
const REPLACEMENTS: Readonly<Record<string, string>> = {
  // Dashes, minus, quotes and primes outside the code page.
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '—', '\u2212': '-', '\u2043': '-',
  '\u2032': "'", '\u2033': '"', '\u201b': "'", '\u201f': '"', '\u2044': '/',
  // Comparison and arithmetic.
  '≥': '>=', '≤': '<=', '≠': '!=', '≈': '~', '≃': '~', '≅': '~', '∼': '~', '≡': '=', '≪': '<<', '≫': '>>',
  '∞': 'infinity', '√': 'sqrt', '∑': 'sum', '∏': 'product', '∆': 'Delta', '∂': 'd', '∈': 'in', '∝': '~',
  '∓': '-/+', '⋅': '·', '∙': '·', '∗': '*', '∕': '/', '∖': '\\',
  // Arrows.
  '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '⇐': '<=', '⇔': '<=>', '⟶': '->', '⟵': '<-',
  '↑': 'up', '↓': 'down', '↗': 'up', '↘': 'down',
  // Bullets, marks and units.
  '‣': '•', '◦': '•', '●': '•', '▪': '•', '■': '•', '○': 'o', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x',
  '№': 'No.', '℃': '°C', '℉': '°F',
  // CJK punctuation (full-width ASCII is handled by decomposition).
  '。': '.', '、': ',', '「': '“', '」': '”', '『': '“', '』': '”', '《': '«', '》': '»', '〈': '‹', '〉': '›',
  '【': '[', '】': ']', '〔': '(', '〕': ')', '・': '·', '〜': '~', '\u3000': ' ',
};

function replacement(char: string): string | undefined {
  const known = REPLACEMENTS[char];
  if (known !== undefined) return known;
  const code = char.codePointAt(0) ?? 0;
  // Greek letters by name (Σ → "Sigma", σ and ς → "sigma"); the code page has µ, which stays.
  if (code >= 0x3b1 && code <= 0x3c9)
    return GREEK[code === 0x3c2 ? 17 : code - 0x3b1 - (code > 0x3c2 ? 1 : 0)];
  if (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) {
    const name = GREEK[code - 0x391 - (code > 0x3a2 ? 1 : 0)];
    return name && name[0].toUpperCase() + name.slice(1);
  }
  // Spaces of every width, and invisible characters.
  if ((code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f) return ' ';
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff)
    return '';
  // Combining marks left over after composition (a base letter has already been written).
  if (code >= 0x300 && code <= 0x36f) return '';
  // Controls: tab and line separators become white space, the rest go.
  if (char === '\t') return ' ';
  if (char === '\u2028' || char === '\u2029' || char === '\u0085') return '\n';
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return '';
  return undefined;
}

/** A character's compatibility decomposition without accents, if that fits the code page (ő → o, ﬁ → fi, Ｈ → H, ₂ → 2). */
function decomposed(char: string): string | undefined {
  const plain = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (!plain || plain === char) return undefined;
  const parts = [...plain].map((c) => (isWinAnsi(c) ? c : REPLACEMENTS[c]));
  return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
}

/**
 * The text in characters jsPDF's standard fonts can show. Never throws; line breaks (\n, \r\n, \r)
 * come out as \n, which the PDF writer splits into lines.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (isWinAnsi(char)) out += char;
    else out += replacement(char) ?? decomposed(char) ?? '?';
  }
  return out;
}
