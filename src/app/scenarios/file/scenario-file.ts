/**
 * Scenario files: export to JSON with a schema version, and import that validates everything
 * (zod) before anything reaches the store, migrates older versions, and explains any refusal.
 * Pure: no Angular, no DOM. Never throws.
 */
import { z } from 'zod';
import { CONSTANTS_INFO, HORIZON_MAX, HORIZON_MIN, MODEL_VERSION } from '../../model/constants';
import { GOAL_INDICATORS, Goal, validateGoal } from '../../model/goals';
import { DEFAULT_LEVERS, LEVERS } from '../../model/levers';
import { DEFAULT_MONTE_CARLO, PATHS_MAX, PATHS_MIN } from '../../model/monte-carlo';
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { TARGET_SOURCES } from '../../model/sources';
import { Scenario } from '../scenario';

export const SCHEMA_VERSION = 2;
export const APP_ID = 'china-tech-dashboard';
export const MAX_FILE_BYTES = 1_000_000;
const MAX_DEPTH = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportResult = { ok: true; scenarios: Scenario[]; notes: string[] } | { ok: false; error: string };

// ---- schema (version 2) ----------------------------------------------------------------------

const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO date and time');
const indicatorId = z.enum(GOAL_INDICATORS as [string, ...string[]]);

const leversSchema = z.strictObject(
  Object.fromEntries(LEVERS.map((l) => [l.id, z.number().min(l.min).max(l.max)])) as Record<string, z.ZodNumber>,
);

const constantsSchema = z.strictObject(
  Object.fromEntries(
    CONSTANTS_INFO.map((c) => [c.id, c.step === 1 ? z.number().int().min(c.min).max(c.max) : z.number().min(c.min).max(c.max)]),
  ) as Record<string, z.ZodNumber>,
);

const goalBase = {
  id: z.string().min(1).max(80),
  name: z.string().min(1).max(200),
  short: z.string().max(60),
  type: z.literal('custom'),
  indicator: indicatorId,
  deadline: z.number().int(),
};
const comparison = z.enum(['>=', '<=']);
const goalSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...goalBase, kind: z.literal('threshold'), comparison, threshold: z.number() }),
    z.strictObject({ ...goalBase, kind: z.literal('growth'), minGrowth: z.number(), fromYear: z.number().int() }),
    z.strictObject({ ...goalBase, kind: z.literal('parity'), comparison, other: indicatorId }),
  ])
  .superRefine((goal, ctx) => {
    const errors = validateGoal(toGoal(goal as FileGoal));
    for (const message of Object.values(errors)) ctx.addIssue({ code: 'custom', message });
  });

const scenarioSchema = z.strictObject({
  name: z.string().trim().min(1, 'needs a name').max(120),
  notes: z.string().max(10_000),
  levers: leversSchema,
  constants: constantsSchema,
  horizon: z.number().int().min(HORIZON_MIN).max(HORIZON_MAX),
  monteCarlo: z.strictObject({
    paths: z.number().int().min(PATHS_MIN).max(PATHS_MAX),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
  }),
  customGoals: z.array(goalSchema).max(50),
  hiddenGoals: z.array(z.string().max(80)).max(50),
  modelVersion: z.number().int().min(1),
  createdAt: isoDate,
  updatedAt: isoDate,
});

const fileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  app: z.literal(APP_ID),
  exportedAt: isoDate,
  scenarios: z.array(scenarioSchema).min(1, 'holds no scenario').max(200),
});

type FileScenario = z.infer<typeof scenarioSchema>;
/** A goal as written to a file: without its source, which import sets to the analyst's. */
type FileGoal = Goal extends infer G ? (G extends Goal ? Omit<G, 'source'> : never) : never;

function toGoal(goal: FileGoal): Goal {
  return { ...goal, source: TARGET_SOURCES.analystGoal } as Goal;
}

// ---- export ---------------------------------------------------------------------------------

function goalForFile(goal: Goal): FileGoal {
  const base = { id: goal.id, name: goal.name, short: goal.short, type: goal.type, indicator: goal.indicator, deadline: goal.deadline };
  switch (goal.kind) {
    case 'threshold':
      return { ...base, kind: 'threshold', comparison: goal.comparison, threshold: goal.threshold };
    case 'growth':
      return { ...base, kind: 'growth', minGrowth: goal.minGrowth, fromYear: goal.fromYear };
    case 'parity':
      return { ...base, kind: 'parity', comparison: goal.comparison, other: goal.other };
  }
}

/** The scenario as written to a file: fields in a fixed order, without id and preset flag. */
function scenarioForFile(s: Scenario): FileScenario {
  return {
    name: s.name,
    notes: s.notes,
    levers: Object.fromEntries(LEVERS.map((l) => [l.id, s.levers[l.id]])),
    constants: Object.fromEntries(CONSTANTS_INFO.map((c) => [c.id, s.constants[c.id]])),
    horizon: s.horizon,
    monteCarlo: { paths: s.monteCarlo.paths, seed: s.monteCarlo.seed },
    customGoals: s.customGoals.map(goalForFile),
    hiddenGoals: [...s.hiddenGoals],
    modelVersion: s.modelVersion,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  } as FileScenario;
}

export function exportScenarios(scenarios: readonly Scenario[], now: Date): string {
  const file = { schemaVersion: SCHEMA_VERSION, app: APP_ID, exportedAt: now.toISOString(), scenarios: scenarios.map(scenarioForFile) };
  return JSON.stringify(file, null, 2) + '\n';
}

// ---- migrations -----------------------------------------------------------------------------

