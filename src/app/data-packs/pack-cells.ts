/**
 * One observation of a data pack file, read from its cells: the checks every CSV row and every
 * JSON observation pass through, so both formats refuse the same things with the same words.
 * Pure; never throws.
 */
import { Indicator, IndicatorId, Vintage } from '../model/indicators';
import { cutText, plainText } from '../model/plain-text';
import { Confidence } from '../model/sources';

/** The columns of a pack CSV, in the order PRODUCT.md gives ("Data packs and vintages"). */
export const PACK_COLUMNS = [
  'indicator',
  'year',
  'value',
  'unit',
  'vintage',
  'released',
  'publisher',
  'title',
  'url',
  'confidence',
  'derived',
  'note',
] as const;
export type PackColumn = (typeof PACK_COLUMNS)[number];

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
/** Longer text than this is a pasted document, not a publisher, title, link or note. */
export const TEXT_MAX = 2000;

export const VINTAGES: readonly Vintage[] = ['preliminary', 'final', 'restated'];
export const CONFIDENCES: readonly Confidence[] = ['H', 'M', 'L'];

/** Units in which a figure can only be 0 to 100. No unit of the model allows a negative figure. */
const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '% of GDP']);

/** An observation as read; the JSON-only fields are absent when read from CSV. */
export interface Observation {
  readonly indicator: IndicatorId;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly vintage: Vintage;
  readonly released: string;
  readonly publisher: string;
  readonly title: string;
  readonly url?: string;
  readonly confidence: Confidence;
  readonly derived: boolean;
  readonly note?: string;
  readonly primary?: boolean;
  readonly definition?: string;
  readonly short?: string;
  readonly sourceDate?: string;
  readonly sourceConfidence?: Confidence;
}

/** Cells as text by column name; the JSON-only fields may be set too. */
export type Cells = Readonly<Partial<Record<string, string>>>;

export type CellsResult = { ok: true; observation: Observation } | { ok: false; errors: string[] };

/** Dashes people paste for a minus (as typed-number.ts reads them): U+2212 minus sign and the like. */
const MINUS_LOOKALIKES = /^[\u2212\u2010\u2011\u2012\u2013\uFE63\uFF0D]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const WITH_SEPARATORS = /^[+-]?\d[\d., \u00A0\u202F']*\d$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The observation in `cells`, or every problem with it, each naming the row (`label`: "Line 4" or
 * "Observation 3") and the column (`fieldWord`: "column" or "field"). `indicators` are the base pack's: the
 * indicator must be one of them, with published history (model outputs take no observations).
 */
