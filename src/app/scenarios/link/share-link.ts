/**
 * The share link: the link version and only what differs from the defaults, which is everything
 * that changes the numbers (levers and model constants by their ids, the horizon `h`, Monte Carlo
 * paths `n` and `seed`) and the scenario `name`:
 * `/?v=2&rdGrowth=10&talentLag=2&h=2040&n=5000&seed=7&name=Plan+B`. Decoding never throws:
 * out-of-range values are clamped, anything else is ignored, and each change is reported as a
 * notice. Pure: no Angular.
 */
import {
  CONSTANTS_INFO,
  ConstantId,
  ConstantInfo,
  DEFAULT_CONSTANTS,
  DEFAULT_HORIZON,
  HORIZON_MAX,
  HORIZON_MIN,
  ModelConstants,
} from '../../model/constants';
import {
  DEFAULT_LEVERS,
  LEVERS,
  LEVER_BY_ID,
  LeverId,
  LeverValues,
  isLeverId,
} from '../../model/levers';
import { SEED_MAX } from '../../model/limits';
import {
  DEFAULT_MONTE_CARLO,
  MonteCarloSettings,
  PATHS_MAX,
  PATHS_MIN,
} from '../../model/monte-carlo';
import { LINK_NAME_MAX, linkName, repairName } from './link-name';

export const LINK_VERSION = 2;
const VERSION_KEY = 'v';
const HORIZON_KEY = 'h';
const PATHS_KEY = 'n';
const SEED_KEY = 'seed';
const NAME_KEY = 'name';
/** The keys that are neither lever nor constant ids (a spec checks that none collide). */
export const SETTING_KEYS: readonly string[] = [
  VERSION_KEY,
  HORIZON_KEY,
  PATHS_KEY,
  SEED_KEY,
  NAME_KEY,
];
/** Plain decimals only: no exponents, hex, spaces or words like Infinity. */
const NUMBER = /^-?\d{1,15}(\.\d{1,20})?$/;

type Params = Record<string, string>;
/** What the router hands over: a value, repeated values, or (from other callers) nothing. */
export type RawParams =
  | Readonly<Record<string, string | readonly (string | null)[] | null | undefined>>
  | null
  | undefined;

/** What a link carries besides the name: everything that changes the numbers. */
export interface LinkDraft {
  readonly levers: LeverValues;
  readonly constants: ModelConstants;
  readonly horizon: number;
  readonly monteCarlo: MonteCarloSettings;
}

export interface DecodedLink extends LinkDraft {
  /** The scenario name the link carries, tidied (see link-name.ts); null when it carries none. */
  readonly name: string | null;
  readonly notices: string[];
}

/**
 * URL migrations, oldest first; a link is carried through each from its version on. Version 2 added
 * the constants, `n`, `seed` and `name`; version 1's keys kept their meaning, so a v1 link reads as is.
 */
export const LINK_MIGRATIONS: readonly { from: number; to: number; migrate(p: Params): Params }[] =
  [{ from: 1, to: 2, migrate: (p) => p }];

/** Said when the address had percent-escapes that do not decode (see LenientUrlSerializer). */
export const BROKEN_ENCODING =
  'Part of this link is not valid percent-encoding (it may have been cut or mangled when it was copied); it was read as plain text.';

const CONSTANT_BY_ID = Object.fromEntries(CONSTANTS_INFO.map((c) => [c.id, c])) as Readonly<
  Record<ConstantId, ConstantInfo>
>;

function isConstantId(key: string): key is ConstantId {
  return Object.prototype.hasOwnProperty.call(CONSTANT_BY_ID, key);
}

/** The link's query parameters for a scenario: the version and only what differs from the defaults. */
export function scenarioToQueryParams(
  draft: LinkDraft,
  name: string | null,
): Record<string, string> {
  const params: Record<string, string> = { [VERSION_KEY]: String(LINK_VERSION) };
  for (const lever of LEVERS) {
    if (draft.levers[lever.id] !== lever.default)
      params[lever.id] = plainDecimal(draft.levers[lever.id]);
  }
  for (const constant of CONSTANTS_INFO) {
    const value = draft.constants[constant.id];
    if (value !== DEFAULT_CONSTANTS[constant.id]) params[constant.id] = plainDecimal(value);
  }
  if (draft.horizon !== DEFAULT_HORIZON) params[HORIZON_KEY] = plainDecimal(draft.horizon);
  if (draft.monteCarlo.paths !== DEFAULT_MONTE_CARLO.paths)
    params[PATHS_KEY] = plainDecimal(draft.monteCarlo.paths);
  if (draft.monteCarlo.seed !== DEFAULT_MONTE_CARLO.seed)
    params[SEED_KEY] = plainDecimal(draft.monteCarlo.seed);
  const tidy = name === null ? null : linkName(name);
  if (tidy !== null) params[NAME_KEY] = tidy;
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
  const list = keys
    .slice(0, 5)
    .map((k) => `“${shown(k)}”`)
    .join(', ');
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
      if (present.length > 1)
        notices.push(`“${shown(key)}” appears ${present.length} times; the last value is used.`);
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
    if (!/^\d{1,6}$/.test(raw))
      notices.push(
        `The link’s version “${shown(raw)}” is not a number; it was read as v${LINK_VERSION}.`,
      );
    else if (Number(raw) < 1)
      notices.push(
        `The link’s version “${shown(raw)}” does not exist (versions start at 1); it was read as v${LINK_VERSION}.`,
      );
    else if (Number(raw) > LINK_VERSION) {
      notices.push(
        `This link comes from a newer version (v=${raw}); it was read as v${LINK_VERSION}.`,
      );
    } else version = Number(raw);
  }
  return LINK_MIGRATIONS.filter((m) => m.from >= version).reduce((p, m) => m.migrate(p), params);
}

