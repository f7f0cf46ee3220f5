/**
 * Revisions of saved scenarios and the three-way merge that keeps several tabs from reverting each
 * other. Every stored scenario carries a revision; a write names the revision it was made on. A
 * write on an old revision is merged field by field (each lever and constant on its own) when the
 * other side changed other fields, and is a conflict the analyst resolves when both changed the same
 * one. Pure: no Angular, no IndexedDB; the database and the in-memory fake of the specs share it.
 */
import { Scenario } from '../scenario';

/**
 * A stored scenario and its revision. Revisions come from one counter for the whole store, so they
 * only grow, also across a delete and a re-creation of the same scenario (an old revision is never
 * mistaken for the current one).
 */
export interface StoredVersion {
  readonly revision: number;
  readonly scenario: Scenario;
}

/** Fields merged as a whole, and fields merged key by key (one lever against another). */
const WHOLE = [
  'name',
  'notes',
  'horizon',
  'customGoals',
  'hiddenGoals',
  'monteCarlo',
  'slides',
] as const;
const KEYED = ['levers', 'constants'] as const;

/** Structural equality of JSON-like values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameValue(x, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(rb, k) &&
      sameValue((a as Record<string, unknown>)[k], rb[k]),
  );
}

/**
 * Whether two versions of a scenario hold the same content (times and ids aside). The pack it was
 * saved on is not content: it is recorded with a change, so switching packs alone writes nothing.
 */
export function sameContent(a: Scenario, b: Scenario): boolean {
  return a === b || [...WHOLE, ...KEYED].every((f) => sameValue(a[f], b[f]));
}

export interface Rebased {
  readonly scenario: Scenario;
  /** Fields (or "levers.rdGrowth") both sides changed to different values. */
  readonly conflicts: readonly string[];
}

/**
 * Mine and theirs both started from base. Each field takes the side that changed it; a field both
 * changed alike is not a conflict. The result keeps mine's identity (id, created time).
 */
export function rebase(base: Scenario, theirs: Scenario, mine: Scenario): Rebased {
  const conflicts: string[] = [];
  const pick = <T>(b: T, t: T, m: T, label: string): T => {
    if (sameValue(m, b)) return t;
    if (sameValue(t, b) || sameValue(t, m)) return m;
    conflicts.push(label);
    return m;
  };
  const out: Record<string, unknown> = { ...mine };
  for (const field of WHOLE)
    out[field] = pick<unknown>(base[field], theirs[field], mine[field], field);
  for (const field of KEYED) {
    const b = base[field] as Record<string, unknown>;
    const t = theirs[field] as Record<string, unknown>;
    const m = mine[field] as Record<string, unknown>;
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) {
      merged[key] = pick(b[key], t[key], m[key], `${field}.${key}`);
    }
    out[field] = sameValue(merged, m) ? m : sameValue(merged, t) ? t : merged;
  }
  // The pack goes with the side that saved a change on it (mine, when both did); never a conflict.
  const pack = sameValue(mine.pack, base.pack) ? theirs.pack : mine.pack;
  delete out['pack'];
  if (pack) out['pack'] = pack;
  const scenario = out as unknown as Scenario;
  const updatedAt = sameContent(scenario, theirs) ? theirs.updatedAt : mine.updatedAt;
  return { scenario: { ...scenario, updatedAt }, conflicts };
}

export interface UpdateOp {
  readonly id: string;
  /** The stored version this tab's change was made on. */
  readonly base: StoredVersion;
  readonly next: Scenario;
}

/** What one write does: new scenarios, changed ones, deleted ones. */
export interface WritePlan {
  readonly creates: readonly Scenario[];
  readonly updates: readonly UpdateOp[];
  readonly deletes: readonly StoredVersion[];
}

export const isEmptyPlan = (plan: WritePlan) =>
  !plan.creates.length && !plan.updates.length && !plan.deletes.length;

/**
 * The writes that bring storage to what this tab holds: scenarios it has that storage has not,
 * changed content, and scenarios this tab deleted (stored, no longer held). Ids in `paused` (an
 * open conflict) are left alone until the analyst decides.
 */
export function planWrites(
  local: readonly Scenario[],
  stored: Readonly<Record<string, StoredVersion>>,
  paused: ReadonlySet<string> = new Set(),
): WritePlan {
  const held = new Set<string>();
  const creates: Scenario[] = [];
  const updates: UpdateOp[] = [];
  for (const scenario of local) {
    held.add(scenario.id);
    if (paused.has(scenario.id)) continue;
    const base = stored[scenario.id];
    if (!base) creates.push(scenario);
    else if (!sameContent(scenario, base.scenario))
      updates.push({ id: scenario.id, base, next: scenario });
  }
  const deletes = Object.values(stored).filter(
    (v) => !held.has(v.scenario.id) && !paused.has(v.scenario.id),
  );
  return { creates, updates, deletes };
}

/** What became of one write, as the tab that made it must know. */
export type WriteOutcome =
  /** Stored at this revision; `sent` is what the tab sent (the base for rebasing later edits). */
  | { readonly kind: 'stored'; readonly sent: Scenario; readonly version: StoredVersion }
  /** Both sides changed the same field: the analyst chooses. */
  | { readonly kind: 'conflict'; readonly mine: Scenario; readonly theirs: StoredVersion }
  /** Deleted elsewhere before this change landed. */
  | { readonly kind: 'gone'; readonly mine: Scenario }
  /** Deleted as asked; `version` is what storage held (maybe newer than this tab knew). */
  | { readonly kind: 'deleted'; readonly id: string; readonly version: StoredVersion | null };

/** The record to write (or delete: null) and the outcome, for one change against what is stored now. */
export interface Decision {
  readonly write?: StoredVersion | null;
  readonly outcome: WriteOutcome;
}

export function decideCreate(
  scenario: Scenario,
  current: StoredVersion | undefined,
  revision: number,
): Decision {
  // The same scenario stored twice (a replayed rescue): nothing to do.
  if (current) {
    return sameContent(current.scenario, scenario)
      ? { outcome: { kind: 'stored', sent: scenario, version: current } }
      : { outcome: { kind: 'conflict', mine: scenario, theirs: current } };
  }
  const version = { revision, scenario };
  return { write: version, outcome: { kind: 'stored', sent: scenario, version } };
}

export function decideUpdate(
  op: UpdateOp,
  current: StoredVersion | undefined,
  revision: number,
): Decision {
  if (!current) return { outcome: { kind: 'gone', mine: op.next } };
  if (current.revision === op.base.revision) {
    const version = { revision, scenario: op.next };
    return { write: version, outcome: { kind: 'stored', sent: op.next, version } };
  }
  const merged = rebase(op.base.scenario, current.scenario, op.next);
  if (merged.conflicts.length)
    return { outcome: { kind: 'conflict', mine: op.next, theirs: current } };
  const version = { revision, scenario: merged.scenario };
  return { write: version, outcome: { kind: 'stored', sent: op.next, version } };
}

export function decideDelete(base: StoredVersion, current: StoredVersion | undefined): Decision {
  return {
    write: current ? null : undefined,
    outcome: { kind: 'deleted', id: base.scenario.id, version: current ?? null },
  };
}
