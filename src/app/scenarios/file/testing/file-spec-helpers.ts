/** Helpers and fast-check arbitraries shared by the scenario-file specs. */
import fc from 'fast-check';
import { leverValues } from '../../../model/arbitraries';
import { CONSTANTS_INFO, HORIZON_MAX, HORIZON_MIN, ModelConstants } from '../../../model/constants';
import { PackIdentity } from '../../../model/data-pack';
import {
  DEADLINE_MAX,
  DEADLINE_MIN,
  GOALS,
  GOAL_INDICATORS,
  Goal,
  validateGoal,
} from '../../../model/goals';
import {
  CUSTOM_GOALS_MAX,
  PACK_NAME_MAX,
  PATHS_MAX,
  PATHS_MIN,
  SCENARIO_NAME_MAX,
  SEED_MAX,
  SLIDES_MAX,
} from '../../../model/limits';
import { plainText } from '../../../model/plain-text';
import { TARGET_SOURCES } from '../../../model/sources';
import { badPackId, packDate, packId } from '../../link/link-arbitraries';
import { Scenario } from '../../scenario';
import { PANEL_IDS } from '../../slides';
import { SCENARIO_FILE_V2 } from '../fixtures/scenario-v2';
import { ImportResult, importScenarios } from '../scenario-file';

export const NOW = new Date('2026-11-28T12:00:00.000Z');
export const bytes = (text: string) => new TextEncoder().encode(text).length;
export const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** Ids id-1, id-2, … counted afresh for each import, so expectations can name them. */
export function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

export function load(text: string, existing: readonly string[] = []): ImportResult {
  return importScenarios(text, bytes(text), existing, counter(), NOW);
}

export function loaded(
  text: string,
  existing: readonly string[] = [],
): { scenarios: Scenario[]; notes: string[] } {
  const result = load(text, existing);
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.error}`);
  return result;
}

export function refusal(text: string): string {
  const result = load(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

export function notPolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBeFalse();
}

/** The v2 fixture with one substring replaced; throws if the fixture lacks it, so no case passes vacuously. */
export function v2With(from: string, to: string): string {
  if (!SCENARIO_FILE_V2.includes(from)) throw new Error(`the v2 fixture has no ${from}`);
  return SCENARIO_FILE_V2.replace(from, to);
}

// ---- arbitraries ---------------------------------------------------------------------------

/** Text as the app keeps it: any unicode but the characters XML forbids (see plain-text.ts). */
export const textArb = (maxLength: number) =>
  fc.string({ unit: 'binary', maxLength }).map(plainText);

/** Names as the app stores them: trimmed, 1–120 characters, any unicode XML allows. */
export const nameArb = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 60 })
  .map((s) => plainText(s).trim())
  .filter((s) => s.length > 0 && s.length <= SCENARIO_NAME_MAX);

export const constantsArb = fc.record(
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
export const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
export const indicatorArb = fc.constantFrom(...GOAL_INDICATORS);

export const goalArb: fc.Arbitrary<Goal> = fc
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

export const isoArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00.000Z'),
    max: new Date('2100-01-01T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

/** A pack as scenarios record it: an id by the rule, a name within the limit, a date or none. */
export const packArb: fc.Arbitrary<PackIdentity> = fc.record({
  id: packId,
  name: fc
    .string({ unit: 'binary', minLength: 1, maxLength: PACK_NAME_MAX })
    .map(plainText)
    .filter((name) => name.trim().length > 0 && name.length <= PACK_NAME_MAX),
  asOf: fc.oneof(packDate, fc.constant('')),
});

/** A pack field as a damaged record or a hand-edited file may hold it. */
export const badPackArb: fc.Arbitrary<unknown> = fc.oneof(
  packArb.chain((pack) =>
    fc.oneof(
      badPackId.map((id) => ({ ...pack, id })),
      fc
        .constantFrom('', ' ', 'x'.repeat(PACK_NAME_MAX + 1), 'a\u0001')
        .map((name) => ({ ...pack, name })),
      fc
        .constantFrom('May 2026', '2026-13', '2026-02-30', '26', 'x')
        .map((asOf) => ({ ...pack, asOf })),
      fc.constant({ ...pack, extra: 1 }),
      fc.constant({ id: pack.id }),
    ),
  ),
  fc.jsonValue(),
);

const scenarioFields: fc.Arbitrary<Scenario> = fc.record({
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

/** Any valid scenario; most name the pack they were saved on, some (older ones) none. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(scenarioFields, fc.option(packArb, { nil: undefined }))
  .map(([scenario, pack]) => (pack ? { ...scenario, pack } : scenario));

/**
 * Scenarios as a store may hold them, beyond what this version lets anyone make: kept from older
 * versions or damaged records (long names, control characters, too many slides or goals, stale
 * hidden ids, seeds out of range, unreadable dates). Export must still write a file import takes.
 */
export const dirtyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
export const dirtyGoalArb = fc
  .tuple(goalArb, fc.string({ unit: 'binary', minLength: 1, maxLength: 130 }), dirtyText(70))
  .map(([goal, name, short]): Goal => ({ ...goal, name, short }))
  .filter((goal) => Object.keys(validateGoal(goal)).length === 0);
export const dirtyScenarioArb: fc.Arbitrary<Scenario> = fc
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
    pack: fc.option(badPackArb, { nil: undefined }),
  })
  .map(({ base, slideNotes, seed, pack, ...dirty }) => ({
    ...base,
    ...dirty,
    ...(pack === undefined ? {} : { pack: pack as PackIdentity }),
    slides: slideNotes.map((note, i) => ({ panel: PANEL_IDS[i % PANEL_IDS.length], note })),
    monteCarlo: { ...base.monteCarlo, seed },
  }));

/** Several scenarios with distinct names, so no import renames them. */
export const scenariosArb = fc.uniqueArray(scenarioArb, {
  minLength: 1,
  maxLength: 3,
  selector: (s) => s.name,
});

export const MIGRATED_2_TO_3 =
  'Migrated from schema 2 to 3: each scenario gets the default briefing deck (every panel, no notes).';
