/**
 * The share link: the link version and only what differs from the defaults, which is everything
 * that changes the numbers (the data `pack` when it is not the shipped one, levers and model
 * constants by their ids, the horizon `h`, Monte Carlo paths `n` and `seed`) and the scenario `name`:
 * `/?v=2&pack=pack-2026-05-3f2a&rdGrowth=10&talentLag=2&h=2040&n=5000&seed=7&name=Plan+B`. Links
 * without `pack` (all those written before packs) are on the shipped pack. This file holds what a
 * link is and how one is written; link-reader.ts reads one back. Pure: no Angular.
 */
import { plainDecimal } from '../../format/number';
import {
  CONSTANTS_INFO,
  DEFAULT_CONSTANTS,
  DEFAULT_HORIZON,
  ModelConstants,
} from '../../model/constants';
import { SHIPPED_PACK } from '../../model/data-pack';
import { LEVERS, LeverValues } from '../../model/levers';
import { DEFAULT_MONTE_CARLO, MonteCarloSettings } from '../../model/monte-carlo';
import { isPackId } from '../scenario-pack';
import { linkName } from './link-name';

export const LINK_VERSION = 2;
export const VERSION_KEY = 'v';
export const HORIZON_KEY = 'h';
export const PATHS_KEY = 'n';
export const SEED_KEY = 'seed';
export const NAME_KEY = 'name';
export const PACK_KEY = 'pack';
/** The keys that are neither lever nor constant ids (a spec checks that none collide). */
export const SETTING_KEYS: readonly string[] = [
  VERSION_KEY,
  HORIZON_KEY,
  PATHS_KEY,
  SEED_KEY,
  NAME_KEY,
  PACK_KEY,
];
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
  /** The id of the data pack the link names; null: the shipped pack (or a value that is no id). */
  readonly pack: string | null;
  readonly notices: string[];
}

/**
 * The link's query parameters for a scenario: the version and only what differs from the defaults.
 * `pack`: the id of the data pack the numbers come from (none or the shipped one: not written).
 */
export function scenarioToQueryParams(
  draft: LinkDraft,
  name: string | null,
  pack: string | null = null,
): Record<string, string> {
  const params: Record<string, string> = { [VERSION_KEY]: String(LINK_VERSION) };
  if (isPackId(pack) && pack !== SHIPPED_PACK.id) params[PACK_KEY] = pack;
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

/** The name of a scenario opened from a link that carries none (never written into a link). */
export const FROM_LINK = 'From link';
