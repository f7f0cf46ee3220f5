/**
 * The scenario manager's files: export writes a versioned JSON file; import reads one and says, in
 * words the analyst can act on, what was added or why nothing was. The file code (and zod) loads
 * only when an analyst exports or imports.
 */
import { downloadText } from '../../export/download';
import { newId } from '../../scenarios/new-id';
import { Scenario } from '../../scenarios/scenario';

const files = () => import('../../scenarios/file/scenario-file');

export async function downloadScenarios(
  document: Document,
  scenarios: readonly Scenario[],
  name: string,
): Promise<void> {
  const { exportScenarios } = await files();
  const now = new Date();
  downloadText(
    document,
    `${name}-${now.toISOString().slice(0, 10)}.json`,
    exportScenarios(scenarios, now),
    'application/json',
  );
}

export type FileOutcome =
  | { readonly ok: true; readonly scenarios: readonly Scenario[]; readonly text: string }
  | { readonly ok: false; readonly text: string };

/**
 * A scenario file read against the names taken; `full` says why the library cannot take this many
 * more (null when it can).
 */
export async function readScenarioFile(
  file: File,
  names: readonly string[],
  full: (adding: number) => string | null,
): Promise<FileOutcome> {
  const { MAX_FILE_BYTES, importScenarios } = await files();
  // Size first: a file over the limit is refused before it is read.
  const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
  const result = importScenarios(text, file.size, [...names], newId, new Date());
  if (!result.ok) return { ok: false, text: `${file.name}: ${result.error} Nothing was imported.` };
  const tooMany = full(result.scenarios.length);
  if (tooMany) return { ok: false, text: `${file.name}: ${tooMany} Nothing was imported.` };
  const added = result.scenarios.map((s) => `“${s.name}”`).join(', ');
  return {
    ok: true,
    scenarios: result.scenarios,
    text: [`Imported ${added}.`, ...result.notes].join(' '),
  };
}