interface Range {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  readonly whole?: boolean;
}

/** A plain decimal, rounded when only whole numbers make sense and clamped to its range; else the fallback. */
function readNumber(text: string, range: Range, notices: string[]): number {
  const { label, min, max, fallback } = range;
  if (!NUMBER.test(text)) {
    notices.push(`${label}: “${shown(text)}” is not a number; default ${fallback} kept.`);
    return fallback;
  }
  let value = Number(text);
  if (range.whole && !Number.isInteger(value)) {
    value = Math.round(value);
    notices.push(`${label}: ${text} is not a whole number; ${value} used.`);
  }
  if (value > max) notices.push(`${label}: ${text} is above the maximum; ${max} used.`);
  if (value < min) notices.push(`${label}: ${text} is below the minimum; ${min} used.`);
  // + 0: "-0" is a plain decimal but not a value to keep (it would write back as "0").
  return Math.min(max, Math.max(min, value)) + 0;
}

function readHorizon(h: string | undefined, notices: string[]): number {
  if (h === undefined) return DEFAULT_HORIZON;
  const value = Number(h);
  if (/^\d{4}$/.test(h) && value >= HORIZON_MIN && value <= HORIZON_MAX) return value;
  notices.push(
    `Horizon “${shown(h)}” is not a year from ${HORIZON_MIN} to ${HORIZON_MAX}; ${DEFAULT_HORIZON} used.`,
  );
  return DEFAULT_HORIZON;
}

function readName(raw: string | undefined, notices: string[]): string | null {
  if (raw === undefined) return null;
  const { name, repairs } = repairName(raw);
  if (name === null) {
    if (raw !== '')
      notices.push('The link’s scenario name holds no visible text; it was left out.');
    return null;
  }
  const changes = [
    ...(repairs.controls ? ['control characters removed'] : []),
    ...(repairs.trimmed ? ['spaces at the ends removed'] : []),
    ...(repairs.shortened ? [`shortened to ${LINK_NAME_MAX} characters`] : []),
  ];
  if (changes.length)
    notices.push(`The link’s scenario name was tidied (${changes.join(', ')}): “${shown(name)}”.`);
  return name;
}

/** What a link asks for, within every range; never throws, and says what it changed or ignored. */
export function queryParamsToScenario(input: RawParams): DecodedLink {
  const notices: string[] = [];
  const params = migrate(single(input, notices), notices);
  const levers: Record<LeverId, number> = { ...DEFAULT_LEVERS };
  const constants: Record<ConstantId, number> = { ...DEFAULT_CONSTANTS };
  const unknown: string[] = [];
  for (const key of Object.keys(params)) {
    if (SETTING_KEYS.includes(key)) continue;
    if (isLeverId(key)) {
      const lever = LEVER_BY_ID[key];
      levers[key] = readNumber(params[key], { ...lever, fallback: lever.default }, notices);
    } else if (isConstantId(key)) {
      const constant = CONSTANT_BY_ID[key];
      constants[key] = readNumber(
        params[key],
        { ...constant, fallback: DEFAULT_CONSTANTS[key] },
        notices,
      );
    } else {
      unknown.push(key);
    }
  }
  if (unknown.length) notices.push(ignoredNotice(unknown));
  const horizon = readHorizon(params[HORIZON_KEY], notices);
  const n = params[PATHS_KEY];
  const seed = params[SEED_KEY];
  const monteCarlo: MonteCarloSettings = {
    paths:
      n === undefined
        ? DEFAULT_MONTE_CARLO.paths
        : readNumber(
            n,
            {
              label: 'Monte Carlo paths',
              min: PATHS_MIN,
              max: PATHS_MAX,
              fallback: DEFAULT_MONTE_CARLO.paths,
              whole: true,
            },
            notices,
          ),
    seed:
      seed === undefined
        ? DEFAULT_MONTE_CARLO.seed
        : readNumber(
            seed,
            {
              label: 'Monte Carlo seed',
              min: 0,
              max: SEED_MAX,
              fallback: DEFAULT_MONTE_CARLO.seed,
              whole: true,
            },
            notices,
          ),
  };
  const name = readName(params[NAME_KEY], notices);
  return { levers, constants, horizon, monteCarlo, name, notices };
}

/** The name of a scenario opened from a link that carries none (never written into a link). */
export const FROM_LINK = 'From link';
