/**
 * The share link: the model version and only the levers that differ from their defaults
 * (`/?v=1&rdGrowth=10&exportControls=0.9`), plus the horizon when it is not the default. Decoding
 * never throws: out-of-range values are clamped, anything else is ignored, and each change is
 * reported as a notice. Pure: no Angular.
 */
import { DEFAULT_HORIZON, HORIZON_MAX, HORIZON_MIN } from '../../model/constants';
import { DEFAULT_LEVERS, LEVERS, LEVER_BY_ID, LeverValues, isLeverId } from '../../model/levers';

export const LINK_VERSION = 1;
const HORIZON_KEY = 'h';
const VERSION_KEY = 'v';
/** Plain decimals only: no exponents, hex, spaces or words like Infinity. */
const NUMBER = /^-?\d{1,15}(\.\d{1,20})?$/;

type Params = Record<string, string>;
/** What the router hands over: a value, repeated values, or (from other callers) nothing. */
export type RawParams = Readonly<Record<string, string | readonly (string | null)[] | null | undefined>> | null | undefined;

/** URL migrations, oldest first; a link is carried through each from its version on. */
export const LINK_MIGRATIONS: readonly { from: number; to: number; migrate(p: Params): Params }[] = [
  { from: 1, to: 1, migrate: (p) => p },
];

/** Said when the address had percent-escapes that do not decode (see LenientUrlSerializer). */
export const BROKEN_ENCODING =
  'Part of this link is not valid percent-encoding (it may have been cut or mangled when it was copied); it was read as plain text.';

export interface DecodedLink {
  readonly levers: LeverValues;
  readonly horizon: number;
  readonly notices: string[];
}

export function leversToQueryParams(levers: LeverValues, horizon: number): Record<string, string> {
  const params: Record<string, string> = { [VERSION_KEY]: String(LINK_VERSION) };
  for (const lever of LEVERS) {
    if (levers[lever.id] !== lever.default) params[lever.id] = plainDecimal(levers[lever.id]);
  }
  if (horizon !== DEFAULT_HORIZON) params[HORIZON_KEY] = String(horizon);
  return params;
}

/**
 * A number as the plain decimal the decoder accepts: never an exponent (String(1e-7) is "1e-7"),
 * never "-0"; at most 20 decimals, which is finer than any lever's step.
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

/** The notice for parameters the dashboard does not know, naming the first five. */
export function ignoredNotice(keys: readonly string[]): string {
  const list = keys.slice(0, 5).map((k) => `“${shown(k)}”`).join(', ');
  return `Ignored what the dashboard does not know: ${list}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}.`;
}

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** One value per key (the last of repeated ones), in a map without a prototype. */
function single(params: RawParams, notices: string[]): Params {
  const out = Object.create(null) as Params;
  if (params === null || typeof params !== 'object') return out;
  for (const key of Object.keys(params)) {
    const value: unknown = params[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const present = value.filter((v) => v !== null && v !== undefined);
      if (!present.length) continue;
      if (present.length > 1) notices.push(`“${shown(key)}” appears ${present.length} times; the last value is used.`);
      out[key] = String(present[present.length - 1]);
    } else {
      out[key] = String(value);
    }
  }
  return out;
}

function migrate(params: Params, notices: string[]): Params {
  const raw = params[VERSION_KEY];
  let version = LINK_VERSION;
  if (raw !== undefined) {
    if (!/^\d{1,6}$/.test(raw)) notices.push(`The link’s version “${shown(raw)}” is not a number; it was read as v${LINK_VERSION}.`);
    else if (Number(raw) < 1) notices.push(`The link’s version “${shown(raw)}” does not exist (versions start at 1); it was read as v${LINK_VERSION}.`);
    else if (Number(raw) > LINK_VERSION) {
      notices.push(`This link comes from a newer version (v=${raw}); its levers were read as v${LINK_VERSION}.`);
    } else version = Math.max(1, Number(raw));
  }
  return LINK_MIGRATIONS.filter((m) => m.from >= version).reduce((p, m) => m.migrate(p), params);
}

export function queryParamsToLevers(input: RawParams): DecodedLink {
  const notices: string[] = [];
  const params = migrate(single(input, notices), notices);
  const levers: Record<string, number> = { ...DEFAULT_LEVERS };
  const unknown: string[] = [];
  for (const key of Object.keys(params)) {
    if (key === VERSION_KEY || key === HORIZON_KEY) continue;
    if (!isLeverId(key)) {
      unknown.push(key);
      continue;
    }
    const lever = LEVER_BY_ID[key];
    const text = params[key];
    if (!NUMBER.test(text)) {
      notices.push(`${lever.label}: “${shown(text)}” is not a number; default ${lever.default} kept.`);
      continue;
    }
    const value = Number(text);
    if (value > lever.max) notices.push(`${lever.label}: ${text} is above the maximum; ${lever.max} used.`);
    if (value < lever.min) notices.push(`${lever.label}: ${text} is below the minimum; ${lever.min} used.`);
    // + 0: "-0" is a plain decimal but not a value to keep (it would write back as "0").
    levers[key] = Math.min(lever.max, Math.max(lever.min, value)) + 0;
  }
  if (unknown.length) notices.push(ignoredNotice(unknown));
  let horizon = DEFAULT_HORIZON;
  const h = params[HORIZON_KEY];
  if (h !== undefined) {
    const value = Number(h);
    if (/^\d{4}$/.test(h) && value >= HORIZON_MIN && value <= HORIZON_MAX) horizon = value;
    else notices.push(`Horizon “${shown(h)}” is not a year from ${HORIZON_MIN} to ${HORIZON_MAX}; ${DEFAULT_HORIZON} used.`);
  }
  return { levers: levers as LeverValues, horizon, notices };
}
