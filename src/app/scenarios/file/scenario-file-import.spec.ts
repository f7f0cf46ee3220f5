import { DEFAULT_CONSTANTS } from '../../model/constants';
import { DEFAULT_LEVERS } from '../../model/levers';
import { DEFAULT_MONTE_CARLO } from '../../model/monte-carlo';
import { TARGET_SOURCES } from '../../model/sources';
import { PRESETS } from '../scenario';
import { DEFAULT_SLIDES } from '../slides';
import { SCENARIO_FILE_V1 } from './fixtures/scenario-v1';
import { SCENARIO_FILE_V2 } from './fixtures/scenario-v2';
import { SCENARIO_FILE_V3 } from './fixtures/scenario-v3';
import { MIGRATIONS, SCHEMA_VERSION, exportScenarios } from './scenario-file';
import {
  NOW,
  loaded,
  refusal,
  notPolluted,
  v2With,
  MIGRATED_2_TO_3,
} from './testing/file-spec-helpers';

describe('scenario files: import', () => {
  afterEach(notPolluted);

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
});
