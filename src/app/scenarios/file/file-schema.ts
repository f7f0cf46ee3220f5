/**
 * The current scenario file format (schema 3) as a zod schema, and the mapping between a
 * `Scenario` and its form in a file. Older formats reach this one through `migrations.ts`.
 */
// First: no eval-based parsers under the CSP (see the file).
import './zod-jitless';
import { z } from 'zod';
import { PanelId } from '../../charts/panel-specs';
import {
  CONSTANTS_INFO,
  ConstantId,
  HORIZON_MAX,
  HORIZON_MIN,
  ModelConstants,
} from '../../model/constants';
import { GOALS, GOAL_INDICATORS, Goal, GoalErrors, validateGoal } from '../../model/goals';
import { IndicatorId } from '../../model/indicators';
import { LEVERS, LeverId, LeverValues } from '../../model/levers';
import {
  CUSTOM_GOALS_MAX,
  GOAL_ID_MAX,
  GOAL_NAME_MAX,
  GOAL_SHORT_MAX,
  HIDDEN_GOALS_MAX,
  PACK_NAME_MAX,
  PATHS_MAX,
  PATHS_MIN,
  SCENARIOS_MAX,
  SCENARIO_NAME_MAX,
  SCENARIO_NOTES_MAX,
  SEED_MAX,
  SLIDES_MAX,
  SLIDE_NOTE_MAX,
} from '../../model/limits';
import { cutText, plainText } from '../../model/plain-text';
import { TARGET_SOURCES } from '../../model/sources';
import { Scenario } from '../scenario';
import { fitName } from '../scenario-names';
import { PACK_ID_RULE, isPackDate, isPackId, isPackName, readPack } from '../scenario-pack';
import { PANEL_IDS } from '../slides';

export const SCHEMA_VERSION = 3;
export const APP_ID = 'china-tech-dashboard';

// zod 4's z.number() refuses NaN and ±Infinity, so 1e400 (parsed as Infinity) fails here too.
const between = (min: number, max: number) => z.number().min(min).max(max);
const isoDateTime = z.iso.datetime({ offset: true });

const leversSchema = z.strictObject(
  Object.fromEntries(LEVERS.map((lever) => [lever.id, between(lever.min, lever.max)])) as Record<
    LeverId,
    z.ZodNumber
  >,
);

// A constant edited in whole steps (the talent lag, in years) must be a whole number.
const constantsSchema = z.strictObject(
  Object.fromEntries(
    CONSTANTS_INFO.map((c) => [
      c.id,
      c.step === 1 ? between(c.min, c.max).int() : between(c.min, c.max),
    ]),
  ) as Record<ConstantId, z.ZodNumber>,
);

const indicatorId = z.enum(GOAL_INDICATORS as [IndicatorId, ...IndicatorId[]]);
const comparison = z.enum(['>=', '<=']);
const goalBase = {
  id: z.string().min(1).max(GOAL_ID_MAX),
  // validateGoal holds the real limit on the trimmed name; this only bounds the work.
  name: z.string().max(GOAL_NAME_MAX * 2),
  short: z.string().max(GOAL_SHORT_MAX),
  type: z.literal('custom'),
  indicator: indicatorId,
  deadline: z.number().int(),
};

const goalSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...goalBase,
      kind: z.literal('threshold'),
      comparison,
      threshold: z.number(),
    }),
    z.strictObject({
      ...goalBase,
      kind: z.literal('growth'),
      minGrowth: z.number(),
      fromYear: z.number().int(),
    }),
    z.strictObject({ ...goalBase, kind: z.literal('parity'), comparison, other: indicatorId }),
  ])
  .superRefine((goal, ctx) => {
    // The same rules as the goal editor, so a file cannot hold a goal the app could not save.
    const errors = validateGoal(fromFileGoal(goal));
    for (const [field, message] of Object.entries(errors) as [keyof GoalErrors, string][]) {
      ctx.addIssue({
        code: 'custom',
        message,
        path: [field === 'threshold' && goal.kind === 'growth' ? 'minGrowth' : field],
      });
    }
  });

