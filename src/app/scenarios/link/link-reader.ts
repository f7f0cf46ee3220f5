/**
 * Reading a share link (see share-link.ts for what it carries). Decoding never throws:
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
} from '../../model/constants';
import { DEFAULT_LEVERS, LEVER_BY_ID, LeverId, isLeverId } from '../../model/levers';
import { SEED_MAX } from '../../model/limits';
import {
  DEFAULT_MONTE_CARLO,
  MonteCarloSettings,
  PATHS_MAX,
  PATHS_MIN,
} from '../../model/monte-carlo';
import { PACK_ID_RULE, isPackId } from '../scenario-pack';
import { LINK_NAME_MAX, repairName } from './link-name';
import {
  DecodedLink,
  HORIZON_KEY,
  LINK_VERSION,
  NAME_KEY,
  PACK_KEY,
  PATHS_KEY,
  RawParams,
  SEED_KEY,
  SETTING_KEYS,
  VERSION_KEY,
} from './share-link';

/** Plain decimals only, as plainDecimal writes them: no exponents, hex, spaces or words like Infinity. */
const NUMBER = /^-?\d{1,15}(\.\d{1,20})?$/;

type Params = Record<string, string>;

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

/** The data pack the link names; a value that is no pack id is ignored, with a notice. */
function readPackId(raw: string | undefined, notices: string[]): string | null {
  if (raw === undefined) return null;
  if (isPackId(raw)) return raw;
  notices.push(
    `The link’s data pack “${shown(raw)}” is not a pack id (${PACK_ID_RULE} characters); it was ignored.`,
  );
  return null;
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
  const pack = readPackId(params[PACK_KEY], notices);
  return { levers, constants, horizon, monteCarlo, name, pack, notices };
}
