/**
 * Share links from anywhere: 5,000 random query strings, read the way the app reads them (through
 * the lenient URL serializer, then the decoder). Every lever, constant and Monte Carlo setting ends
 * in range and finite, nothing reaches Object.prototype, and a link that is not exactly what the
 * dashboard writes gets a notice.
 */
import { UrlSegmentGroup, UrlTree } from '@angular/router';
import fc from 'fast-check';
import { plainDecimal } from '../../format/number';
import { CONSTANTS_INFO, DEFAULT_CONSTANTS, HORIZON_MAX, HORIZON_MIN } from '../../model/constants';
import { SHIPPED_PACK } from '../../model/data-pack';
import { DEFAULT_LEVERS, LEVERS } from '../../model/levers';
import { SEED_MAX } from '../../model/limits';
import { DEFAULT_MONTE_CARLO, PATHS_MAX, PATHS_MIN } from '../../model/monte-carlo';
import { LenientUrlSerializer, repairPercentEncoding } from './lenient-url-serializer';
import { badPackId, linkDraft, packId, scenarioName } from './link-arbitraries';
import { queryParamsToScenario } from './link-reader';
import { DecodedLink, LinkDraft, scenarioToQueryParams } from './share-link';

/** The number of random links; the issue asks for at least 5,000. */
export const LINK_FUZZ_RUNS = 5_000;
const FUZZ_PARTS = 5;

const PLAIN = /^-?\d{1,15}(\.\d{1,20})?$/;
const KEYS = [
  'v',
  'h',
  'n',
  'seed',
  'name',
  'pack',
  ...LEVERS.map((l) => l.id),
  ...CONSTANTS_INFO.map((c) => c.id),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
];
const DEFAULTS: LinkDraft = {
  levers: DEFAULT_LEVERS,
  constants: DEFAULT_CONSTANTS,
  horizon: 2035,
  monteCarlo: DEFAULT_MONTE_CARLO,
};

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%zz',
    '%25',
    '%C3%A9',
    '%00',
    '%2',
    '%FF',
    '&',
    '=',
    '==',
    '+',
    '#',
    '?',
    ';',
    '%26',
    '%3D',
  ),
  fc.constantFrom(
    '-0',
    '1e-7',
    '1e400',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    ' 5',
    '5 ',
    '',
    '0.0000001',
    '9'.repeat(30),
    '-1e-7',
    '00012',
    '.5',
    '5.',
    '1_000',
  ),
  fc.constantFrom(
    '2147483648',
    '-2147483648',
    '2500.5',
    '999999999999999.99',
    '%00',
    '%0A',
    '%C2%85',
    '%ED%A0%80',
    '%F0%9F%9A',
    '中文',
    '🇨🇳',
  ),
  fc.double().map(String),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  packId,
  badPackId,
);
const pair = fc
  .tuple(fc.oneof(fc.constantFrom(...KEYS), piece), fc.option(piece, { nil: undefined }))
  .map(([k, v]) => (v === undefined ? k : `${k}=${v}`));
const queryString = fc.oneof(
  fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .tuple(linkDraft, fc.option(scenarioName, { nil: null }), fc.option(packId, { nil: null }))
    .map(([draft, name, pack]) =>
      new URLSearchParams(scenarioToQueryParams(draft, name, pack)).toString(),
    ),
  // A real link with hostile pairs appended: repeated keys, values out of range.
  fc
    .tuple(linkDraft, fc.option(packId, { nil: null }), fc.array(pair, { maxLength: 4 }))
    .map(([draft, pack, extra]) =>
      [new URLSearchParams(scenarioToQueryParams(draft, null, pack)).toString(), ...extra].join(
        '&',
      ),
    ),
);

const LEVER_IDS = LEVERS.map((l) => l.id).sort();
const CONSTANT_IDS = CONSTANTS_INFO.map((c) => c.id).sort();

/**
 * What is wrong with a decoded link: a value not finite, -0, out of its range or not whole where it
 * must be, a name that is empty, too long or holds control characters. Plain checks gathered into one
 * list, so 5,000 runs cost one expectation each rather than a hundred.
 */