const OFFICIAL_GOAL_IDS = new Set(GOALS.map((goal) => goal.id));

/** Goal ids key hidden goals and Monte Carlo results, so they must not repeat or shadow official ones. */
function checkGoalIds(goals: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  goals.forEach((goal, i) => {
    if (OFFICIAL_GOAL_IDS.has(goal.id))
      ctx.addIssue({
        code: 'custom',
        message: 'is the id of an official goal',
        path: ['customGoals', i, 'id'],
      });
    else if (seen.has(goal.id))
      ctx.addIssue({
        code: 'custom',
        message: 'repeats the id of another goal',
        path: ['customGoals', i, 'id'],
      });
    seen.add(goal.id);
  });
}

const slideSchema = z.strictObject({
  panel: z.enum(PANEL_IDS as [PanelId, ...PanelId[]]),
  note: z.string().max(SLIDE_NOTE_MAX),
});

/** The data pack the scenario was saved on (files from before packs name none). */
const packSchema = z.strictObject({
  id: z.string().refine(isPackId, `is not a data pack id (${PACK_ID_RULE} characters)`),
  name: z
    .string()
    .refine(isPackName, `must be visible text of at most ${PACK_NAME_MAX} characters`),
  asOf: z.string().refine(isPackDate, 'must be a date like 2026, 2026-05 or 2026-05-19'),
});

const scenarioSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(SCENARIO_NAME_MAX),
    notes: z.string().max(SCENARIO_NOTES_MAX),
    levers: leversSchema,
    constants: constantsSchema,
    horizon: z.number().int().min(HORIZON_MIN).max(HORIZON_MAX),
    monteCarlo: z.strictObject({
      paths: z.number().int().min(PATHS_MIN).max(PATHS_MAX),
      seed: z.number().int().min(0).max(SEED_MAX),
    }),
    customGoals: z.array(goalSchema).max(CUSTOM_GOALS_MAX),
    hiddenGoals: z.array(z.string().max(GOAL_ID_MAX)).max(HIDDEN_GOALS_MAX),
    slides: z.array(slideSchema).max(SLIDES_MAX),
    modelVersion: z.number().int().min(1),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    pack: packSchema.optional(),
  })
  .superRefine((scenario, ctx) => checkGoalIds(scenario.customGoals, ctx));

export const scenarioFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  app: z.literal(APP_ID),
  exportedAt: isoDateTime,
  scenarios: z.array(scenarioSchema).min(1).max(SCENARIOS_MAX),
});

/** A scenario as a file holds it: no id or preset flag, which the importer assigns. */
export type FileScenario = z.output<typeof scenarioSchema>;
/** A goal as a file holds it: no source, since every custom goal's source is the analyst. */
export type FileGoal = z.output<typeof goalSchema>;
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

export function fromFileGoal(goal: FileGoal): Goal {
  return { ...goal, source: TARGET_SOURCES.analystGoal };
}

/**
 * What the app writes must be what it reads back, so export brings anything the schema would
 * refuse within the limits: records kept from older versions, text pasted with control
 * characters, a seed from a damaged record. A scenario made in this version passes unchanged.
 */

/** Text without the characters XML forbids (see plain-text.ts), cut to `max`. */
const fileText = (text: string, max: number) => cutText(plainText(text), max);

/** A name the schema takes: trimmed, 1 to SCENARIO_NAME_MAX characters. */
function fileName(name: string, fallback: string, max: number): string {
  return fitName(plainText(name).trim(), max) || fallback;
}

const wholeIn = (x: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(Number.isFinite(x) ? x : min)));
/** The date written for a scenario whose stored date is unreadable. */
const EPOCH = new Date(0).toISOString();
/** The stored date as it is when the schema takes it at its usual length, else as the app writes dates. */
function fileDate(text: string, fallback: string): string {
  if (text.length <= 29 && isoDateTime.safeParse(text).success) return text;
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : fallback;
}

