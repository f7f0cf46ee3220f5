/**
 * What a number field holds, read the way people type numbers. Value fields are plain text inputs
 * (a `type="number"` field reports "" for `-` or `1e`, and Angular then wrote that "" back, which
 * turned `-10` into 10); this parser decides instead, without side effects:
 * - `number`: the text is a whole number as typed (`-10`, `1e-1`, `.5`, `0,5`, `−3`, ` 7 `);
 * - `incomplete`: the text can still become a number (``, `-`, `.`, `-0.`, `1e`, `1e-`, `0,`):
 *   nothing is applied and nothing is said yet;
 * - `invalid`: no more typing can make it a number (or it is too large); the message says why.
 */
export type TypedNumber =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'invalid'; readonly message: string };

/** Dashes people paste for a minus: U+2212 minus sign, hyphen, non-breaking hyphen, figure and en dash, small and fullwidth hyphen-minus. */
const MINUS_LOOKALIKES = /[\u2212\u2010\u2011\u2012\u2013\uFE63\uFF0D]/g;
const FULLWIDTH_PLUS = /\uFF0B/g;

/** Sign, integer digits, one decimal point or comma with its digits, exponent: each part may still be empty. */
const NUMBER_SO_FAR = /^([+-]?)(\d*)(?:([.,])(\d*))?(?:[eE]([+-]?)(\d*))?$/;

/** The longest text quoted back in a message. */
const QUOTE_MAX = 24;

const INCOMPLETE: TypedNumber = { kind: 'incomplete' };

export function parseTypedNumber(text: string): TypedNumber {
  const typed = text.trim().replace(MINUS_LOOKALIKES, '-').replace(FULLWIDTH_PLUS, '+');
  const parts = NUMBER_SO_FAR.exec(typed);
  if (!parts) return invalid(separatorProblem(typed) ?? `${quote(typed)} is not a number.`);
  const [, sign, whole, separator, fraction = '', exponentSign, exponent] = parts;
  const hasExponent = exponent !== undefined;
  if (whole === '' && fraction === '') {
    return hasExponent
      ? invalid(`${quote(typed)} is not a number: put digits before the “e”.`)
      : INCOMPLETE;
  }
  if (separator === ',' && /[1-9]/.test(whole) && fraction.length >= 3)
    return invalid(ambiguousComma(typed));
  if (hasExponent ? exponent === '' : separator !== undefined && fraction === '') return INCOMPLETE;
  const value = Number(
    `${sign}${whole || '0'}.${fraction}e${exponentSign ?? ''}${exponent ?? '0'}`,
  );
  if (!Number.isFinite(value)) return invalid(`${quote(typed)} is too large.`);
  return { kind: 'number', value };
}

function invalid(message: string): TypedNumber {
  return { kind: 'invalid', message };
}

/**
 * A comma with three or more digits after it and a non-zero whole part reads as a thousands
 * separator in English (1,000) and as a decimal comma elsewhere (1,000 = 1): refused, never guessed.
 * A comma after 0 or before one or two digits can only be a decimal comma (0,5 and 2,25 are parsed).
 */
function ambiguousComma(typed: string): string {
  return `${quote(typed)} could be read two ways: type ${typed.replace(',', '')} without the comma, or ${typed.replace(',', '.')} with a decimal point.`;
}

/** Thousands separators (`1,000,000`, `1 000`, `1.000,5`) are refused with what to type instead. */
function separatorProblem(typed: string): string | null {
  if (!/^[+-]?\d[\d., \u00A0\u202F']*\d$/.test(typed)) return null;
  return `${quote(typed)}: type the number without thousands separators, with a point for decimals (like 1234.5).`;
}

function quote(typed: string): string {
  return `“${typed.length > QUOTE_MAX ? `${typed.slice(0, QUOTE_MAX - 1)}…` : typed}”`;
}
