/**
 * Export all, then import: the backups the analyst is most likely to depend on (many scenarios;
 * a full briefing deck) come back identical, names, levers, constants, goals, notes and slides.
 */
import { CONSTANTS_INFO, DEFAULT_CONSTANTS, ModelConstants } from '../../model/constants';
import { GOALS } from '../../model/goals';
import { LEVERS, LeverValues } from '../../model/levers';
import {
  SCENARIO_NAME_MAX,
  SCENARIO_NOTES_MAX,
  SLIDES_MAX,
  SLIDE_NOTE_MAX,
} from '../../model/limits';
import { TARGET_SOURCES } from '../../model/sources';
import { PRESETS, Scenario } from '../scenario';
import { freeName } from '../scenario-names';
import { DEFAULT_SLIDES, PANEL_IDS } from '../slides';
import { exportScenarios, importScenarios } from './scenario-file';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text).length;

const NAMES = [
  'Self-reliance push',
  '自主创新 2030',
  '芯片出口管制 — 严格',
  'Plan 🚀 with emoji 👩‍💻',
  'Quotes "and" \\backslashes\\ ',
  'Plan,"=1+1",x',
  '🇨🇳 vs 🇺🇸',
  'Ünïcödé café',
];

/** A lever's value a fraction `t` of the way through its range, on its step. */
const along = (min: number, max: number, step: number, t: number) =>
  Math.min(max, Number((min + Math.round(((max - min) * t) / step) * step).toFixed(6)));

function typicalScenario(i: number): Scenario {
  const t = ((i * 37) % 101) / 100;
  const levers = Object.fromEntries(
    LEVERS.map((l) => [l.id, along(l.min, l.max, l.step, t)]),
  ) as unknown as LeverValues;
  const constants = Object.fromEntries(
    CONSTANTS_INFO.map((c) => [
      c.id,
      i % 3 ? DEFAULT_CONSTANTS[c.id] : along(c.min, c.max, c.step, 1 - t),
    ]),
  ) as unknown as ModelConstants;
  return {
    ...PRESETS[i % PRESETS.length],
    id: `s-${i}`,
    // Names of every length, Chinese and emoji among them; one in 50 at exactly the limit.
    name:
      i % 50 === 7
        ? freeName(`${NAMES[i % NAMES.length]}${'长'.repeat(SCENARIO_NAME_MAX)}`, [], ` ${i}`)
        : `${NAMES[i % NAMES.length]} ${i}`,
    levers,
    constants,
    horizon: 2030 + (i % 11),
    monteCarlo: { paths: 200 + (i % 50) * 100, seed: i * 7919 },
    customGoals:
      i % 10 === 0
        ? [
            {
              id: `custom-${i}`,
              name: `目标 ${i}: R&D ≥ 3%`,
              short: `目标 ${i}`,
              type: 'custom',
              source: TARGET_SOURCES.analystGoal,
              kind: 'threshold',
              indicator: 'rdIntensity',
              comparison: '>=',
              threshold: 3 + i / 1000,
              deadline: 2030,
            },
          ]
        : [],
    hiddenGoals: i % 4 === 0 ? [GOALS[i % GOALS.length].id] : [],
    slides:
      i % 5 === 0
        ? DEFAULT_SLIDES.map((s, k) => ({ ...s, note: k % 2 ? `注释 ${k} — note "${i}"` : '' }))
        : DEFAULT_SLIDES,
    notes: i % 2 ? `Scenario ${i}.\nAssumes 出口管制 tighten; see “source” \t(tab).` : '',
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString(),
    preset: false,
  };
}

function roundTrip(scenarios: readonly Scenario[]): {
  text: string;
  imported: Scenario[];
  ms: number;
} {
  const text = exportScenarios(scenarios, NOW);
  let n = 0;
  const start = performance.now();
  const result = importScenarios(text, bytes(text), [], () => `new-${n++}`, NOW);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.error);
  return { text, imported: result.scenarios, ms };
}

describe('backups round trip', () => {
  it('imports an Export all of 1,000 scenarios back identical', () => {
    const scenarios = Array.from({ length: 1_000 }, (_, i) => typicalScenario(i));
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(1_000);
    expect(scenarios.some((s) => s.name.length === SCENARIO_NAME_MAX)).toBeTrue();
    const { text, imported, ms } = roundTrip(scenarios);
    console.log(
      `1,000 scenarios: ${bytes(text).toLocaleString('en-US')} bytes, imported in ${ms.toFixed(0)} ms`,
    );
    expect(imported.length).toBe(1_000);
    imported.forEach((s, i) =>
      expect(s)
        .withContext(scenarios[i].name)
        .toEqual({ ...scenarios[i], id: `new-${i}` }),
    );
  });

  it('imports 4 scenarios with 40 slides of 2,000-character Chinese notes back identical', () => {
    const chinese = (k: number, length: number) =>
      Array.from({ length }, (_, j) =>
        String.fromCharCode(0x4e00 + ((k * 31 + j * 7) % 20_000)),
      ).join('');
    const note = (k: number) => chinese(k, SLIDE_NOTE_MAX);
    const scenarios = Array.from({ length: 4 }, (_, i) => ({
      ...typicalScenario(i),
      notes: chinese(i, SCENARIO_NOTES_MAX),
      slides: Array.from({ length: SLIDES_MAX }, (_, k) => ({
        panel: PANEL_IDS[k % PANEL_IDS.length],
        note: note(i * SLIDES_MAX + k),
      })),
    }));
    const { text, imported, ms } = roundTrip(scenarios);
    console.log(
      `4 full decks: ${bytes(text).toLocaleString('en-US')} bytes, imported in ${ms.toFixed(0)} ms`,
    );
    expect(bytes(text)).toBeGreaterThan(1_000_000); // over the old 1 MB limit that refused it
    imported.forEach((s, i) => expect(s).toEqual({ ...scenarios[i], id: `new-${i}` }));
  });

  it('renames imported duplicates within the name limit', () => {
    const name = '长'.repeat(SCENARIO_NAME_MAX);
    const { imported } = roundTrip([
      { ...typicalScenario(1), name },
      { ...typicalScenario(2), name },
    ]);
    expect(imported.map((s) => s.name)).toEqual([
      name,
      `${'长'.repeat(SCENARIO_NAME_MAX - 4)} (2)`,
    ]);
  });
});
