/**
 * The import limit must fit the largest backup the app can write: one scenario holding the most of
 * everything, in the dearest characters, serialized by exportScenarios, times SCENARIOS_MAX.
 */
import { CONSTANTS_INFO, HORIZON_MAX, ModelConstants } from '../../model/constants';
import { GOALS, GOAL_INDICATORS, Goal } from '../../model/goals';
import { LEVERS, LeverValues } from '../../model/levers';
import {
  CUSTOM_GOALS_MAX,
  GOAL_ID_MAX,
  GOAL_NAME_MAX,
  GOAL_SHORT_MAX,
  HIDDEN_GOALS_MAX,
  MAX_FILE_BYTES,
  PACK_ID_MAX,
  PACK_NAME_MAX,
  PATHS_MAX,
  SCENARIOS_MAX,
  SCENARIO_EXPORT_BYTES_MAX,
  SCENARIO_NAME_MAX,
  SCENARIO_NOTES_MAX,
  SEED_MAX,
  SLIDES_MAX,
  SLIDE_NOTE_MAX,
} from '../../model/limits';
import { TARGET_SOURCES } from '../../model/sources';
import { Scenario } from '../scenario';
import { PANEL_IDS } from '../slides';
import { exportScenarios, importScenarios } from './scenario-file';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text).length;
/** Numbers whose JSON form is as long as a double's gets (24 characters); Number() as a literal would lose digits. */
const LONG_TINY = Number('-1.2345678901234567e-300');
const LONG_TINY_POS = -LONG_TINY;
/** A CJK character: 3 bytes in UTF-8, the most any character the app writes costs per UTF-16 unit. */
const cjk = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i + offset) % 20_000))).join(
    '',
  );

/** The longest JSON number within [min, max] among a few long shapes (17 digits, exponents, signs). */
function longestNumber(min: number, max: number, whole = false): number {
  const candidates = whole
    ? [min, max, Math.round((min + max) / 2)]
    : [
        LONG_TINY,
        LONG_TINY_POS,
        min + (max - min) * Number('0.12345678901234567'),
        max - (max - min) * Number('0.98765432109876543'),
      ];
  const inRange = candidates.filter((x) => x >= min && x <= max);
  return inRange.reduce((a, b) => (String(b).length > String(a).length ? b : a));
}

function worstGoal(i: number, kind: Goal['kind']): Goal {
  const base = {
    id: cjk(GOAL_ID_MAX - 2, i) + String(i).padStart(2, '0'),
    name: cjk(GOAL_NAME_MAX, i),
    short: cjk(GOAL_SHORT_MAX, i),
    type: 'custom' as const,
    source: TARGET_SOURCES.analystGoal,
    indicator: GOAL_INDICATORS.reduce((a, b) => (b.length > a.length ? b : a)),
    deadline: 2040,
  };
  const x = LONG_TINY;
  if (kind === 'threshold') return { ...base, kind, comparison: '>=', threshold: x };
  if (kind === 'growth') return { ...base, kind, minGrowth: x, fromYear: 2039 };
  return { ...base, kind, comparison: '>=', other: base.indicator };
}

/** The kind whose goals take the most room in a file. */
const WORST_KIND = (['threshold', 'growth', 'parity'] as const).reduce((a, b) =>
  bytes(exportScenarios([{ ...WORST_BASE(), customGoals: [worstGoal(0, b)] }], NOW)) >
  bytes(exportScenarios([{ ...WORST_BASE(), customGoals: [worstGoal(0, a)] }], NOW))
    ? b
    : a,
);

function WORST_BASE(): Scenario {
  return {
    id: 'worst',
    name: cjk(SCENARIO_NAME_MAX),
    levers: Object.fromEntries(
      LEVERS.map((l) => [l.id, longestNumber(l.min, l.max)]),
    ) as unknown as LeverValues,
    constants: Object.fromEntries(
      CONSTANTS_INFO.map((c) => [c.id, longestNumber(c.min, c.max, c.step === 1)]),
    ) as unknown as ModelConstants,
    horizon: HORIZON_MAX,
    customGoals: [],
    hiddenGoals: [],
    monteCarlo: { paths: PATHS_MAX, seed: SEED_MAX },
    slides: Array.from({ length: SLIDES_MAX }, (_, i) => ({
      panel: PANEL_IDS.reduce((a, b) => (b.length > a.length ? b : a)),
      note: cjk(SLIDE_NOTE_MAX, i),
    })),
    notes: cjk(SCENARIO_NOTES_MAX),
    modelVersion: Number.MAX_SAFE_INTEGER,
    createdAt: '2026-11-28T12:00:00.000+05:30',
    updatedAt: '2026-11-28T12:00:00.000+05:30',
    preset: false,
    pack: { id: 'p'.repeat(PACK_ID_MAX), name: cjk(PACK_NAME_MAX), asOf: '2026-11-28' },
  };
}

/** One scenario at the most of everything the schema and the app allow. */
function worstScenario(): Scenario {
  const customGoals = Array.from({ length: CUSTOM_GOALS_MAX }, (_, i) => worstGoal(i, WORST_KIND));
  return {
    ...WORST_BASE(),
    customGoals,
    hiddenGoals: [...GOALS.map((g) => g.id), ...customGoals.map((g) => g.id)],
  };
}

describe('the largest backup', () => {
  const worst = worstScenario();
  const one = bytes(exportScenarios([worst], NOW));
  // Each further scenario adds its own bytes and a ",\n" separator.
  const each = bytes(exportScenarios([worst, worst], NOW)) - one;
  const largest = one + (SCENARIOS_MAX - 1) * each;

  it('is written by export as it is: the worst case really is at its limits', () => {
    const [file] = JSON.parse(exportScenarios([worst], NOW)).scenarios;
    expect(file.name.length).toBe(SCENARIO_NAME_MAX);
    expect(file.notes.length).toBe(SCENARIO_NOTES_MAX);
    expect(file.slides.length).toBe(SLIDES_MAX);
    expect(file.customGoals.length).toBe(CUSTOM_GOALS_MAX);
    expect(file.hiddenGoals.length).toBe(GOALS.length + CUSTOM_GOALS_MAX);
    expect(file.hiddenGoals.length).toBeLessThanOrEqual(HIDDEN_GOALS_MAX);
    expect(file.pack.id.length).toBe(PACK_ID_MAX);
    expect(file.pack.name.length).toBe(PACK_NAME_MAX);
  });

  it('fits the import limit, which is no more than 5% above it', () => {
    console.log(
      `Largest backup: ${SCENARIOS_MAX} scenarios × ${each.toLocaleString('en-US')} bytes = ${largest.toLocaleString('en-US')} bytes; ` +
        `import limit ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes.`,
    );
    expect(each).toBeLessThanOrEqual(SCENARIO_EXPORT_BYTES_MAX);
    expect(largest).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(MAX_FILE_BYTES).toBeLessThanOrEqual(largest * 1.05);
  });

  it('imports back: the schema takes scenarios at the most of everything', () => {
    const text = exportScenarios([worst, worst], NOW);
    const result = importScenarios(text, bytes(text), [], () => 'id', NOW);
    if (!result.ok) throw new Error(result.error);
    expect(result.scenarios[0]).toEqual({ ...worst, id: 'id', preset: false });
    expect(result.scenarios[1].name.length).toBe(SCENARIO_NAME_MAX);
  });
});
