import fc from 'fast-check';
import { CONSTANTS_INFO, DEFAULT_CONSTANTS, ModelConstants } from '../../model/constants';
import { SHIPPED_PACK } from '../../model/data-pack';
import { INDICATORS } from '../../model/indicators';
import { DEFAULT_LEVERS, LEVERS, LeverValues } from '../../model/levers';
import { DEFAULT_MONTE_CARLO } from '../../model/monte-carlo';
import { project, valueAt } from '../../model/project';
import { badPackId, linkDraft, packId, scenarioName } from './link-arbitraries';
import { linkName } from './link-name';
import { queryParamsToScenario } from './link-reader';
import { LinkDraft, SETTING_KEYS, scenarioToQueryParams } from './share-link';

const DEFAULTS: LinkDraft = {
  levers: DEFAULT_LEVERS,
  constants: DEFAULT_CONSTANTS,
  horizon: 2035,
  monteCarlo: DEFAULT_MONTE_CARLO,
};

/** The link as a colleague's browser reads it: through a real query string. */
function viaQueryString(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(new URLSearchParams(params).toString()));
}

describe('share link', () => {
  it('writes only the version and what differs from the defaults', () => {
    expect(scenarioToQueryParams(DEFAULTS, null)).toEqual({ v: '2' });
    const draft: LinkDraft = {
      levers: { ...DEFAULT_LEVERS, rdGrowth: 10, exportControls: 0.9 },
      constants: { ...DEFAULT_CONSTANTS, talentLag: 2, accessReference: 0.5 },
      horizon: 2040,
      monteCarlo: { paths: 5000, seed: 42 },
    };
    expect(scenarioToQueryParams(draft, 'Plan B')).toEqual({
      v: '2',
      rdGrowth: '10',
      exportControls: '0.9',
      talentLag: '2',
      accessReference: '0.5',
      h: '2040',
      n: '5000',
      name: 'Plan B',
    });
    expect(
      scenarioToQueryParams({ ...DEFAULTS, monteCarlo: { paths: 2000, seed: 7 } }, '  '),
    ).toEqual({ v: '2', seed: '7' });
  });

  it('uses keys that name one thing each: no lever, constant and setting share a key', () => {
    const keys = [...LEVERS.map((l) => l.id), ...CONSTANTS_INFO.map((c) => c.id), ...SETTING_KEYS];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('round-trips any draft within ranges and any name through a query string, with no notice', () => {
    fc.assert(
      fc.property(linkDraft, fc.option(scenarioName, { nil: null }), (draft, name) => {
        const decoded = queryParamsToScenario(viaQueryString(scenarioToQueryParams(draft, name)));
        expect(decoded).toEqual({ ...draft, name, pack: null, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('names the data pack in force, unless it is the shipped one, and reads it back', () => {
    expect(scenarioToQueryParams(DEFAULTS, null, SHIPPED_PACK.id)).toEqual({ v: '2' });
    expect(scenarioToQueryParams(DEFAULTS, null, 'pack-2026-05-abc')).toEqual({
      v: '2',
      pack: 'pack-2026-05-abc',
    });
    // Right after the version, so a link says first what its numbers rest on.
    expect(
      new URLSearchParams(
        scenarioToQueryParams(
          { ...DEFAULTS, levers: { ...DEFAULT_LEVERS, rdGrowth: 9 } },
          null,
          'p1',
        ),
      ).toString(),
    ).toBe('v=2&pack=p1&rdGrowth=9');
    fc.assert(
      fc.property(
        linkDraft,
        fc.option(scenarioName, { nil: null }),
        packId,
        (draft, name, pack) => {
          const decoded = queryParamsToScenario(
            viaQueryString(scenarioToQueryParams(draft, name, pack)),
          );
          expect(decoded).toEqual({
            ...draft,
            name,
            pack: pack === SHIPPED_PACK.id ? null : pack,
            notices: [],
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never writes a pack value that is no pack id (the reader would refuse it)', () => {
    fc.assert(
      fc.property(badPackId, (bad) => {
        expect(scenarioToQueryParams(DEFAULTS, null, bad)).toEqual({ v: '2' });
      }),
      { numRuns: 200 },
    );
  });

  it('carries any text as the name the dashboard would keep of it, with no notice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const decoded = queryParamsToScenario(viaQueryString(scenarioToQueryParams(DEFAULTS, raw)));
        expect(decoded.name).toBe(linkName(raw));
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a colleague the same core AI industry in 2030 when constants are not the defaults', () => {
    const levers: LeverValues = { ...DEFAULT_LEVERS, aiIndustryGrowth: 30 };
    const constants: ModelConstants = {
      ...DEFAULT_CONSTANTS,
      accessReference: 0.5,
      talentElasticity: 1,
      talentLag: 2,
    };
    const mine = valueAt(project(INDICATORS, levers, constants, 2035), 'aiCoreIndustry', 2030)!;
    const query = new URLSearchParams(
      scenarioToQueryParams(
        { levers, constants, horizon: 2035, monteCarlo: DEFAULT_MONTE_CARLO },
        'Mine',
      ),
    ).toString();
    const theirs = queryParamsToScenario(Object.fromEntries(new URLSearchParams(query)));
    expect(
      valueAt(
        project(INDICATORS, theirs.levers, theirs.constants, theirs.horizon),
        'aiCoreIndustry',
        2030,
      ),
    ).toBe(mine);
    // The bug: a link with the levers alone gives other numbers.
    const leversOnly = queryParamsToScenario(
      viaQueryString(scenarioToQueryParams({ ...DEFAULTS, levers, horizon: 2035 }, null)),
    );
    expect(
      valueAt(project(INDICATORS, leversOnly.levers, leversOnly.constants), 'aiCoreIndustry', 2030),
    ).not.toBeCloseTo(mine, 0);
    fc.assert(
      fc.property(linkDraft, (draft) => {
        const back = queryParamsToScenario(viaQueryString(scenarioToQueryParams(draft, null)));
        const expected = valueAt(
          project(INDICATORS, draft.levers, draft.constants, draft.horizon),
          'aiCoreIndustry',
          2030,
        );
        expect(
          valueAt(
            project(INDICATORS, back.levers, back.constants, back.horizon),
            'aiCoreIndustry',
            2030,
          ),
        ).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