function outOfRange(decoded: DecodedLink): string[] {
  const problems: string[] = [];
  if (Object.getPrototypeOf(decoded.levers) !== Object.prototype) problems.push('levers prototype');
  if (Object.getPrototypeOf(decoded.constants) !== Object.prototype)
    problems.push('constants prototype');
  if (Object.keys(decoded.levers).sort().join() !== LEVER_IDS.join()) problems.push('lever keys');
  if (Object.keys(decoded.constants).sort().join() !== CONSTANT_IDS.join())
    problems.push('constant keys');
  const ranges = [
    ...LEVERS.map((l) => ({ id: l.id, value: decoded.levers[l.id], min: l.min, max: l.max })),
    ...CONSTANTS_INFO.map((c) => ({
      id: c.id,
      value: decoded.constants[c.id],
      min: c.min,
      max: c.max,
    })),
    { id: 'paths', value: decoded.monteCarlo.paths, min: PATHS_MIN, max: PATHS_MAX, whole: true },
    { id: 'seed', value: decoded.monteCarlo.seed, min: 0, max: SEED_MAX, whole: true },
    { id: 'horizon', value: decoded.horizon, min: HORIZON_MIN, max: HORIZON_MAX, whole: true },
  ];
  for (const { id, value, min, max, whole } of ranges as {
    id: string;
    value: number;
    min: number;
    max: number;
    whole?: boolean;
  }[]) {
    if (
      !Number.isFinite(value) ||
      Object.is(value, -0) ||
      value < min ||
      value > max ||
      (whole && !Number.isInteger(value))
    ) {
      problems.push(`${id} = ${value}`);
    }
  }
  const name = decoded.name;
  if (name !== null && (name.length === 0 || name.length > 120 || /\p{Cc}/u.test(name)))
    problems.push(`name ${JSON.stringify(name)}`);
  if (decoded.pack !== null && !/^[A-Za-z0-9._-]{1,100}$/.test(decoded.pack))
    problems.push(`pack ${JSON.stringify(decoded.pack)}`);
  return problems;
}

/** The value a key took, for a link that got no notice. */
function taken(decoded: DecodedLink, key: string): string | number | null | undefined {
  if (key === 'h') return decoded.horizon;
  if (key === 'n') return decoded.monteCarlo.paths;
  if (key === 'seed') return decoded.monteCarlo.seed;
  if (key === 'name') return decoded.name;
  if (key === 'pack') return decoded.pack;
  return ({ ...decoded.levers, ...decoded.constants } as Record<string, number>)[key];
}

/** The pack a link carries: none for the shipped one, which links leave out. */
const linkedPack = (pack: string | null) => (pack === SHIPPED_PACK.id ? null : pack);

