import fc from 'fast-check';
import { CONSTANTS_INFO, DEFAULT_CONSTANTS } from '../../model/constants';
import { DEFAULT_LEVERS, LEVERS } from '../../model/levers';
import { SEED_MAX } from '../../model/limits';
import { DEFAULT_MONTE_CARLO, PATHS_MAX, PATHS_MIN } from '../../model/monte-carlo';
import { badPackId } from './link-arbitraries';
import { queryParamsToScenario } from './link-reader';
import { LinkDraft } from './share-link';

const DEFAULTS: LinkDraft = {
  levers: DEFAULT_LEVERS,
  constants: DEFAULT_CONSTANTS,
  horizon: 2035,
  monteCarlo: DEFAULT_MONTE_CARLO,
};

describe('reading a share link', () => {
  it('reads a v1 link (levers and horizon) as before, with defaults for everything else', () => {
    for (const params of [
      { v: '1', rdGrowth: '10', h: '2040' },
      { rdGrowth: '10', h: '2040' },
    ]) {
      expect(queryParamsToScenario(params)).toEqual({
        ...DEFAULTS,
        levers: { ...DEFAULT_LEVERS, rdGrowth: 10 },
        horizon: 2040,
        name: null,
        pack: null,
        notices: [],
      });
    }
  });

  it('clamps, ignores and says so for a tampered link', () => {
    const decoded = queryParamsToScenario({ rdGrowth: '999', foo: '1', exportControls: 'abc' });
    expect(decoded.levers).toEqual({ ...DEFAULT_LEVERS, rdGrowth: 15 });
    expect(decoded.notices).toEqual([
      'R&D spending growth (nominal): 999 is above the maximum; 15 used.',
      'Export-control severity: “abc” is not a number; default 0.6 kept.',
      'Ignored what the dashboard does not know: “foo”.',
    ]);
  });

  it('clamps constants and Monte Carlo settings to their ranges and says so', () => {
    const decoded = queryParamsToScenario({
      v: '2',
      robotRetirement: '0.9',
      talentLag: '-1',
      substitution2024: 'x',
      n: '50',
      seed: '99999999999',
    });
    expect(decoded.constants).toEqual({ ...DEFAULT_CONSTANTS, robotRetirement: 0.3, talentLag: 0 });
    expect(decoded.monteCarlo).toEqual({ paths: PATHS_MIN, seed: SEED_MAX });
    expect(decoded.notices).toEqual([
      'Robot retirement rate: 0.9 is above the maximum; 0.3 used.',
      'Talent lag: -1 is below the minimum; 0 used.',
      'Domestic substitution in 2024: “x” is not a number; default 0.2 kept.',
      `Monte Carlo paths: 50 is below the minimum; ${PATHS_MIN} used.`,
      `Monte Carlo seed: 99999999999 is above the maximum; ${SEED_MAX} used.`,
    ]);
    expect(queryParamsToScenario({ n: '999999', seed: '-3' }).monteCarlo).toEqual({
      paths: PATHS_MAX,
      seed: 0,
    });
  });

  it('rounds paths and seed that are not whole numbers, and says so', () => {
    const decoded = queryParamsToScenario({ n: '2500.6', seed: '7.2' });
    expect(decoded.monteCarlo).toEqual({ paths: 2501, seed: 7 });
    expect(decoded.notices).toEqual([
      'Monte Carlo paths: 2500.6 is not a whole number; 2501 used.',
      'Monte Carlo seed: 7.2 is not a whole number; 7 used.',
    ]);
  });

  it('tidies a hand-made name and says so', () => {
    const long = queryParamsToScenario({ name: `  ${'中'.repeat(130)}` });
    expect(long.name).toBe('中'.repeat(120));
    expect(long.notices).toEqual([
      jasmine.stringMatching(
        /^The link’s scenario name was tidied \(spaces at the ends removed, shortened to 120 characters\)/,
      ),
    ]);
    expect(queryParamsToScenario({ name: 'a\u0000b' }).notices).toEqual([
      jasmine.stringContaining('control characters removed'),
    ]);
    expect(queryParamsToScenario({ name: ' \u0007 ' })).toEqual(
      jasmine.objectContaining({
        name: null,
        notices: [jasmine.stringContaining('no visible text')],
      }),
    );
    expect(queryParamsToScenario({ name: '' })).toEqual(
      jasmine.objectContaining({ name: null, notices: [] }),
    );
  });

  it('refuses number forms other than plain decimals', () => {
    for (const text of ['', 'NaN', 'Infinity', '1e400', '0x10', ' 5 ', '1e1']) {
      const decoded = queryParamsToScenario({
        rdGrowth: text,
        talentLag: text,
        n: text,
        seed: text,
      });
      expect(decoded.levers.rdGrowth).withContext(text).toBe(8);
      expect(decoded.constants.talentLag).withContext(text).toBe(4);
      expect(decoded.monteCarlo).withContext(text).toEqual(DEFAULT_MONTE_CARLO);
      expect(decoded.notices.length).withContext(text).toBe(4);
    }
  });

  it('reads the data pack a link names, and ignores with a notice a value that is no pack id', () => {
    expect(queryParamsToScenario({ v: '2', pack: 'pack-2026-05-abc', rdGrowth: '9' })).toEqual({
      ...DEFAULTS,
      levers: { ...DEFAULT_LEVERS, rdGrowth: 9 },
      name: null,
      pack: 'pack-2026-05-abc',
      notices: [],
    });
    const bad = queryParamsToScenario({ pack: 'pack 2026/../x', rdGrowth: '9' });
    expect(bad.pack).toBeNull();
    expect(bad.levers.rdGrowth).toBe(9);
    expect(bad.notices).toEqual([
      'The link’s data pack “pack 2026/../x” is not a pack id (letters, digits, “.”, “_” and “-” only, at most 100 characters); it was ignored.',
    ]);
    expect(queryParamsToScenario({ pack: 'x'.repeat(101) }).notices).toEqual([
      jasmine.stringMatching(/^The link’s data pack “x{40}…” is not a pack id/),
    ]);
    expect(queryParamsToScenario({ pack: 'x'.repeat(100) }).pack).toBe('x'.repeat(100));
    expect(queryParamsToScenario({ pack: ['a', 'b'] })).toEqual(
      jasmine.objectContaining({ pack: 'b' }),
    );
    fc.assert(
      fc.property(badPackId, (raw) => {
        const decoded = queryParamsToScenario({ pack: raw });
        expect(decoded.pack).toBeNull();
        expect(decoded.notices.length).toBe(1);
        expect(decoded.notices[0]).toContain('is not a pack id');
      }),
      { numRuns: 300 },
    );
  });

  it('reads a newer or malformed version best-effort, and a bad horizon as the default', () => {
    expect(queryParamsToScenario({ v: '3', rdGrowth: '9' }).levers.rdGrowth).toBe(9);
    expect(queryParamsToScenario({ v: '3' }).notices).toEqual([
      'This link comes from a newer version (v=3); it was read as v2.',
    ]);
    expect(queryParamsToScenario({ v: 'x' }).notices[0]).toContain('not a number');
    expect(queryParamsToScenario({ h: '2099' })).toEqual({
      ...DEFAULTS,
      name: null,
      pack: null,
      notices: [jasmine.stringContaining('Horizon')],
    });
    expect(queryParamsToScenario({ rdGrowth: ['9', '11'] }).levers.rdGrowth).toBe(11);
  });

  it('never pollutes a prototype and keeps every value in range for any input', () => {
    const keys = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'rdGrowth',
      'talentLag',
      'h',
      'v',
      'n',
      'seed',
      'name',
      'pack',
    );
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), keys), fc.string()), (params) => {
        const decoded = queryParamsToScenario(params);
        for (const lever of LEVERS) {
          expect(decoded.levers[lever.id]).toBeGreaterThanOrEqual(lever.min);
          expect(decoded.levers[lever.id]).toBeLessThanOrEqual(lever.max);
        }
        for (const constant of CONSTANTS_INFO) {
          expect(decoded.constants[constant.id]).toBeGreaterThanOrEqual(constant.min);
          expect(decoded.constants[constant.id]).toBeLessThanOrEqual(constant.max);
        }
        expect(Object.keys(decoded.levers).length).toBe(LEVERS.length);
        expect(Object.keys(decoded.constants).length).toBe(CONSTANTS_INFO.length);
      }),
      { numRuns: 1000 },
    );
    queryParamsToScenario(JSON.parse('{"__proto__": {"polluted": "1"}, "constructor": "x"}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
