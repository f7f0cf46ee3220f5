/**
 * Numbers as text, in one place, so a caption, a tooltip, a table and an export never round the
 * same value two ways. English grouping ("3,632.68") whatever the browser's locale: the text is
 * quoted in reports next to the article's own figures.
 */

// Formatters made once: toLocaleString builds a new one on every call, and charts format many
// values per redraw.
const READING = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const SCIENTIFIC = new Intl.NumberFormat('en-US', {
  notation: 'scientific',
  maximumSignificantDigits: 3,
});
const EXACT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const SHORT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat('en-US');

/**
 * A value for reading (charts, cards, tooltips, captions): three significant figures, grouped,
 * "5,340", "2.8", "0.0708". Past a quadrillion or below a millionth, scientific ("1E308"): a custom target may be any
 * finite number and must not print hundreds of digits. Tables, CSV and files keep full precision.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  return size >= 1e15 || (size > 0 && size < 1e-6)
    ? SCIENTIFIC.format(value)
    : READING.format(value);
}

/** What follows a number for its unit: "%" and "%/yr" sit against it, anything else after a space. */
export function unitSuffix(unit: string): string {
  return unit.startsWith('%') ? unit : ` ${unit}`;
}

/** A value with its unit: "3.28% of GDP", "508 bn yuan". */
export function formatWithUnit(value: number, unit: string): string {
  return `${formatNumber(value)}${unitSuffix(unit)}`;
}

/** Up to six decimals, grouped for reading: tooltips, where the reader asks for the value itself. */
export function formatExact(value: number): string {
  return EXACT.format(value);
}

/** Axis ticks: "12K", "1.5M" from ten thousand up, else up to two decimals. */
export function formatCompact(value: number): string {
  return Math.abs(value) >= 10000 ? COMPACT.format(value) : SHORT.format(value);
}

const compactTick = (value: number): string => COMPACT.format(value);
const groupedTick = (value: number): string => SHORT.format(value);

/**
 * The tick format of one axis, chosen from the largest value it shows and used for every tick, so
 * an axis never reads "12K, 10K, 8,000": compact ("8K", "12K") from ten thousand up, else grouped
 * with up to two decimals ("8,000", "2.5"). One of two shared functions, so an option rebuilt with
 * the same choice compares equal and the chart is not redrawn.
 */
export function tickFormatter(max: number): (value: number) => string {
  return Math.abs(max) >= 10000 ? compactTick : groupedTick;
}

/** "2,000" for counts in running text. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** A share of 0–1 as a whole percentage: 0.456 is "46%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A change with its sign always shown, a true minus for losses, fixed decimals and no grouping:
 * "+1.5", "−0.3". A loss that rounds to nothing still reads "−0.0", so its direction shows.
 */
export function formatSigned(value: number, digits = 1): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}`;
}

/**
 * A difference for reading: three significant figures like formatNumber, the sign always shown
 * and a true minus: "+4.5", "−1,230", "0" (no sign on no change).
 */
export function formatDelta(value: number): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}`;
}

/** A size in megabytes with one decimal: "2.5 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * A number at full precision as a plain decimal, the form share links carry and their decoder
 * accepts: never an exponent (String(1e-7) is "1e-7"), never "-0", no grouping; at most 20
 * decimals, which is finer than any lever's step.
 */
export function plainDecimal(value: number): string {
  const text = String(value + 0);
  if (!/e/i.test(text)) return text;
  // Past 1e21 toFixed writes an exponent too; numbers that large are whole.
  if (Math.abs(value) >= 1e21) return BigInt(value).toString();
  return value
    .toFixed(20)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '')
    .replace(/^-0$/, '0');
}
