import { PRESETS } from '../scenario';
import { SCENARIO_FILE_V2 } from './fixtures/scenario-v2';
import { MAX_FILE_BYTES, exportScenarios, importScenarios } from './scenario-file';
import { NOW, megabytes, counter, refusal, notPolluted, v2With } from './testing/file-spec-helpers';

describe('scenario files: refusals', () => {
  afterEach(notPolluted);

  describe('refusals', () => {
    const refusals: [string, string, string | RegExp][] = [
      [
        'malformed JSON',
        '{"schemaVersion": 2, "scenarios": [',
        /^The file is not valid JSON \(.*position 35.*\)\.$/,
      ],
      ['an empty file', '', /^The file is not valid JSON/],
      [
        'NaN written bare (not JSON)',
        v2With('"rdGrowth": 8', '"rdGrowth": NaN'),
        /^The file is not valid JSON \(.+\)\.$/,
      ],
      [
        'a trailing comma',
        '{\n  "schemaVersion": 2,\n}',
        /^The file is not valid JSON \(.*position 24.*line 3,? column 1.*\)\.$/,
      ],
      [
        'a __proto__ key',
        '{"schemaVersion":2,"scenarios":[{"__proto__":{"polluted":1}}]}',
        'The file has a field named “__proto__”, which is not allowed (at scenarios[0].__proto__).',
      ],
      [
        'a constructor.prototype path',
        '{"constructor":{"prototype":{"polluted":1}}}',
        'The file has a field named “constructor”, which is not allowed (at constructor).',
      ],
      [
        'a prototype key deep in a scenario',
        v2With('"rdGrowth": 8,', '"rdGrowth": 8, "x": {"prototype": {"polluted": 1}},'),
        'The file has a field named “prototype”, which is not allowed (at scenarios[0].levers.x.prototype).',
      ],
      [
        'a __proto__ key in a schema 1 file, whose levers the migration merges',
        '{"schemaVersion":1,"scenarios":[{"name":"x","horizon":2035,"levers":{"__proto__":{"polluted":1}}}]}',
        /“__proto__”, which is not allowed \(at scenarios\[0\]\.levers\.__proto__\)/,
      ],
      [
        'deep nesting',
        `{"schemaVersion":2,"x":${'['.repeat(40)}${']'.repeat(40)}}`,
        /^The file is nested more than 20 levels deep \(at x(\[0\])+\)\.$/,
      ],
      [
        'a newer schema',
        '{"schemaVersion": 4, "scenarios": []}',
        'This file was written by a newer version of the dashboard (schema 4); this version reads up to 3.',
      ],
      [
        'no schema version',
        '{"scenarios": []}',
        'The file has no valid “schemaVersion”, so it is not a scenario file from this dashboard.',
      ],
      [
        'a fractional schema version',
        '{"schemaVersion": 1.5, "scenarios": []}',
        /no valid “schemaVersion”/,
      ],
      ['a list', '[1, 2, 3]', /^The file is not a scenario file/],
      [
        'another app',
        v2With('"app": "china-tech-dashboard"', '"app": "other"'),
        'The file: app must be "china-tech-dashboard" (got "other").',
      ],
      [
        'no scenarios',
        '{"schemaVersion": 2, "app": "china-tech-dashboard", "exportedAt": "2026-01-01T00:00:00.000Z", "scenarios": []}',
        'The file: scenarios must not be empty.',
      ],
      [
        'an out-of-range lever',
        v2With('"rdGrowth": 8', '"rdGrowth": 99'),
        'Scenario 1 (“Tight controls, slow workaround”): levers.rdGrowth must be at most 15 (got 99).',
      ],
      [
        'a lever below its range',
        v2With('"robotGrowth": 7', '"robotGrowth": -16'),
        /levers\.robotGrowth must be at least -15 \(got -16\)\.$/,
      ],
      [
        'an unknown lever',
        v2With('"rdGrowth": 8,', '"rdGrowth": 8, "foo": 1,'),
        'Scenario 1 (“Tight controls, slow workaround”): unknown lever “foo”.',
      ],
      [
        'a missing lever',
        v2With('"rdGrowth": 8,', ''),
        'Scenario 1 (“Tight controls, slow workaround”): levers.rdGrowth is missing.',
      ],
      [
        '"NaN" as a string',
        v2With('"rdGrowth": 8', '"rdGrowth": "NaN"'),
        /levers\.rdGrowth must be a finite number \(got "NaN"\)\.$/,
      ],
      [
        '"Infinity" as a string',
        v2With('"rdGrowth": 8', '"rdGrowth": "Infinity"'),
        /levers\.rdGrowth must be a finite number \(got "Infinity"\)\.$/,
      ],
      [
        '1e400 (Infinity once parsed)',
        v2With('"rdGrowth": 8', '"rdGrowth": 1e400'),
        /levers\.rdGrowth must be a finite number \(got Infinity\)\.$/,
      ],
      [
        '-1e400',
        v2With('"robotGrowth": 7', '"robotGrowth": -1e400'),
        /levers\.robotGrowth must be a finite number \(got -Infinity\)\.$/,
      ],
      [
        'a fractional talent lag',
        v2With('"talentLag": 4', '"talentLag": 2.5'),
        /constants\.talentLag must be a whole number \(got 2\.5\)\.$/,
      ],
      [
        'an unknown constant',
        v2With('"talentLag": 4,', '"talentLag": 4, "bar": 1,'),
        /: unknown constant “bar”\.$/,
      ],
      [
        'a horizon past 2040',
        v2With('"horizon": 2035', '"horizon": 2041'),
        /: horizon must be at most 2040 \(got 2041\)\.$/,
      ],
      [
        'too few Monte Carlo paths',
        v2With('"paths": 5000', '"paths": 10'),
        /: monteCarlo\.paths must be at least 200 \(got 10\)\.$/,
      ],
      [
        'a negative seed',
        v2With('"seed": 7', '"seed": -1'),
        /: monteCarlo\.seed must be at least 0 \(got -1\)\.$/,
      ],
      [
        'a seed past 2^31 − 1',
        v2With('"seed": 7', '"seed": 2147483648'),
        /: monteCarlo\.seed must be at most 2147483647/,
      ],
      [
        'an empty name',
        v2With('"name": "Tight controls, slow workaround"', '"name": "   "'),
        'Scenario 1: name must not be empty (got "   ").',
      ],
      [
        'a 121-character name',
        v2With('"name": "Tight controls, slow workaround"', `"name": "${'n'.repeat(121)}"`),
        /: name must be at most 120 characters \(it has 121\)\.$/,
      ],
      [
        'notes over 10,000 characters',
        v2With('"notes": "Severity', `"notes": "${'a'.repeat(10_000)}`),
        /: notes must be at most 10000 characters \(it has 10037\)\.$/,
      ],
      [
        'a zero model version',
        v2With('"modelVersion": 1', '"modelVersion": 0'),
        /: modelVersion must be at least 1 \(got 0\)\.$/,
      ],
      [
        'an invalid date',
        v2With(
          '"createdAt": "2026-11-01T08:00:00.000Z"',
          '"createdAt": "2026-02-30T08:00:00.000Z"',
        ),
        /: createdAt must be an ISO 8601 date and time/,
      ],
      [
        'a date that is not ISO',
        v2With('"updatedAt": "2026-11-19T17:45:00.000Z"', '"updatedAt": "yesterday"'),
        /: updatedAt must be an ISO 8601 date and time.*\(got "yesterday"\)\.$/,
      ],
      [
        'a custom goal past 2040',
        v2With('"deadline": 2030', '"deadline": 2090'),
        'Scenario 1 (“Tight controls, slow workaround”): customGoals[0].deadline: The deadline must be a year from 2020 to 2040 (got 2090).',
      ],
      [
        'an official goal in customGoals',
        v2With('"type": "custom"', '"type": "official"'),
        /customGoals\[0\]\.type must be "custom" \(got "official"\)\.$/,
      ],
      [
        'a goal of unknown kind',
        v2With('"kind": "threshold"', '"kind": "target"'),
        /customGoals\[0\]\.kind must be "threshold", "growth", "parity" \(got "target"\)\.$/,
      ],
      [
        'a goal on an unknown indicator',
        v2With('"indicator": "robotDensity"', '"indicator": "gdp"'),
        /customGoals\[0\]\.indicator must be "rdSpend" or /,
      ],
      [
        'a repeated goal id',
        v2With('"id": "custom-rd-9pct"', '"id": "custom-robots-800"'),
        /customGoals\[1\]\.id repeats the id of another goal \(got "custom-robots-800"\)\.$/,
      ],
      [
        'a custom goal with an official id',
        v2With('"id": "custom-rd-9pct"', '"id": "aiCore2030"'),
        /customGoals\[1\]\.id is the id of an official goal/,
      ],
      [
        'a hidden goal that is not text',
        v2With('"hiddenGoals": ["basicShare2025"]', '"hiddenGoals": [3]'),
        /: hiddenGoals\[0\] must be text \(got 3\)\.$/,
      ],
      [
        'an unknown scenario field',
        v2With('"horizon": 2035,', '"horizon": 2035, "colour": "red",'),
        'Scenario 1 (“Tight controls, slow workaround”): unknown field “colour”.',
      ],
      [
        'an unknown Monte Carlo field',
        v2With('"seed": 7', '"seed": 7, "workers": 4'),
        /: unknown field “workers” in monteCarlo\.$/,
      ],
    ];

    for (const [what, text, message] of refusals) {
      it(`refuses ${what}, saying why`, () => {
        const error = refusal(text);
        if (typeof message === 'string') expect(error).toBe(message);
        else expect(error).toMatch(message);
      });
    }

    it('spells out at most three problems and counts the rest', () => {
      const text = v2With(
        '"rdGrowth": 8, "gdpGrowth": 4.5, "basicShareGain": 0.15, "aiProgramsPerYear": 30',
        '"rdGrowth": 99, "gdpGrowth": 99, "basicShareGain": 99, "aiProgramsPerYear": 999',
      );
      const error = refusal(text);
      expect(error).toContain('levers.rdGrowth must be at most 15 (got 99).');
      expect(error).toContain('levers.basicShareGain must be at most 1 (got 99).');
      expect(error).not.toContain('aiProgramsPerYear');
      expect(error).toMatch(/\(and 1 more problem\)$/);
    });

    it('names the scenario by its position and name', () => {
      const two = exportScenarios([PRESETS[0], { ...PRESETS[4], horizon: 2050 }], NOW);
      expect(refusal(two)).toBe(
        'Scenario 2 (“Slowdown”): horizon must be at most 2040 (got 2050).',
      );
    });

    it('refuses a file over the limit before reading it', () => {
      const result = importScenarios(
        '{ not even JSON',
        MAX_FILE_BYTES + 5_200_000,
        [],
        counter(),
        NOW,
      );
      expect(result).toEqual({
        ok: false,
        error: `The file is ${megabytes(MAX_FILE_BYTES + 5_200_000)}; scenario files are at most ${megabytes(MAX_FILE_BYTES)}.`,
      });
    });

    it('shows a file just over the limit in bytes, so it does not read as the limit itself', () => {
      const result = importScenarios('{}', MAX_FILE_BYTES + 1, [], counter(), NOW);
      expect(result).toEqual({
        ok: false,
        error: `The file is ${(MAX_FILE_BYTES + 1).toLocaleString('en-US')} bytes; scenario files are at most ${megabytes(MAX_FILE_BYTES)}.`,
      });
    });

    it('accepts a file of exactly the limit', () => {
      expect(importScenarios(SCENARIO_FILE_V2, MAX_FILE_BYTES, [], counter(), NOW).ok).toBeTrue();
    });

    it('refuses, rather than throws, when something unexpected fails', () => {
      const failingId = () => {
        throw new Error('no ids left');
      };
      const result = importScenarios(SCENARIO_FILE_V2, 100, [], failingId, NOW);
      expect(result).toEqual({ ok: false, error: 'The file could not be read (no ids left).' });
    });
  });
});
