import fc from 'fast-check';
import { leverValues } from '../../model/arbitraries';
import {
  CONSTANTS_INFO,
  DEFAULT_CONSTANTS,
  HORIZON_MAX,
  HORIZON_MIN,
  ModelConstants,
} from '../../model/constants';
import {
  DEADLINE_MAX,
  DEADLINE_MIN,
  GOALS,
  GOAL_INDICATORS,
  Goal,
  validateGoal,
} from '../../model/goals';
import { DEFAULT_LEVERS, LEVERS } from '../../model/levers';
import {
  CUSTOM_GOALS_MAX,
  PATHS_MAX,
  PATHS_MIN,
  SCENARIO_NAME_MAX,
  SEED_MAX,
  SLIDES_MAX,
} from '../../model/limits';
import { DEFAULT_MONTE_CARLO } from '../../model/monte-carlo';
import { plainText } from '../../model/plain-text';
import { TARGET_SOURCES } from '../../model/sources';
import { PRESETS, Scenario } from '../scenario';
import { DEFAULT_SLIDES, PANEL_IDS } from '../slides';
import { SCENARIO_FILE_V1 } from './fixtures/scenario-v1';
import { SCENARIO_FILE_V2 } from './fixtures/scenario-v2';
import { SCENARIO_FILE_V3 } from './fixtures/scenario-v3';
import {
  ImportResult,
  MAX_FILE_BYTES,
  MIGRATIONS,
  SCHEMA_VERSION,
  exportScenarios,
  importScenarios,
} from './scenario-file';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text).length;
const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** Ids id-1, id-2, … counted afresh for each import, so expectations can name them. */
function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function load(text: string, existing: readonly string[] = []): ImportResult {
  return importScenarios(text, bytes(text), existing, counter(), NOW);
}