function expectNotPolluted(): void {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBeFalse();
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

describe('share link, fuzzed', () => {
  const serializer = new LenientUrlSerializer();
  afterEach(expectNotPolluted);

  // In parts, each its own spec: Jasmine yields between specs, so Karma's pings get through on a
  // busy host (one 5,000-run block held the page for seconds and the browser was dropped).
  const runsPerPart = LINK_FUZZ_RUNS / FUZZ_PARTS;
  for (let part = 1; part <= FUZZ_PARTS; part++) {
    it(`reads random links into values in range, or says what it changed (part ${part} of ${FUZZ_PARTS}, ${runsPerPart.toLocaleString('en-US')} links)`, () => {
      let runs = 0;
      let clean = 0;
      fc.assert(
        fc.property(queryString, (query) => {
          runs++;
          serializer.malformed = null;
          serializer.dropped = [];
          const params = serializer.parse(`/?${query}`).queryParams;
          const decoded = queryParamsToScenario(params);
          expectNotPolluted();
          expect(outOfRange(decoded)).withContext(`?${query}`).toEqual([]);
          for (const notice of decoded.notices)
            expect(notice).not.toMatch(/\bundefined\b|\[object \w+\]|\bnull\b/);
          if (decoded.notices.length || serializer.malformed !== null || serializer.dropped.length)
            return;
          // No notice: the link said exactly what the dashboard took from it.
          clean++;
          for (const [key, raw] of Object.entries(params)) {
            const value = String(raw);
            if (key === 'v') expect(value).toMatch(/^0*[12]$/);
            else if (key === 'name')
              expect(decoded.name)
                .withContext(`?${query}`)
                .toBe(value === '' ? null : value);
            else if (key === 'pack') expect(decoded.pack).withContext(`?${query}`).toBe(value);
            else {
              expect(value).withContext(`?${query}`).toMatch(PLAIN);
              expect(taken(decoded, key))
                .withContext(`?${query}`)
                .toBe(Number(value) + 0);
            }
          }
        }),
        { numRuns: runsPerPart },
      );
      expect(runs).toBe(runsPerPart);
      expect(clean).toBeGreaterThan(runsPerPart / 10);
    }, 60_000);
  }

  it('round-trips through a real URL with no notice, whatever the draft, name and pack', () => {
    fc.assert(
      fc.property(
        linkDraft,
        fc.option(scenarioName, { nil: null }),
        fc.option(packId, { nil: null }),
        (draft, name, pack) => {
          const query = new URLSearchParams(scenarioToQueryParams(draft, name, pack)).toString();
          const decoded = queryParamsToScenario(serializer.parse(`/?${query}`).queryParams);
          expect(decoded).toEqual({ ...draft, name, pack: linkedPack(pack), notices: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips through the address the router writes (Angular’s own query encoding)', () => {
    fc.assert(
      fc.property(
        linkDraft,
        fc.option(scenarioName, { nil: null }),
        fc.option(packId, { nil: null }),
        (draft, name, pack) => {
          const url = serializer.serialize(
            new UrlTree(new UrlSegmentGroup([], {}), scenarioToQueryParams(draft, name, pack)),
          );
          const decoded = queryParamsToScenario(serializer.parse(url).queryParams);
          expect(decoded)
            .withContext(url)
            .toEqual({ ...draft, name, pack: linkedPack(pack), notices: [] });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('share link edge cases', () => {
  it('reads null and undefined params, and null values, as no link', () => {
    for (const input of [null, undefined, {}, { rdGrowth: null }, { rdGrowth: [null, null] }]) {
      expect(queryParamsToScenario(input as never)).toEqual({
        ...DEFAULTS,
        name: null,
        pack: null,
        notices: [],
      });
    }
  });

  it('keeps 0 for "-0", and never writes "-0" back', () => {
    const decoded = queryParamsToScenario({ robotGrowth: '-0' });
    expect(Object.is(decoded.levers.robotGrowth, 0)).toBeTrue();
    expect(plainDecimal(-0)).toBe('0');
  });

  it('writes tiny and huge numbers as plain decimals the decoder reads back', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(-1e-7)).toBe('-0.0000001');
    expect(plainDecimal(1.5e-10)).toBe('0.00000000015');
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(0.1)).toBe('0.1');
    const lever = LEVERS.find((l) => l.min <= 1e-7 && l.max >= 1e-7)!;
    const decoded = queryParamsToScenario(
      scenarioToQueryParams({ ...DEFAULTS, levers: { ...DEFAULT_LEVERS, [lever.id]: 1e-7 } }, null),
    );
    expect(decoded.levers[lever.id]).toBe(1e-7);
    expect(decoded.notices).toEqual([]);
  });

  it('says so for v=0, which no version of the link ever had', () => {
    expect(queryParamsToScenario({ v: '0' }).notices).toEqual([
      jasmine.stringMatching(/version “0” does not exist/),
    ]);
    expect(queryParamsToScenario({ v: '1' }).notices).toEqual([]);
    expect(queryParamsToScenario({ v: '2' }).notices).toEqual([]);
  });

  it('reads a link with broken percent-encoding as written, and remembers it was broken', () => {
    const serializer = new LenientUrlSerializer();
    expect(repairPercentEncoding('/?rdGrowth=10&x=%C3%A9')).toBeNull();
    expect(repairPercentEncoding('/?rdGrowth=%E0%A4%A')).toBe('/?rdGrowth=%25E0%25A4%25A');
    expect(repairPercentEncoding('/?a=%&b=%zz&c=%41')).toBe('/?a=%25&b=%25zz&c=%41');
    const params = serializer.parse('/?rdGrowth=%E0%A4%A&gdpGrowth=5').queryParams;
    expect(serializer.malformed).toBe('/?rdGrowth=%E0%A4%A&gdpGrowth=5');
    expect(params).toEqual({ rdGrowth: '%E0%A4%A', gdpGrowth: '5' });
    const decoded = queryParamsToScenario(params);
    expect(decoded.levers.gdpGrowth).toBe(5);
    expect(decoded.notices).toEqual([jasmine.stringMatching(/“%E0%A4%A” is not a number/)]);
  });

  it('reads a link naming an Object.prototype member, which Angular’s own parser throws on', () => {
    const serializer = new LenientUrlSerializer();
    const params = serializer.parse('/?hasOwnProperty&rdGrowth=10&toString=1#x').queryParams;
    expect(serializer.dropped).toEqual(['hasOwnProperty', 'toString']);
    expect(queryParamsToScenario(params).levers.rdGrowth).toBe(10);
  });
});
