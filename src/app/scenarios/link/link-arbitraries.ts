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
import { SHIPPED_PACK } from '../../model/data-pack';
import { PACK_ID_MAX, SEED_MAX } from '../../model/limits';
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

/** A date as packs carry it: a year, a month or a day. */
export const packDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1990, max: 2099 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 28 }),
  )
  .map(([y, m, d]) =>
    m === 0
      ? `${y}`
      : d === 0
        ? `${y}-${String(m).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

/** Pack ids: the shipped one, ones as an import makes them (`pack-<date>-<hash>`), any the rule allows. */
export const packId: fc.Arbitrary<string> = fc.oneof(
  fc.constant(SHIPPED_PACK.id),
  fc
    .tuple(packDate, fc.stringMatching(/^[0-9a-f]{4,16}$/))
    .map(([date, hash]) => `pack-${date}-${hash}`),
  fc.stringMatching(new RegExp(`^[A-Za-z0-9._-]{1,${PACK_ID_MAX}}$`)),
);

/** Values a `pack` key or field may hold that are no pack id: spaces, quotes, Chinese, too long. */
export const badPackId: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }).filter((s) => !/^[A-Za-z0-9._-]+$/.test(s)),
  fc.constantFrom(
    'pack 2026',
    'pack/../x',
    '中文',
    '🚀',
    'a&b',
    '%20',
    '<b>',
    'x'.repeat(PACK_ID_MAX + 1),
  ),
);
