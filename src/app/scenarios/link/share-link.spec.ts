import fc from 'fast-check';
import { leverValues } from '../../model/arbitraries';
import { DEFAULT_LEVERS } from '../../model/levers';
import { LEVERS } from '../../model/levers';
import { leversToQueryParams, queryParamsToLevers } from './share-link';

describe('share link', () => {
  it('writes only the version and the levers that differ', () => {
    expect(leversToQueryParams(DEFAULT_LEVERS, 2035)).toEqual({ v: '1' });
    expect(leversToQueryParams({ ...DEFAULT_LEVERS, rdGrowth: 10, exportControls: 0.9 }, 2040)).toEqual({
      v: '1',
      rdGrowth: '10',
      exportControls: '0.9',
      h: '2040',
    });
  });

  it('round-trips any levers on their steps and any horizon, with no notice', () => {
    fc.assert(
      fc.property(leverValues, fc.integer({ min: 2030, max: 2040 }), (levers, horizon) => {
        const decoded = queryParamsToLevers(leversToQueryParams(levers, horizon));
        expect(decoded.levers).toEqual(levers);
        expect(decoded.horizon).toBe(horizon);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('clamps, ignores and says so for a tampered link', () => {
    const decoded = queryParamsToLevers({ rdGrowth: '999', foo: '1', exportControls: 'abc' });
    expect(decoded.levers).toEqual({ ...DEFAULT_LEVERS, rdGrowth: 15 });
    expect(decoded.notices).toEqual([
      'R&D spending growth (nominal): 999 is above the maximum; 15 used.',
      'Export-control severity: “abc” is not a number; default 0.6 kept.',
      'Ignored what the dashboard does not know: “foo”.',
    ]);
  });

  it('refuses number forms other than plain decimals', () => {
    for (const text of ['', 'NaN', 'Infinity', '1e400', '0x10', ' 5 ', '1e1']) {
      const decoded = queryParamsToLevers({ rdGrowth: text });
      expect(decoded.levers.rdGrowth).withContext(text).toBe(8);
      expect(decoded.notices.length).withContext(text).toBe(1);
    }
  });

  it('reads a newer or malformed version best-effort, and a bad horizon as the default', () => {
    expect(queryParamsToLevers({ v: '2', rdGrowth: '9' }).levers.rdGrowth).toBe(9);
    expect(queryParamsToLevers({ v: '2' }).notices[0]).toContain('newer version (v=2)');
    expect(queryParamsToLevers({ v: 'x' }).notices[0]).toContain('not a number');
    expect(queryParamsToLevers({ h: '2099' })).toEqual({ levers: DEFAULT_LEVERS, horizon: 2035, notices: [jasmine.stringContaining('Horizon')] });
    expect(queryParamsToLevers({ rdGrowth: ['9', '11'] }).levers.rdGrowth).toBe(11);
  });

  it('never pollutes a prototype and keeps every lever in range for any input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'rdGrowth', 'h', 'v')), fc.string()), (params) => {
        const decoded = queryParamsToLevers(params);
        for (const lever of LEVERS) {
          expect(decoded.levers[lever.id]).toBeGreaterThanOrEqual(lever.min);
          expect(decoded.levers[lever.id]).toBeLessThanOrEqual(lever.max);
        }
        expect(Object.keys(decoded.levers).length).toBe(LEVERS.length);
      }),
      { numRuns: 1000 },
    );
    queryParamsToLevers(JSON.parse('{"__proto__": {"polluted": "1"}, "constructor": "x"}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
