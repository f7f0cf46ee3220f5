import fc from 'fast-check';
import { LEVERS } from '../../model/levers';
import { exportScenarios } from './scenario-file';
import { NOW, load, notPolluted, packArb, scenarioArb } from './testing/file-spec-helpers';

describe('scenario files: fuzzing', () => {
  afterEach(notPolluted);

  describe('fuzzing', () => {
    /** Never throws; a refusal always explains itself; nothing reaches Object.prototype. */
    function checkAnyText(text: string): void {
      const result = load(text);
      if (result.ok) expect(result.scenarios.length).toBeGreaterThan(0);
      else expect(result.error.trim().length).toBeGreaterThan(10);
      notPolluted();
    }

    it('handles any text, any JSON and any value written as JSON', () => {
      const anything = fc.anything().map((value) => JSON.stringify(value) ?? 'undefined');
      const wrapped = (version: number) =>
        fc
          .jsonValue()
          .map((value) => JSON.stringify({ schemaVersion: version, scenarios: [value] }));
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.json(), anything, wrapped(1), wrapped(2)),
          checkAnyText,
        ),
        { numRuns: 500 },
      );
    });

    it('handles a valid file with any one field replaced by any JSON value', () => {
      const fields = [
        'name',
        'notes',
        'levers',
        'constants',
        'horizon',
        'monteCarlo',
        'customGoals',
        'hiddenGoals',
        'modelVersion',
        'createdAt',
        'updatedAt',
        'pack',
      ];
      const target = fc.oneof(
        fc.constantFrom(...fields).map((field) => [field]),
        fc.constantFrom(...LEVERS.map((lever) => lever.id)).map((id) => ['levers', id]),
        fc.constantFrom('paths', 'seed').map((key) => ['monteCarlo', key]),
        fc.constantFrom('id', 'name', 'asOf').map((key) => ['pack', key]),
      );
      fc.assert(
        fc.property(scenarioArb, packArb, target, fc.jsonValue(), (s, pack, path, value) => {
          // A pack field to replace a part of, when the scenario names no pack.
          const scenario = path[0] === 'pack' && !s.pack ? { ...s, pack } : s;
          const doc = JSON.parse(exportScenarios([scenario], NOW));
          const parent = path.slice(0, -1).reduce((obj, key) => obj[key], doc.scenarios[0]);
          parent[path[path.length - 1]] = value;
          checkAnyText(JSON.stringify(doc));
        }),
        { numRuns: 500 },
      );
    });
  });
});
