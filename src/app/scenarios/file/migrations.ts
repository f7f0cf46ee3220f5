/**
 * Migrations of scenario files from older schemas, applied in order until the file reaches
 * SCHEMA_VERSION. Each step only reshapes: validation happens once, on the result, so a bad field
 * is reported the same way whatever version the file was written in.
 */
import { DEFAULT_CONSTANTS } from '../../model/constants';
import { DEFAULT_LEVERS } from '../../model/levers';
import { DEFAULT_MONTE_CARLO } from '../../model/monte-carlo';
import { DEFAULT_SLIDES } from '../slides';
import { APP_ID, SCHEMA_VERSION } from './file-schema';

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What the analyst should know about files of schema `from`. */
  readonly note: string;
  /** `now` stands in for times an older file did not record. */
  migrate(doc: unknown, now: Date): unknown;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Schema 1 (first release): `{ schemaVersion: 1, scenarios: [{ name, levers, horizon, notes?,
 * createdAt?, updatedAt? }] }`, levers holding only those the analyst changed; no constants, goals,
 * hidden goals, Monte Carlo settings or model version (all files then ran on model version 1).
 */
function scenarioFromV1(raw: unknown, now: Date): unknown {
  // Anything but an object goes on unchanged, so validation names it rather than it vanishing.
  if (!isObject(raw)) return raw;
  const createdAt = raw['createdAt'] ?? now.toISOString();
  return {
    notes: '',
    constants: DEFAULT_CONSTANTS,
    customGoals: [],
    hiddenGoals: [],
    monteCarlo: DEFAULT_MONTE_CARLO,
    modelVersion: 1,
    createdAt,
    updatedAt: createdAt,
    // Unknown fields pass through so that validation refuses them by name.
    ...raw,
    levers:
      raw['levers'] === undefined
        ? DEFAULT_LEVERS
        : isObject(raw['levers'])
          ? { ...DEFAULT_LEVERS, ...raw['levers'] }
          : raw['levers'],
  };
}

function fileFromV1(doc: unknown, now: Date): unknown {
  if (!isObject(doc)) return doc;
  const scenarios = doc['scenarios'];
  return {
    app: APP_ID,
    exportedAt: now.toISOString(),
    ...doc,
    schemaVersion: 2,
    scenarios: Array.isArray(scenarios) ? scenarios.map((s) => scenarioFromV1(s, now)) : scenarios,
  };
}

/** Schema 2 had no briefing slides: each scenario gets the default deck, every panel without notes. */
function fileFromV2(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  const scenarios = doc['scenarios'];
  return {
    ...doc,
    schemaVersion: 3,
    scenarios: Array.isArray(scenarios)
      ? scenarios.map((s: unknown) => (isObject(s) ? { slides: DEFAULT_SLIDES, ...s } : s))
      : scenarios,
  };
}

/** Ordered by `from`; each step's `to` is the next step's `from`, ending at SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    note: 'model constants, goals and Monte Carlo settings take their defaults',
    migrate: fileFromV1,
  },
  {
    from: 2,
    to: 3,
    note: 'each scenario gets the default briefing deck (every panel, no notes)',
    migrate: fileFromV2,
  },
];

export type MigrationResult =
  { ok: true; doc: unknown; notes: string[] } | { ok: false; error: string };

/** Carries a document of schema `version` up to SCHEMA_VERSION, saying what was done. */
export function migrateToCurrent(doc: unknown, version: number, now: Date): MigrationResult {
  const notes: string[] = [];
  let current = doc;
  let at = version;
  for (const step of MIGRATIONS) {
    if (step.from !== at) continue;
    current = step.migrate(current, now);
    notes.push(`Migrated from schema ${step.from} to ${step.to}: ${step.note}.`);
    at = step.to;
  }
  if (at !== SCHEMA_VERSION)
    return {
      ok: false,
      error: `Files of schema ${version} cannot be read by this version of the dashboard.`,
    };
  return { ok: true, doc: current, notes };
}
