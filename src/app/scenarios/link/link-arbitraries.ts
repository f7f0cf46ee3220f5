/** fast-check arbitraries for what a share link carries, shared by the link and export specs. */
import fc from 'fast-check';
import { leverValues } from '../../model/arbitraries';
import {
  CONSTANTS_INFO,
  ConstantInfo,
  DEFAULT_CONSTANTS,
  DEFAULT_HORIZON,
  HORIZON_MAX,
  HORIZON_MIN,
  ModelConstants,
} from '../../model/constants';
import { SEED_MAX } from '../../model/limits';
import {
  DEFAULT_MONTE_CARLO,
  MonteCarloSettings,
  PATHS_MAX,
  PATHS_MIN,
} from '../../model/monte-carlo';
import { LINK_NAME_MAX } from './link-name';
import { LinkDraft } from './share-link';

/** A value on the constant's grid of steps within [min, max], as the constants editor sets them. */
export function constantValue(info: ConstantInfo): fc.Arbitrary<number> {
  const steps = Math.round((info.max - info.min) / info.step);
  const decimals = Math.max(0, Math.ceil(-Math.log10(info.step)));
  return fc
    .integer({ min: 0, max: steps })
    .map((k) => Math.min(info.max, Number((info.min + k * info.step).toFixed(decimals))));
}

export const modelConstants: fc.Arbitrary<ModelConstants> = fc.record(
  Object.fromEntries(CONSTANTS_INFO.map((c) => [c.id, constantValue(c)])) as Record<
    string,
    fc.Arbitrary<number>
  >,
) as fc.Arbitrary<ModelConstants>;

export const monteCarloSettings: fc.Arbitrary<MonteCarloSettings> = fc.record({
  paths: fc.integer({ min: PATHS_MIN, max: PATHS_MAX }),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

/** Any draft within ranges; constants and settings are often the defaults, as in most links. */
export const linkDraft: fc.Arbitrary<LinkDraft> = fc.record({
  levers: leverValues,
  constants: fc.oneof(fc.constant(DEFAULT_CONSTANTS), modelConstants),
  horizon: fc.oneof(
    fc.constant(DEFAULT_HORIZON),
    fc.integer({ min: HORIZON_MIN, max: HORIZON_MAX }),
  ),
  monteCarlo: fc.oneof(fc.constant(DEFAULT_MONTE_CARLO), monteCarloSettings),
});

/** Characters that break naive query strings, plus Chinese and emoji (a flag, a ZWJ family, a skin tone). */
const awkward = fc.constantFrom(
  '&',
  '=',
  '#',
  '%',
  '+',
  '?',
  ' ',
  '"',
  "'",
  '“',
  '”',
  '/',
  '\\',
  '中',
  '国',
  '科技',
  '🚀',
  '🇨🇳',
  '👨‍👩‍👧',
  '👍🏽',
  'é',
  'e\u0301',
  '%20',
  '%E0%A4%A',
);

/** A name as the manager accepts it: visible text, no control characters, trimmed, within the limit. */
export const scenarioName: fc.Arbitrary<string> = fc
  .array(fc.oneof(awkward, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.join('').trim())
  .filter((name) => name.length > 0 && name.length <= LINK_NAME_MAX && !/\p{Cc}/u.test(name));
