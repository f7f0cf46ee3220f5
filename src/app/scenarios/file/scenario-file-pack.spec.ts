import fc from 'fast-check';
import { SHIPPED_PACK, packIdentity } from '../../model/data-pack';
import { PRESETS, Scenario } from '../scenario';
import { SCENARIO_FILE_V2 } from './fixtures/scenario-v2';
import { SCENARIO_FILE_V3 } from './fixtures/scenario-v3';
import { exportScenarios } from './scenario-file';
import {
  NOW,
  badPackArb,
  load,
  loaded,
  notPolluted,
  packArb,
  refusal,
  scenarioArb,
} from './testing/file-spec-helpers';

const PACK = { id: 'pack-2026-05-3f2a', name: 'Update of May 2026', asOf: '2026-05' };
const MINE: Scenario = { ...PRESETS[2], id: 'mine', name: 'Mine', preset: false, pack: PACK };

/** The export of MINE with its pack field replaced (undefined: removed). */
function withPack(pack: unknown): string {
  const doc = JSON.parse(exportScenarios([MINE], NOW));
  doc.scenarios[0].pack = pack;
  return JSON.stringify(doc);
}

describe('scenario files: the data pack a scenario names', () => {
  afterEach(notPolluted);

  it('writes the pack last, its id, name and date in that order; a preset names none', () => {
    const [scenario] = JSON.parse(
      exportScenarios([{ ...MINE, pack: { asOf: '2026-05', name: PACK.name, id: PACK.id } }], NOW),
    ).scenarios;
    expect(Object.keys(scenario).at(-1)).toBe('pack');
    expect(Object.keys(scenario.pack)).toEqual(['id', 'name', 'asOf']);
    expect(scenario.pack).toEqual(PACK);
    expect('pack' in JSON.parse(exportScenarios([PRESETS[0]], NOW)).scenarios[0]).toBeFalse();
  });

  it('reads the pack back as it was written, for any pack', () => {
    const [copy] = loaded(exportScenarios([MINE], NOW)).scenarios;
    expect(copy.pack).toEqual(PACK);
    fc.assert(
      fc.property(scenarioArb, packArb, (scenario, pack) => {
        const [back] = loaded(exportScenarios([{ ...scenario, pack }], NOW)).scenarios;
        expect(back).toEqual({ ...scenario, pack, id: 'id-1', preset: false });
      }),
      { numRuns: 200 },
    );
  });

  it('still imports files without a pack (all older ones), as scenarios that name none', () => {
    for (const file of [SCENARIO_FILE_V2, SCENARIO_FILE_V3, withPack(undefined)]) {
      const { scenarios } = loaded(file);
      expect(scenarios.length).toBeGreaterThan(0);
      for (const s of scenarios) expect('pack' in s).toBeFalse();
    }
    expect(loaded(withPack({ ...PACK, asOf: '' })).scenarios[0].pack).toEqual({
      ...PACK,
      asOf: '',
    });
    expect(loaded(withPack(packIdentity(SHIPPED_PACK))).scenarios[0].pack).toEqual(
      packIdentity(SHIPPED_PACK),
    );
  });

  it('refuses a bad pack field, saying which part is wrong and what it must be', () => {
    const where = 'Scenario 1 (“Mine”): ';
    const cases: [unknown, string][] = [
      [
        { ...PACK, id: 'pack 2026/05' },
        'pack.id is not a data pack id (letters, digits, “.”, “_” and “-” only, at most 100 characters) (got "pack 2026/05").',
      ],
      [
        { ...PACK, id: 'p'.repeat(101) },
        'pack.id is not a data pack id (letters, digits, “.”, “_” and “-” only, at most 100 characters)',
      ],
      [{ ...PACK, id: '' }, 'pack.id is not a data pack id'],
      [
        { ...PACK, name: 'n'.repeat(81) },
        'pack.name must be visible text of at most 80 characters',
      ],
      [
        { ...PACK, name: '  ' },
        'pack.name must be visible text of at most 80 characters (got "  ").',
      ],
      [{ ...PACK, name: 'May\u0001' }, 'pack.name must be visible text of at most 80 characters'],
      [
        { ...PACK, asOf: 'May 2026' },
        'pack.asOf must be a date like 2026, 2026-05 or 2026-05-19 (got "May 2026").',
      ],
      [
        { ...PACK, asOf: '2026-02-30' },
        'pack.asOf must be a date like 2026, 2026-05 or 2026-05-19',
      ],
      [{ ...PACK, asOf: 2026 }, 'pack.asOf must be text (got 2026).'],
      [{ id: PACK.id, name: PACK.name }, 'pack.asOf is missing.'],
      [{ ...PACK, url: 'https://example.org' }, 'unknown field “url” in pack.'],
      ['pack-2026-05-3f2a', 'pack must be an object (got "pack-2026-05-3f2a").'],
      [null, 'pack must be an object (got null).'],
    ];
    for (const [pack, message] of cases) {
      expect(refusal(withPack(pack)))
        .withContext(JSON.stringify(pack))
        .toContain(where + message);
    }
  });

  it('never throws on a damaged pack field, and a refusal names the pack', () => {
    fc.assert(
      fc.property(badPackArb, (pack) => {
        const result = load(withPack(pack));
        if (result.ok) {
          // Only a field that happens to be a valid pack gets through, and then as it was.
          expect(result.scenarios[0].pack).toEqual(pack as never);
        } else {
          // A key such as "prototype" is refused by the JSON reader first, with its path.
          expect(result.error).toMatch(
            /^Scenario 1 \(“Mine”\): (pack\b|unknown field)|which is not allowed \(at scenarios\[0\]\.pack\b/,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out a pack the schema would refuse (a damaged record), keeping the scenario', () => {
    const damaged = { ...MINE, pack: { ...PACK, id: 'bad id' } };
    const [scenario] = JSON.parse(exportScenarios([damaged], NOW)).scenarios;
    expect('pack' in scenario).toBeFalse();
    expect(loaded(exportScenarios([damaged], NOW)).scenarios[0].name).toBe('Mine');
  });
});
