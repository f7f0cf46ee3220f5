/**
 * zod issues as sentences an analyst can act on: which scenario (number and name), which field,
 * what it must be and what the file had, e.g.
 * `Scenario 2 (“Slowdown”): levers.rdGrowth must be at most 15 (got 99).`
 */
import { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** How many problems to spell out; the rest are counted, so one bad file does not flood the screen. */
const SHOWN_ISSUES = 3;

const TYPE_NAMES: Record<string, string> = {
  number: 'a finite number',
  int: 'a whole number',
  string: 'text',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

/** Containers whose unknown keys have a better name than "field". */
const KEY_NOUNS: Record<string, string> = { levers: 'lever', constants: 'constant' };

export function describeIssues(issues: readonly Issue[], doc: unknown): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => describeIssue(issue, doc));
  const rest = issues.length - shown.length;
  return shown.join(' ') + (rest > 0 ? ` (and ${rest} more problem${rest > 1 ? 's' : ''})` : '');
}

export function describeIssue(issue: Issue, doc: unknown): string {
  const { where, fieldPath } = locate(issue.path, doc);
  const field = formatPath(fieldPath);
  if (issue.code === 'unrecognized_keys') return `${where}: ${unknownKeys(issue.keys, fieldPath)}.`;
  const got = valueAt(doc, issue.path);
  const subject = field ? `${where}: ${field}` : where;
  if (got === undefined) return `${subject} is missing.`;
  if (issue.code === 'custom')
    return `${subject}${customReason(issue.message)} (got ${show(got)}).`;
  return `${subject} ${reason(issue)}${evidence(issue, got)}.`;
}

/** What the file had: the value itself, or for a list or text of the wrong size, its size. */
function evidence(issue: Issue, got: unknown): string {
  const sizeIssue = issue.code === 'too_big' || issue.code === 'too_small';
  if (sizeIssue && Array.isArray(got)) return got.length ? ` (it has ${got.length})` : '';
  // Blank text is shown as written: a length would not explain "must not be empty".
  if (sizeIssue && typeof got === 'string' && got.trim()) return ` (it has ${got.length})`;
  return ` (got ${show(got)})`;
}

/** "Scenario 2 (“Name”)" and the path inside it, or "The file" and the whole path. */
function locate(
  path: readonly PathKey[],
  doc: unknown,
): { where: string; fieldPath: readonly PathKey[] } {
  if (path[0] !== 'scenarios' || typeof path[1] !== 'number')
    return { where: 'The file', fieldPath: path };
  const name = valueAt(doc, ['scenarios', path[1], 'name']);
  const label = typeof name === 'string' && name.trim() ? ` (“${clip(name.trim(), 60)}”)` : '';
  return { where: `Scenario ${path[1] + 1}${label}`, fieldPath: path.slice(2) };
}

function unknownKeys(keys: readonly string[], path: readonly PathKey[]): string {
  const container = path[path.length - 1];
  const noun =
    (typeof container === 'string' && path.length === 1 && KEY_NOUNS[container]) || 'field';
  const list = keys
    .slice(0, 5)
    .map((key) => `“${clip(key, 40)}”`)
    .join(', ');
  const where = path.length && noun === 'field' ? ` in ${formatPath(path)}` : '';
  return `unknown ${noun}${keys.length > 1 ? 's' : ''} ${list}${keys.length > 5 ? ', …' : ''}${where}`;
}

function reason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${unitOf(issue.origin)}`;
    case 'too_small':
      return (issue.origin === 'string' || issue.origin === 'array') && issue.minimum === 1
        ? 'must not be empty'
        : `must be at least ${issue.minimum}${unitOf(issue.origin)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'must be an ISO 8601 date and time, like 2026-01-31T09:00:00.000Z'
        : `must be a valid ${issue.format}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `must be ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`
        : 'does not match any allowed form';
    default:
      return lowerFirst(issue.message);
  }
}

/** Our own reasons read on from the field ("is …"); the goal editor's are whole sentences. */
function customReason(message: string): string {
  const text = message.replace(/\.$/, '');
  return /^[a-z]/.test(text) ? ` ${text}` : `: ${text}`;
}

function unitOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array') return ' items';
  return '';
}

/** `levers.rdGrowth`, `customGoals[0].deadline`. */
function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

function valueAt(doc: unknown, path: readonly PathKey[]): unknown {
  let value = doc;
  for (const key of path) {
    if (
      value === null ||
      typeof value !== 'object' ||
      !Object.prototype.hasOwnProperty.call(value, key)
    )
      return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The value as the file wrote it, short; non-finite numbers by name (JSON would say null). */
function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return clip(JSON.stringify(value) ?? String(value), 40);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