export function readCells(
  cells: Cells,
  label: string,
  fieldWord: string,
  indicators: Readonly<Record<string, Indicator>>,
): CellsResult {
  const errors: string[] = [];
  const fail = (column: string, message: string) =>
    errors.push(`${label}, ${fieldWord} “${column}”: ${message}`);
  const text = (column: string) => plainText(cells[column] ?? '').trim();

  const id = text('indicator');
  const indicator = Object.hasOwn(indicators, id) ? indicators[id] : undefined;
  if (!id) fail('indicator', 'missing.');
  else if (!indicator) fail('indicator', `${quote(id)} is not an indicator of this app.`);
  else if (indicator.history.length === 0)
    fail('indicator', `${quote(id)} is a model output, with no published figures to import.`);

  const year = readNumber(text('year'));
  const yearOk =
    typeof year === 'number' && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
  if (typeof year === 'string') fail('year', year);
  else if (!yearOk) fail('year', `${text('year')} is not a year from ${YEAR_MIN} to ${YEAR_MAX}.`);

  const unit = text('unit');
  if (indicator && unit !== indicator.unit)
    fail('unit', `${quote(unit)} is not the unit of ${id} (${quote(indicator.unit)}).`);

  const value = readNumber(text('value'));
  if (typeof value === 'string') fail('value', value);
  else if (value < 0) fail('value', `${text('value')} is negative; ${id || 'a figure'} cannot be.`);
  else if (indicator && PERCENT_UNITS.has(indicator.unit) && value > 100)
    fail('value', `${text('value')} is more than 100%.`);

  const vintage = text('vintage').toLowerCase() as Vintage;
  if (!VINTAGES.includes(vintage))
    fail('vintage', `${quote(text('vintage'))} is not preliminary, final or restated.`);

  const released = text('released');
  if (!isIsoDate(released))
    fail('released', `${quote(released)} is not a date written 2026, 2026-01 or 2026-01-19.`);
  // A figure is published in or after its year: a later year is a slip, and would stop the
  // projection of every year before it.
  else if (yearOk && (year as number) > Number(released.slice(0, 4)))
    fail('year', `${year} is after the figure’s release (${released}).`);

  const publisher = text('publisher');
  if (!publisher) fail('publisher', 'missing: every figure names who published it.');

  const url = text('url');
  if (url && !isWebAddress(url)) fail('url', `${quote(url)} is not an http or https address.`);

  const confidence = text('confidence').toUpperCase() as Confidence;
  if (!CONFIDENCES.includes(confidence))
    fail('confidence', `${quote(text('confidence'))} is not H, M or L.`);

  const derived = readYesNo(text('derived'));
  if (derived === null) fail('derived', `${quote(text('derived'))} is not yes, no, true or false.`);

  for (const column of ['publisher', 'title', 'url', 'note', 'definition', 'short', 'sourceDate'])
    if (text(column).length > TEXT_MAX)
      fail(column, `longer than ${TEXT_MAX.toLocaleString('en-US')} characters.`);

  const sourceConfidence = text('sourceConfidence').toUpperCase() as Confidence;
  if (sourceConfidence && !CONFIDENCES.includes(sourceConfidence))
    fail('sourceConfidence', `${quote(text('sourceConfidence'))} is not H, M or L.`);
  const primary = text('primary') ? readYesNo(text('primary')) : undefined;
  if (primary === null) fail('primary', `${quote(text('primary'))} is not true or false.`);

  if (errors.length) return { ok: false, errors };
  const optional = (key: string, v: string | boolean | undefined) =>
    v === '' || v === undefined ? {} : { [key]: v };
  return {
    ok: true,
    observation: {
      indicator: id as IndicatorId,
      year: year as number,
      value: value as number,
      unit,
      vintage,
      released,
      publisher,
      title: text('title'),
      ...optional('url', url),
      confidence,
      derived: derived as boolean,
      ...optional('note', text('note')),
      ...optional('primary', primary as boolean | undefined),
      ...optional('definition', text('definition')),
      ...optional('short', text('short')),
      ...optional('sourceDate', text('sourceDate')),
      ...optional('sourceConfidence', sourceConfidence),
    },
  };
}

/**
 * A number as a pack file may write it, or what is wrong with it. A pasted minus sign (U+2212)
 * reads as a minus; thousands separators and decimal commas are refused, never guessed ("3,926"
 * is 3926 in English and 3.926 elsewhere).
 */
export function readNumber(cell: string): number | string {
  const typed = cell.trim().replace(MINUS_LOOKALIKES, '-');
  if (typed === '') return 'missing.';
  if (!PLAIN_NUMBER.test(typed)) {
    return WITH_SEPARATORS.test(typed)
      ? `${quote(typed)}: write the number without thousands separators, with a point for decimals (like 3926.2).`
      : `${quote(typed)} is not a number.`;
  }
  const value = Number(typed);
  // + 0 turns -0 into 0, which every writer prints anyway (String(-0) is "0").
  return Number.isFinite(value) ? value + 0 : `${quote(typed)} is too large.`;
}

function readYesNo(cell: string): boolean | null {
  const word = cell.toLowerCase();
  if (word === 'yes' || word === 'true') return true;
  if (word === 'no' || word === 'false') return false;
  return null;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, naming a real month and day. */
export function isIsoDate(text: string): boolean {
  const parts = ISO_DATE.exec(text);
  if (!parts) return false;
  const [, year, month, day] = parts;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Cells come from the file and can be any length: a message quotes at most 40 characters. */
export function quote(text: string): string {
  return `“${text.length > 40 ? `${cutText(text, 39)}…` : text}”`;
}
