import fc from 'fast-check';
import { leverValues } from '../../model/arbitraries';
import { CONSTANTS_INFO, DEFAULT_CONSTANTS } from '../../model/constants';
import { DEFAULT_LEVERS } from '../../model/levers';
import { PRESETS, Scenario } from '../scenario';
import { SCENARIO_FILE_V1 } from './fixtures/scenario-v1';
import { SCENARIO_FILE_V2 } from './fixtures/scenario-v2';
import { MAX_FILE_BYTES, exportScenarios, importScenarios } from './scenario-file';

const NOW = new Date('2026-11-28T12:00:00.000Z');
let counter = 0;
const newId = () => `id-${++counter}`;
const bytes = (text: string) => new TextEncoder().encode(text).length;
const load = (text: string, existing: readonly string[] = []) => importScenarios(text, bytes(text), existing, newId, NOW);
const polluted = () => ({}) as Record<string, unknown>;

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  id: fc.constant('x'),
  name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0),
  levers: leverValues,
  constants: fc.record(
    Object.fromEntries(
      CONSTANTS_INFO.map((c) => [
        c.id,
        fc.integer({ min: 0, max: Math.round((c.max - c.min) / c.step) }).map((k) => Number((c.min + k * c.step).toFixed(4))),
      ]),
    ) as Record<string, fc.Arbitrary<number>>,
  ) as unknown as fc.Arbitrary<Scenario['constants']>,
  horizon: fc.integer({ min: 2030, max: 2040 }),
  customGoals: fc.constant([]),
  hiddenGoals: fc.subarray(['basicShare2025', 'aiCore2025', 'llmShare2030']),
  monteCarlo: fc.record({ paths: fc.integer({ min: 200, max: 20000 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
  notes: fc.string({ maxLength: 200, unit: 'binary' }),
  modelVersion: fc.constant(1),
  createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
  updatedAt: fc.constant('2026-02-03T04:05:06.000Z'),
  preset: fc.constant(false),
});

describe('scenario files', () => {
  it('export → import → export gives the identical file for any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const first = exportScenarios([scenario], NOW);
        const imported = load(first);
        if (!imported.ok) fail(imported.error);
        else expect(exportScenarios(imported.scenarios, NOW)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('imports the presets as editable copies with new ids, renaming those whose names are taken', () => {
    const result = load(exportScenarios(PRESETS, NOW), ['Baseline']);
    expect(result.ok).toBeTrue();
    if (!result.ok) return;
    expect(result.scenarios.map((s) => s.name)).toEqual(['Baseline (2)', ...PRESETS.slice(1).map((p) => p.name)]);
    expect(result.scenarios.every((s) => !s.preset && s.id.startsWith('id-'))).toBeTrue();
    expect(result.notes).toContain('“Baseline” was renamed “Baseline (2)” (the name was taken).');
  });

  it('loads the schema 1 fixture through the migration', () => {
    const result = load(SCENARIO_FILE_V1);
    expect(result.ok).toBeTrue();
    if (!result.ok) return;
    const [s] = result.scenarios;
    expect(s.name).toBe('Self-reliance push (analyst copy)');
    expect(s.levers).toEqual({ ...DEFAULT_LEVERS, domesticChipGain: 12, rdGrowth: 10, aiProgramsPerYear: 60 });
    expect(s.constants).toEqual(DEFAULT_CONSTANTS);
    expect(s.horizon).toBe(2040);
    expect(result.notes).toContain('Read from schema 1 and brought up to date.');
  });

  it('loads the schema 2 fixture with its custom goal and hidden goal', () => {
    const result = load(SCENARIO_FILE_V2);
    expect(result.ok).toBeTrue();
    if (!result.ok) return;
    const [s] = result.scenarios;
    expect(s.levers.exportControls).toBe(0.95);
    expect(s.monteCarlo).toEqual({ paths: 5000, seed: 7 });
    expect(s.customGoals).toEqual([jasmine.objectContaining({ id: 'custom-robots-800', kind: 'threshold', threshold: 800, type: 'custom' })]);
    expect(s.hiddenGoals).toEqual(['basicShare2025']);
  });

  const refusals: [string, string, RegExp][] = [
    ['malformed JSON', '{"schemaVersion": 2, "scenarios": [', /not valid JSON/],
    ['a __proto__ key', '{"schemaVersion":2,"scenarios":[{"__proto__":{"polluted":1}}]}', /“__proto__”, which is not allowed/],
    ['a constructor.prototype path', '{"constructor":{"prototype":{"polluted":1}}}', /“(constructor|prototype)”/],
    ['a newer schema', '{"schemaVersion": 3, "scenarios": []}', /newer version of the dashboard \(schema 3\)/],
    ['no schema', '[1, 2, 3]', /not a scenario file/],
    ['an out-of-range lever', SCENARIO_FILE_V2.replace('"rdGrowth": 8', '"rdGrowth": 99'), /Scenario 1 \(“Tight controls, slow workaround”\): levers.rdGrowth must be at most 15 \(got 99\)/],
    ['an unknown lever', SCENARIO_FILE_V2.replace('"rdGrowth": 8,', '"rdGrowth": 8, "foo": 1,'), /levers has unknown field “foo”/],
    ['Infinity as a string', SCENARIO_FILE_V2.replace('"rdGrowth": 8', '"rdGrowth": "Infinity"'), /levers.rdGrowth must be a number/],
    ['a huge number', SCENARIO_FILE_V2.replace('"rdGrowth": 8', '"rdGrowth": 1e400'), /levers.rdGrowth/],
    ['an invalid custom goal', SCENARIO_FILE_V2.replace('"deadline": 2030', '"deadline": 2090'), /deadline must be a year from 2020 to 2040/],
    ['deep nesting', `{"schemaVersion":2,"x":${'['.repeat(40)}${']'.repeat(40)}}`, /nested more than 20 levels/],
  ];

  for (const [what, text, message] of refusals) {
    it(`refuses ${what} with a clear message`, () => {
      const result = load(text);
      expect(result.ok).toBeFalse();
      if (!result.ok) expect(result.error).toMatch(message);
      expect(polluted()['polluted']).toBeUndefined();
    });
  }

  it('refuses a file over 1 MB before reading it', () => {
    const result = importScenarios('this is not even read', 5_200_000, [], newId, NOW);
    expect(result).toEqual({ ok: false, error: 'The file is 5.2 MB; scenario files are at most 1.0 MB.' });
    expect(MAX_FILE_BYTES).toBe(1_000_000);
  });

  it('never throws, and explains every refusal, for any JSON or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 2, scenarios: [v] }))), (text) => {
        const result = load(text);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
        expect(polluted()['polluted']).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
