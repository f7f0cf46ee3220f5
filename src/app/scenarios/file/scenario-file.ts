/**
 * Scenario files: export to JSON with a schema version, and import that checks everything (size,
 * JSON, prototype keys, depth, schema version, every field with zod) before the store sees
 * anything, migrates older versions, and explains any refusal. Pure: no Angular, no DOM.
 * `importScenarios` never throws.
 */
import { formatCount, formatMegabytes } from '../../format/number';
import { MODEL_VERSION } from '../../model/constants';
import { MAX_FILE_BYTES } from '../../model/limits';
import { plainText } from '../../model/plain-text';
import { Scenario } from '../scenario';
import { freeName } from '../scenario-names';
import { describeIssues } from './file-issues';
import {
  APP_ID,
  FileScenario,
  SCHEMA_VERSION,
  ScenarioFile,
  fromFileScenario,
  scenarioFileSchema,
  toFileScenario,
} from './file-schema';
import { migrateToCurrent } from './migrations';
import { parseUntrustedJson } from './safe-json';

export { APP_ID, SCHEMA_VERSION } from './file-schema';
export { MIGRATIONS } from './migrations';
export type { Migration } from './migrations';

/** The largest backup the app can write (see limits.ts), so every backup imports. */
export { MAX_FILE_BYTES } from '../../model/limits';

export type ImportResult =
  { ok: true; scenarios: Scenario[]; notes: string[] } | { ok: false; error: string };
interface Refusal {
  ok: false;
  error: string;
}

/** Presets go out like any scenario; id and preset flag stay behind (import assigns them). */
export function exportScenarios(scenarios: readonly Scenario[], now: Date): string {
  const file: ScenarioFile = {
    schemaVersion: SCHEMA_VERSION,
    app: APP_ID,
    exportedAt: now.toISOString(),
    scenarios: scenarios.map(toFileScenario),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads a scenario file. `byteLength` is the file's size, checked before the text is parsed;
 * `existingNames` are the names already in use, which imported scenarios do not take.
 */
export function importScenarios(
  text: string,
  byteLength: number,
  existingNames: readonly string[],
  newId: () => string,
  now: Date,
): ImportResult {
  try {
    return readScenarioFile(text, byteLength, existingNames, newId, now);
  } catch (error) {
    // Nothing above is expected to throw; if something does (newId, say), refuse rather than crash.
    return refuse(
      `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

function readScenarioFile(
  text: string,
  byteLength: number,
  existingNames: readonly string[],
  newId: () => string,
  now: Date,
): ImportResult {
  const size = sizeProblem(Math.max(byteLength, text.length));
  if (size) return refuse(size);
  const json = parseUntrustedJson(text);
  if (!json.ok) return json;
  const version = schemaVersionOf(json.value);
  if (typeof version === 'string') return refuse(version);
  const migrated = migrateToCurrent(json.value, version, now);
  if (!migrated.ok) return migrated;
  const checked = scenarioFileSchema.safeParse(migrated.doc);
  if (!checked.success) return refuse(describeIssues(checked.error.issues, migrated.doc));
  const notes = [...migrated.notes];
  const scenarios = admit(checked.data.scenarios, existingNames, newId, notes);
  return { ok: true, scenarios, notes };
}

function refuse(error: string): Refusal {
  return { ok: false, error };
}

function sizeProblem(bytes: number): string | null {
  if (!(bytes > MAX_FILE_BYTES)) return null;
  return `The file is ${megabytes(bytes)}; scenario files are at most ${megabytes(MAX_FILE_BYTES)}.`;
}

/** One decimal in MB, unless that would show a file just over the limit as the limit itself. */
function megabytes(bytes: number): string {
  const mb = formatMegabytes(bytes);
  return bytes !== MAX_FILE_BYTES && mb === formatMegabytes(MAX_FILE_BYTES)
    ? `${formatCount(bytes)} bytes`
    : mb;
}

/** The file's schema version, or why the file cannot be a scenario file this version reads. */
function schemaVersionOf(doc: unknown): number | string {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return 'The file is not a scenario file (expected an object with “schemaVersion” and “scenarios”).';
  }
  const version = (doc as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'The file has no valid “schemaVersion”, so it is not a scenario file from this dashboard.';
  }
  if (version > SCHEMA_VERSION) {
    return `This file was written by a newer version of the dashboard (schema ${version}); this version reads up to ${SCHEMA_VERSION}.`;
  }
  return version;
}

/** Fresh ids, free names and notes on anything the analyst should know about. */
function admit(
  scenarios: readonly FileScenario[],
  existingNames: readonly string[],
  newId: () => string,
  notes: string[],
): Scenario[] {
  const taken = new Set(existingNames);
  return scenarios.map((s) => {
    // Within the name limit even with " (2)" added; without characters no export could show.
    const clean = plainText(s.name).trim() || 'Imported scenario';
    const name = freeName(clean, taken);
    taken.add(name);
    if (name !== s.name) {
      const why = clean === s.name ? 'the name was taken' : 'it held characters no export can show';
      notes.push(`“${s.name}” was renamed “${name}” (${why}).`);
    }
    if (s.modelVersion !== MODEL_VERSION) {
      notes.push(
        `“${name}” was made with model version ${s.modelVersion}; it now runs on version ${MODEL_VERSION}, so its numbers may differ.`,
      );
    }
    return fromFileScenario(s, newId(), name);
  });
}
