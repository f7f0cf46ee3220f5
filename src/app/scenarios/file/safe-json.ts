/**
 * JSON from an untrusted file: parsed, then refused if it carries keys that could reach an
 * object's prototype in later merging code, or is nested deeper than any scenario file needs.
 * Pure; never throws.
 */

/** A scenario file nests about 5 levels; 20 leaves room without letting deep input run away. */
export const MAX_DEPTH = 20;

/** Keys that can rewrite a prototype when some later code copies or merges the object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses `text` and checks every key and the depth; the error says where the problem is. */
export function parseUntrustedJson(text: string): JsonResult {
  let value: unknown;
  try {
    // JSON.parse defines "__proto__" as an own data property (it never sets a prototype), so
    // nothing is polluted before the walk below refuses the key.
    value = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${syntaxErrorDetail(error, text)}).` };
  }
  const problem = structureProblem(value, '', 0);
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

/** Editors on Windows often save UTF-8 with a BOM, which JSON.parse refuses. */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The engine's message, with the position added where the engine leaves it out (end of input)
 * and as a line and column, which is what an analyst fixing the file by hand needs.
 */
function syntaxErrorDetail(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of JSON input/i.test(message))
    return `${message} at position ${text.length}${lineAndColumn(text, text.length)}`;
  const position = /at position (\d+)/.exec(message);
  return position && !/line/i.test(message)
    ? `${message}${lineAndColumn(text, Number(position[1]))}`
    : message;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${position - before.lastIndexOf('\n')})`;
}

/** The first forbidden key or excessive depth, depth-first, or null when the value is clean. */
function structureProblem(value: unknown, path: string, depth: number): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH)
    return `The file is nested more than ${MAX_DEPTH} levels deep (at ${shorten(path) || 'the top'}).`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = structureProblem(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key))
      return `The file has a field named “${key}”, which is not allowed (at ${shorten(at)}).`;
    const problem = structureProblem((value as Record<string, unknown>)[key], at, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Paths name keys from the file, which can be of any length. */
function shorten(path: string): string {
  return path.length > 120 ? `…${path.slice(-119)}` : path;
}