/** From each older schema to the next; a file is carried through every step from its version on. */
export const MIGRATIONS: readonly { from: number; to: number; migrate(doc: Record<string, unknown>, now: Date): Record<string, unknown> }[] = [
  {
    // v1 (first release): name, levers (only those set), horizon, notes, dates.
    from: 1,
    to: 2,
    migrate: (doc, now) => ({
      schemaVersion: 2,
      app: APP_ID,
      exportedAt: typeof doc['exportedAt'] === 'string' ? doc['exportedAt'] : now.toISOString(),
      scenarios: Array.isArray(doc['scenarios'])
        ? doc['scenarios'].map((raw) => {
            const s = (raw ?? {}) as Record<string, unknown>;
            const levers = s['levers'] && typeof s['levers'] === 'object' ? (s['levers'] as Record<string, unknown>) : {};
            return {
              name: s['name'],
              notes: s['notes'] ?? '',
              levers: { ...DEFAULT_LEVERS, ...levers },
              constants: DEFAULT_CONSTANTS,
              horizon: s['horizon'],
              monteCarlo: DEFAULT_MONTE_CARLO,
              customGoals: [],
              hiddenGoals: [],
              modelVersion: 1,
              createdAt: s['createdAt'] ?? now.toISOString(),
              updatedAt: s['updatedAt'] ?? now.toISOString(),
            };
          })
        : doc['scenarios'],
    }),
  },
];

// ---- import ---------------------------------------------------------------------------------

class FileProblem extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text, function (key) {
      if (FORBIDDEN_KEYS.has(key)) throw new FileProblem(`The file has a field named “${key}”, which is not allowed.`);
      return (this as Record<string, unknown>)[key];
    });
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`The file is not valid JSON (${(error as Error).message}).`);
  }
}

function checkDepth(value: unknown, depth = 0): void {
  if (depth > MAX_DEPTH) throw new FileProblem(`The file is nested more than ${MAX_DEPTH} levels deep.`);
  if (value && typeof value === 'object') for (const v of Object.values(value)) checkDepth(v, depth + 1);
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), doc);
}

function describeIssue(issue: z.core.$ZodIssue, doc: unknown): string {
  const path = [...issue.path];
  let where = 'The file';
  if (path[0] === 'scenarios' && typeof path[1] === 'number') {
    const name = valueAt(doc, ['scenarios', path[1], 'name']);
    where = `Scenario ${path[1] + 1}${typeof name === 'string' && name.trim() ? ` (“${name.slice(0, 60)}”)` : ''}`;
    path.splice(0, 2);
  }
  const field = path.map(String).join('.');
  const got = valueAt(doc, issue.path);
  const shown = got === undefined ? 'missing' : JSON.stringify(got)?.slice(0, 40);
  let reason: string;
  switch (issue.code) {
    case 'too_big':
      reason = `must be at most ${issue.maximum}`;
      break;
    case 'too_small':
      reason = issue.origin === 'array' || issue.origin === 'string' ? issue.message : `must be at least ${issue.minimum}`;
      break;
    case 'unrecognized_keys':
      reason = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
      break;
    case 'invalid_type':
      reason = `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
      break;
    default:
      reason = issue.message;
  }
  const subject = field ? `${where}: ${field}` : where;
  return issue.code === 'unrecognized_keys' ? `${subject} ${reason}.` : `${subject} ${reason} (got ${shown}).`;
}

function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}

export function importScenarios(
  text: string,
  byteLength: number,
  existingNames: readonly string[],
  newId: () => string,
  now: Date,
): ImportResult {
  try {
    if (byteLength > MAX_FILE_BYTES) {
      throw new FileProblem(`The file is ${megabytes(byteLength)}; scenario files are at most ${megabytes(MAX_FILE_BYTES)}.`);
    }
    let doc = parse(text);
    checkDepth(doc);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new FileProblem('The file is not a scenario file (expected an object with “schemaVersion”).');
    const version = (doc as Record<string, unknown>)['schemaVersion'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new FileProblem('The file has no valid “schemaVersion”; it is not a scenario file from this dashboard.');
    }
    if (version > SCHEMA_VERSION) {
      throw new FileProblem(`This file was written by a newer version of the dashboard (schema ${version}); this version reads up to ${SCHEMA_VERSION}.`);
    }
    const notes: string[] = [];
    for (const m of MIGRATIONS) {
      if ((doc as Record<string, unknown>)['schemaVersion'] === m.from) doc = m.migrate(doc as Record<string, unknown>, now);
    }
    if (version < SCHEMA_VERSION) notes.push(`Read from schema ${version} and brought up to date.`);
    const parsed = fileSchema.safeParse(doc);
    if (!parsed.success) {
      const messages = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, doc));
      const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more problems)` : '';
      throw new FileProblem(messages.join(' ') + more);
    }
    const taken = new Set(existingNames);
    const scenarios = parsed.data.scenarios.map((s): Scenario => {
      const name = freeName(s.name, taken);
      if (name !== s.name) notes.push(`“${s.name}” was renamed “${name}” (the name was taken).`);
      taken.add(name);
      if (s.modelVersion !== MODEL_VERSION) notes.push(`“${name}” was made with model version ${s.modelVersion}; it now runs on version ${MODEL_VERSION}.`);
      return {
        ...(s as unknown as Omit<Scenario, 'id' | 'preset' | 'customGoals'>),
        name,
        customGoals: s.customGoals.map((g) => toGoal(g as FileGoal)),
        id: newId(),
        preset: false,
      };
    });
    return { ok: true, scenarios, notes };
  } catch (error) {
    return { ok: false, error: error instanceof FileProblem ? error.message : `The file could not be read (${(error as Error)?.message ?? 'unknown error'}).` };
  }
}
