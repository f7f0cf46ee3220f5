import fc from 'fast-check';
import { LEVERS } from '../../model/levers';
import { SCENARIO_NAME_MAX } from '../../model/limits';
import { plainText } from '../../model/plain-text';
import { PRESETS, Scenario } from '../scenario';
import { exportScenarios } from './scenario-file';
import {
  NOW,
  load,
  loaded,
  notPolluted,
  scenarioArb,
  dirtyScenarioArb,
  scenariosArb,
} from './testing/file-spec-helpers';

describe('scenario files: export', () => {
  afterEach(notPolluted);

  describe('export', () => {
    it('writes the versioned envelope, 2-space indented, without ids or preset flags', () => {
      const text = exportScenarios([PRESETS[2]], NOW);
      expect(
        text.startsWith(
          '{\n  "schemaVersion": 3,\n  "app": "china-tech-dashboard",\n  "exportedAt": "2026-11-28T12:00:00.000Z",\n  "scenarios": [\n',
        ),
      ).toBeTrue();
      const [scenario] = JSON.parse(text).scenarios;
      expect(Object.keys(scenario)).toEqual([
        'name',
        'notes',
        'levers',
        'constants',
        'horizon',
        'monteCarlo',
        'customGoals',
        'hiddenGoals',
        'slides',
        'modelVersion',
        'createdAt',
        'updatedAt',
      ]);
      expect(Object.keys(scenario.levers)).toEqual(LEVERS.map((lever) => lever.id));
      expect(scenario.levers.domesticChipGain).toBe(12);
    });

    it('orders fields the same way whatever order the scenario object has them in', () => {
      const shuffled = Object.fromEntries(
        Object.entries(PRESETS[1]).reverse(),
      ) as unknown as Scenario;
      const levers = Object.fromEntries(
        Object.entries(PRESETS[1].levers).reverse(),
      ) as Scenario['levers'];
      expect(exportScenarios([{ ...shuffled, levers }], NOW)).toBe(
        exportScenarios([PRESETS[1]], NOW),
      );
    });

    it('export → import → export gives the identical file for any valid scenarios', () => {
      fc.assert(
        fc.property(scenariosArb, (scenarios) => {
          const first = exportScenarios(scenarios, NOW);
          const result = load(first);
          if (!result.ok) throw new Error(result.error);
          expect(exportScenarios(result.scenarios, NOW)).toBe(first);
        }),
        { numRuns: 300 },
      );
    });

    it('imports what it exports as the same scenarios, with new ids and never as presets', () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) => {
          const [copy] = loaded(exportScenarios([scenario], NOW)).scenarios;
          expect(copy).toEqual({ ...scenario, id: 'id-1', preset: false });
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('export of anything a store may hold', () => {
    it('writes a file import accepts, within every limit, and stable after one round', () => {
      fc.assert(
        fc.property(fc.array(dirtyScenarioArb, { minLength: 1, maxLength: 3 }), (scenarios) => {
          const first = exportScenarios(scenarios, NOW);
          const result = load(first);
          if (!result.ok) throw new Error(result.error);
          for (const s of result.scenarios) {
            expect(s.name.length).toBeLessThanOrEqual(SCENARIO_NAME_MAX);
            expect(plainText(s.name)).toBe(s.name);
          }
          const again = exportScenarios(result.scenarios, NOW);
          expect(load(again).ok).toBeTrue();
          expect(exportScenarios(loaded(again).scenarios, NOW)).toBe(again);
        }),
        { numRuns: 60 },
      );
    });

    it('writes a name with only forbidden characters as "Scenario", and a renamed import says why', () => {
      const [scenario] = loaded(
        exportScenarios([{ ...PRESETS[1], name: '\u0001\u0002' }], NOW),
      ).scenarios;
      expect(scenario.name).toBe('Scenario');
      const file = exportScenarios([PRESETS[1]], NOW).replace(
        `"name": "${PRESETS[1].name}"`,
        '"name": "Plan\\u0001"',
      );
      const result = loaded(file);
      expect(result.scenarios[0].name).toBe('Plan');
      expect(result.notes).toContain(
        '“Plan\u0001” was renamed “Plan” (it held characters no export can show).',
      );
    });
  });
});