function loaded(
  text: string,
  existing: readonly string[] = [],
): { scenarios: Scenario[]; notes: string[] } {
  const result = load(text, existing);
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.error}`);
  return result;
}

function refusal(text: string): string {
  const result = load(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function notPolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBeFalse();
}

/** The v2 fixture with one substring replaced; throws if the fixture lacks it, so no case passes vacuously. */
function v2With(from: string, to: string): string {
  if (!SCENARIO_FILE_V2.includes(from)) throw new Error(`the v2 fixture has no ${from}`);
  return SCENARIO_FILE_V2.replace(from, to);
}

// ---- arbitraries ---------------------------------------------------------------------------

/** Text as the app keeps it: any unicode but the characters XML forbids (see plain-text.ts). */
const textArb = (maxLength: number) => fc.string({ unit: 'binary', maxLength }).map(plainText);

/** Names as the app stores them: trimmed, 1–120 characters, any unicode XML allows. */
const nameArb = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 60 })
  .map((s) => plainText(s).trim())
  .filter((s) => s.length > 0 && s.length <= SCENARIO_NAME_MAX);

const constantsArb = fc.record(
  Object.fromEntries(
    CONSTANTS_INFO.map((c) => [
      c.id,
      fc
        .integer({ min: 0, max: Math.round((c.max - c.min) / c.step) })
        .map((k) => Math.min(c.max, Number((c.min + k * c.step).toFixed(4)))),
    ]),
  ),
) as unknown as fc.Arbitrary<ModelConstants>;

// + 0 turns -0 into 0: JSON has no -0, and Jasmine's toEqual tells them apart.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
const indicatorArb = fc.constantFrom(...GOAL_INDICATORS);

const goalArb: fc.Arbitrary<Goal> = fc
  .record({
    id: fc.stringMatching(/^custom-[a-z0-9]{1,12}$/),
    name: nameArb,
    short: fc.string({ maxLength: 32 }),
    indicator: indicatorArb,
    deadline: fc.integer({ min: DEADLINE_MIN, max: DEADLINE_MAX }),
    kind: fc.constantFrom('threshold' as const, 'growth' as const, 'parity' as const),
    comparison: fc.constantFrom('>=' as const, '<=' as const),
    value: finite,
    fromYear: fc.integer({ min: 2000, max: 2039 }),
    other: indicatorArb,
  })
  .map(({ kind, comparison, value, fromYear, other, ...base }): Goal => {
    const common = { ...base, type: 'custom' as const, source: TARGET_SOURCES.analystGoal };
    if (kind === 'threshold') return { ...common, kind, comparison, threshold: value };
    if (kind === 'growth') return { ...common, kind, minGrowth: value, fromYear };
    return { ...common, kind, comparison, other };
  })
  .filter((goal) => Object.keys(validateGoal(goal)).length === 0);

const isoArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00.000Z'),
    max: new Date('2100-01-01T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  id: fc.string(),
  name: nameArb,
  levers: leverValues,
  constants: constantsArb,
  horizon: fc.integer({ min: HORIZON_MIN, max: HORIZON_MAX }),
  customGoals: fc.uniqueArray(goalArb, { maxLength: 3, selector: (goal) => goal.id }),
  hiddenGoals: fc.subarray(GOALS.map((goal) => goal.id)),
  slides: fc.array(fc.record({ panel: fc.constantFrom(...PANEL_IDS), note: textArb(200) }), {
    maxLength: 10,
  }),
  monteCarlo: fc.record({
    paths: fc.integer({ min: PATHS_MIN, max: PATHS_MAX }),
    seed: fc.integer({ min: 0, max: SEED_MAX }),
  }),
  notes: textArb(300),
  modelVersion: fc.integer({ min: 1, max: 3 }),
  createdAt: isoArb,
  updatedAt: isoArb,
  preset: fc.boolean(),
});

/**
 * Scenarios as a store may hold them, beyond what this version lets anyone make: kept from older
 * versions or damaged records (long names, control characters, too many slides or goals, stale
 * hidden ids, seeds out of range, unreadable dates). Export must still write a file import takes.
 */
const dirtyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const dirtyGoalArb = fc
  .tuple(goalArb, fc.string({ unit: 'binary', minLength: 1, maxLength: 130 }), dirtyText(70))
  .map(([goal, name, short]): Goal => ({ ...goal, name, short }))
  .filter((goal) => Object.keys(validateGoal(goal)).length === 0);
const dirtyScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    base: scenarioArb,
    name: fc
      .string({ unit: 'binary', minLength: 1, maxLength: 300 })
      .filter((n) => n.trim().length > 0),
    notes: fc.oneof(dirtyText(300), fc.constant('\u0001'.repeat(10_001))),
    slideNotes: fc.array(fc.oneof(dirtyText(50), fc.constant('中'.repeat(2_001))), {
      maxLength: SLIDES_MAX + 3,
    }),
    customGoals: fc.uniqueArray(dirtyGoalArb, {
      maxLength: CUSTOM_GOALS_MAX + 3,
      selector: (goal) => goal.id,
    }),
    hiddenGoals: fc.array(fc.oneof(fc.constantFrom(...GOALS.map((goal) => goal.id)), fc.string()), {
      maxLength: 120,
    }),
    seed: fc.integer(),
    createdAt: fc.oneof(isoArb, fc.string()),
  })
  .map(({ base, slideNotes, seed, ...dirty }) => ({
    ...base,
    ...dirty,
    slides: slideNotes.map((note, i) => ({ panel: PANEL_IDS[i % PANEL_IDS.length], note })),
    monteCarlo: { ...base.monteCarlo, seed },
  }));

/** Several scenarios with distinct names, so no import renames them. */
const scenariosArb = fc.uniqueArray(scenarioArb, {
  minLength: 1,
  maxLength: 3,
  selector: (s) => s.name,
});

// ---- specs ---------------------------------------------------------------------------------

const MIGRATED_2_TO_3 =
  'Migrated from schema 2 to 3: each scenario gets the default briefing deck (every panel, no notes).';

describe('scenario files', () => {
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

  describe('import', () => {
    it('imports the presets as editable copies, renaming those whose names are taken', () => {
      const { scenarios, notes } = loaded(exportScenarios(PRESETS, NOW), [
        'Baseline',
        'Baseline (2)',
      ]);
      expect(scenarios.map((s) => s.name)).toEqual([
        'Baseline (3)',
        ...PRESETS.slice(1).map((p) => p.name),
      ]);
      expect(scenarios.map((s) => s.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5']);
      expect(scenarios.every((s) => s.preset === false)).toBeTrue();
      expect(scenarios[1].levers).toEqual(PRESETS[1].levers);
      expect(notes).toEqual(['“Baseline” was renamed “Baseline (3)” (the name was taken).']);
    });

    it('renames scenarios whose names repeat within the file', () => {
      const { scenarios } = loaded(exportScenarios([PRESETS[0], PRESETS[0], PRESETS[0]], NOW));
      expect(scenarios.map((s) => s.name)).toEqual(['Baseline', 'Baseline (2)', 'Baseline (3)']);
    });

    it('keeps a renamed long name within 120 characters', () => {
      const long = 'x'.repeat(120);
      const [scenario] = loaded(exportScenarios([{ ...PRESETS[0], name: long }], NOW), [
        long,
      ]).scenarios;
      expect(scenario.name).toBe(`${'x'.repeat(116)} (2)`);
    });

    it('trims whitespace around a name', () => {
      const [scenario] = loaded(
        v2With('"name": "Tight controls, slow workaround"', '"name": "  Tight  "'),
      ).scenarios;
      expect(scenario.name).toBe('Tight');
    });

    it('notes a scenario made with another model version', () => {
      const { scenarios, notes } = loaded(v2With('"modelVersion": 1', '"modelVersion": 7'));
      expect(scenarios[0].modelVersion).toBe(7);
      expect(notes).toEqual([
        MIGRATED_2_TO_3,
        '“Tight controls, slow workaround” was made with model version 7; it now runs on version 1, so its numbers may differ.',
      ]);
    });

    it('loads the schema 3 fixture with its slides and notes', () => {
      const { scenarios, notes } = loaded(SCENARIO_FILE_V3);
      expect(notes).toEqual([]);
      expect(scenarios[0].slides).toEqual([
        { panel: 'compute', note: 'Talk through the export-control assumption here.' },
        { panel: 'rd', note: '' },
      ]);
      expect({ ...scenarios[0], slides: [] }).toEqual({
        ...loaded(SCENARIO_FILE_V2).scenarios[0],
        slides: [],
      });
    });

    it('loads the schema 2 fixture as the scenario it describes, with the default deck', () => {
      const { scenarios, notes } = loaded(SCENARIO_FILE_V2);
      expect(notes).toEqual([MIGRATED_2_TO_3]);
      expect(scenarios).toEqual([
        {
          id: 'id-1',
          name: 'Tight controls, slow workaround',
          levers: { ...DEFAULT_LEVERS, exportControls: 0.95, computeWorkaround: 0.1 },
          constants: DEFAULT_CONSTANTS,
          horizon: 2035,
          customGoals: [
            {
              id: 'custom-robots-800',
              name: 'Robot density ≥ 800 by 2030',
              short: 'Robots ≥800, 2030',
              type: 'custom',
              source: TARGET_SOURCES.analystGoal,
              indicator: 'robotDensity',
              deadline: 2030,
              kind: 'threshold',
              comparison: '>=',
              threshold: 800,
            },
            {
              id: 'custom-rd-9pct',
              name: 'R&D spending grows ≥ 9%/yr 2024–2032',
              short: 'R&D ≥9%/yr, 2024–32',
              type: 'custom',
              source: TARGET_SOURCES.analystGoal,
              indicator: 'rdSpend',
              deadline: 2032,
              kind: 'growth',
              minGrowth: 9,
              fromYear: 2024,
            },
          ],
          hiddenGoals: ['basicShare2025'],
          slides: DEFAULT_SLIDES,
          monteCarlo: { paths: 5000, seed: 7 },
          notes: 'Severity 0.95; robots to 800 per 10k by 2030.',
          modelVersion: 1,
          createdAt: '2026-11-01T08:00:00.000Z',
          updatedAt: '2026-11-19T17:45:00.000Z',
          preset: false,
        },
      ]);
    });

    it('loads the schema 1 fixture through the migration, defaults filling what schema 1 lacked', () => {
      const { scenarios, notes } = loaded(SCENARIO_FILE_V1);
      const migrated = {
        constants: DEFAULT_CONSTANTS,
        customGoals: [],
        hiddenGoals: [],
        slides: DEFAULT_SLIDES,
        monteCarlo: DEFAULT_MONTE_CARLO,
        modelVersion: 1,
        preset: false,
      };
      expect(scenarios).toEqual([
        {
          ...migrated,
          id: 'id-1',
          name: 'Self-reliance push (analyst copy)',
          levers: { ...DEFAULT_LEVERS, domesticChipGain: 12, rdGrowth: 10, aiProgramsPerYear: 60 },
          horizon: 2040,
          notes: 'Faster domestic chips, more AI majors.',
          createdAt: '2026-03-01T09:00:00.000Z',
          updatedAt: '2026-03-02T10:30:00.000Z',
        },
        {
          ...migrated,
          id: 'id-2',
          name: 'Slower GDP',
          levers: { ...DEFAULT_LEVERS, gdpGrowth: 3 },
          horizon: 2035,
          notes: '',
          createdAt: NOW.toISOString(),
          updatedAt: NOW.toISOString(),
        },
      ]);
      expect(notes).toEqual([
        'Migrated from schema 1 to 2: model constants, goals and Monte Carlo settings take their defaults.',
        MIGRATED_2_TO_3,
      ]);
    });

    it('has one migration from each older schema up to the current one', () => {
      expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
        Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
      );
    });

    it('validates a schema 1 file after migrating it', () => {
      const text = SCENARIO_FILE_V1.replace('"gdpGrowth": 3', '"gdpGrowth": 30');
      expect(refusal(text)).toBe(
        'Scenario 2 (“Slower GDP”): levers.gdpGrowth must be at most 10 (got 30).',
      );
    });

    it('reads a file saved with a byte-order mark', () => {
      expect(loaded('\uFEFF' + SCENARIO_FILE_V2).scenarios.length).toBe(1);
    });
  });

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
      ];
      const target = fc.oneof(
        fc.constantFrom(...fields).map((field) => [field]),
        fc.constantFrom(...LEVERS.map((lever) => lever.id)).map((id) => ['levers', id]),
        fc.constantFrom('paths', 'seed').map((key) => ['monteCarlo', key]),
      );
      fc.assert(
        fc.property(scenarioArb, target, fc.jsonValue(), (scenario, path, value) => {
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