/** Fields in a fixed order, so a file exported twice from the same scenarios is the same text. */
function toFileGoal(goal: Goal): FileGoal {
  const base = {
    id: goal.id,
    name: fileName(goal.name, 'Goal', GOAL_NAME_MAX),
    short: fileText(goal.short, GOAL_SHORT_MAX),
    type: 'custom' as const,
    indicator: goal.indicator,
    deadline: goal.deadline,
  };
  switch (goal.kind) {
    case 'threshold':
      return { ...base, kind: 'threshold', comparison: goal.comparison, threshold: goal.threshold };
    case 'growth':
      return { ...base, kind: 'growth', minGrowth: goal.minGrowth, fromYear: goal.fromYear };
    case 'parity':
      return { ...base, kind: 'parity', comparison: goal.comparison, other: goal.other };
  }
}

/** Custom goals the schema takes (ids unique, not an official goal's, within length), at most CUSTOM_GOALS_MAX. */
function fileGoals(goals: readonly Goal[]): FileGoal[] {
  const seen = new Set<string>(OFFICIAL_GOAL_IDS);
  const kept = goals.filter((goal) => {
    const fresh =
      goal.id.length > 0 &&
      goal.id.length <= GOAL_ID_MAX &&
      plainText(goal.id) === goal.id &&
      !seen.has(goal.id);
    seen.add(goal.id);
    return fresh;
  });
  return kept.slice(0, CUSTOM_GOALS_MAX).map(toFileGoal);
}

/** Ids of goals the scenario has, once each: an id left by a deleted goal hides nothing. */
function fileHiddenGoals(hidden: readonly string[], customGoals: readonly FileGoal[]): string[] {
  const known = new Set([...OFFICIAL_GOAL_IDS, ...customGoals.map((goal) => goal.id)]);
  return [...new Set(hidden)].filter((id) => known.has(id)).slice(0, HIDDEN_GOALS_MAX);
}

export function toFileScenario(s: Scenario): FileScenario {
  const customGoals = fileGoals(s.customGoals);
  // A pack the schema would refuse (from a damaged record) is left out, not written.
  const pack = readPack(s.pack);
  return {
    name: fileName(s.name, 'Scenario', SCENARIO_NAME_MAX),
    notes: fileText(s.notes, SCENARIO_NOTES_MAX),
    levers: Object.fromEntries(LEVERS.map((lever) => [lever.id, s.levers[lever.id]])) as Record<
      LeverId,
      number
    >,
    constants: Object.fromEntries(CONSTANTS_INFO.map((c) => [c.id, s.constants[c.id]])) as Record<
      ConstantId,
      number
    >,
    horizon: s.horizon,
    monteCarlo: {
      paths: wholeIn(s.monteCarlo.paths, PATHS_MIN, PATHS_MAX),
      seed: wholeIn(s.monteCarlo.seed, 0, SEED_MAX),
    },
    customGoals,
    hiddenGoals: fileHiddenGoals(s.hiddenGoals, customGoals),
    slides: s.slides
      .slice(0, SLIDES_MAX)
      .map((slide) => ({ panel: slide.panel, note: fileText(slide.note, SLIDE_NOTE_MAX) })),
    modelVersion: wholeIn(s.modelVersion, 1, Number.MAX_SAFE_INTEGER),
    createdAt: fileDate(s.createdAt, EPOCH),
    updatedAt: fileDate(s.updatedAt, fileDate(s.createdAt, EPOCH)),
    ...(pack ? { pack } : {}),
  };
}

/** The imported scenario: a fresh id, never a preset (presets are built in, not imported). */
export function fromFileScenario(s: FileScenario, id: string, name: string): Scenario {
  return {
    id,
    name,
    levers: s.levers as LeverValues,
    constants: s.constants as ModelConstants,
    horizon: s.horizon,
    customGoals: s.customGoals.map(fromFileGoal),
    hiddenGoals: s.hiddenGoals,
    monteCarlo: s.monteCarlo,
    slides: s.slides,
    notes: s.notes,
    modelVersion: s.modelVersion,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    preset: false,
    ...(s.pack ? { pack: s.pack } : {}),
  };
}
