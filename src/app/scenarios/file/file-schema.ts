/**
 * The current scenario file format (schema 3) as a zod schema, and the mapping between a
 * `Scenario` and its form in a file. Older formats reach this one through `migrations.ts`.
 */
// First: no eval-based parsers under the CSP (see the file).
import './zod-jitless';
import { z } from 'zod';
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
import { PATHS_MAX, PATHS_MIN } from '../../model/monte-carlo';
import { TARGET_SOURCES } from '../../model/sources';
import { SLIDES_MAX, SLIDE_NOTE_MAX, PANEL_IDS } from '../../briefing/slides';
import { PanelId } from '../../charts/panels';
import { Scenario } from '../scenario';

export const SCHEMA_VERSION = 3;
export const APP_ID = 'china-tech-dashboard';
export const NAME_MAX = 120;
export const NOTES_MAX = 10_000;
export const SEED_MAX = 2 ** 31 - 1;
/** Generous caps so a hostile file cannot make validation or the store do unbounded work. */
const SCENARIOS_MAX = 200;
const GOALS_MAX = 50;
const ID_MAX = 80;

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
  id: z.string().min(1).max(ID_MAX),
  // validateGoal holds the real limit on the trimmed name; this only bounds the work.
  name: z.string().max(NAME_MAX * 2),
  short: z.string().max(60),
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

const scenarioSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(NAME_MAX),
    notes: z.string().max(NOTES_MAX),
    levers: leversSchema,
    constants: constantsSchema,
    horizon: z.number().int().min(HORIZON_MIN).max(HORIZON_MAX),
    monteCarlo: z.strictObject({
      paths: z.number().int().min(PATHS_MIN).max(PATHS_MAX),
      seed: z.number().int().min(0).max(SEED_MAX),
    }),
    customGoals: z.array(goalSchema).max(GOALS_MAX),
    hiddenGoals: z.array(z.string().max(ID_MAX)).max(GOALS_MAX),
    slides: z.array(slideSchema).max(SLIDES_MAX),
    modelVersion: z.number().int().min(1),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
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

/** Fields in a fixed order, so a file exported twice from the same scenarios is the same text. */
function toFileGoal(goal: Goal): FileGoal {
  const base = {
    id: goal.id,
    name: goal.name,
    short: goal.short,
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

export function toFileScenario(s: Scenario): FileScenario {
  return {
    name: s.name,
    notes: s.notes,
    levers: Object.fromEntries(LEVERS.map((lever) => [lever.id, s.levers[lever.id]])) as Record<
      LeverId,
      number
    >,
    constants: Object.fromEntries(CONSTANTS_INFO.map((c) => [c.id, s.constants[c.id]])) as Record<
      ConstantId,
      number
    >,
    horizon: s.horizon,
    monteCarlo: { paths: s.monteCarlo.paths, seed: s.monteCarlo.seed },
    customGoals: s.customGoals.map(toFileGoal),
    hiddenGoals: [...s.hiddenGoals],
    slides: s.slides.map((slide) => ({ panel: slide.panel, note: slide.note })),
    modelVersion: s.modelVersion,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
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
  };
}
