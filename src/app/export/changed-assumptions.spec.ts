import fc from 'fast-check';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { DEFAULT_LEVERS } from '../model/levers';
import { DEFAULT_MONTE_CARLO } from '../model/monte-carlo';
import { linkDraft } from '../scenarios/link/link-arbitraries';
import { LinkDraft, scenarioToQueryParams } from '../scenarios/link/share-link';
import { changedAssumptions } from './changed-assumptions';
import { provenanceLines } from './provenance';

const DEFAULTS: LinkDraft = {
  levers: DEFAULT_LEVERS,
  constants: DEFAULT_CONSTANTS,
  horizon: 2035,
  monteCarlo: DEFAULT_MONTE_CARLO,
};

describe('changed assumptions', () => {
  it('lists nothing for the defaults', () => {
    expect(changedAssumptions(DEFAULTS)).toEqual([]);
  });

  it('names levers with units, then constants, the horizon and Monte Carlo settings', () => {
    const draft: LinkDraft = {
      levers: { ...DEFAULT_LEVERS, rdGrowth: 10 },
      constants: { ...DEFAULT_CONSTANTS, talentLag: 2, robotRetirement: 0.1 },
      horizon: 2040,
      monteCarlo: { paths: 5000, seed: 7 },
    };
    expect(changedAssumptions(draft)).toEqual([
      'R&D spending growth (nominal): 10 %/yr',
      'Talent lag: 2',
      'Robot retirement rate: 0.1',
      'Horizon: 2040',
      'Monte Carlo paths: 5000',
      'Monte Carlo seed: 7',
    ]);
  });

  it('says constants changed where exports used to say "levers changed: none"', () => {
    const changed = changedAssumptions({
      ...DEFAULTS,
      constants: { ...DEFAULT_CONSTANTS, accessReference: 0.5 },
    });
    const lines = provenanceLines(
      {
        scenario: 'S',
        exportedAt: 'now',
        modelVersion: 1,
        pack: { name: 'Shipped data', asOf: '2026-04' },
        changedLevers: changed,
        link: 'x',
      },
      'src',
    );
    expect(lines).toContain('Assumptions changed from the defaults: Access reference: 0.5');
    expect(
      provenanceLines(
        {
          scenario: 'S',
          exportedAt: 'now',
          modelVersion: 1,
          pack: { name: 'Shipped data', asOf: '2026-04' },
          changedLevers: [],
          link: 'x',
        },
        'src',
      ),
    ).toContain('Assumptions changed from the defaults: none');
  });

  it('lists exactly what the share link carries, one line per changed value', () => {
    fc.assert(
      fc.property(linkDraft, (draft) => {
        const carried = Object.keys(scenarioToQueryParams(draft, null)).filter((k) => k !== 'v');
        expect(changedAssumptions(draft).length).toBe(carried.length);
      }),
      { numRuns: 200 },
    );
  });
});
