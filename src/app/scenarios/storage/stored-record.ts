/**
 * Records read back from IndexedDB are untrusted: another version of the app, an extension, a
 * browser bug or a half-finished write may have left anything there. These checks let the app
 * use what is sound and leave the rest alone (in the database, untouched). Pure; never throws.
 * No zod here: it would pull the file-import code into the first download.
 */
import { CONSTANTS_INFO, HORIZON_MAX, HORIZON_MIN } from '../../model/constants';
import { Goal, validateGoal } from '../../model/goals';
import { LEVERS } from '../../model/levers';
import { PATHS_MAX, PATHS_MIN, SCENARIO_NAME_MAX, SEED_MAX } from '../../model/limits';
import { cutText } from '../../model/plain-text';
import { Scenario } from '../scenario';
import { readPack } from '../scenario-pack';
import { StoredVersion } from './revisions';
import { TabSession } from './session';
import { WorkingDraft } from './working-draft';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Every lever present as a finite number (clamped into its range, which may have changed). */
function levers(v: unknown): Record<string, number> | null {
  if (!isObject(v)) return null;
  const out: Record<string, number> = {};
  for (const lever of LEVERS) {
    const x = v[lever.id];
    if (!isFinite(x)) return null;
    out[lever.id] = Math.min(lever.max, Math.max(lever.min, x));
  }
  return out;
}

function constants(v: unknown): Record<string, number> | null {
  if (!isObject(v)) return null;
  const out: Record<string, number> = {};
  for (const c of CONSTANTS_INFO) {
    const x = v[c.id];
    if (!isFinite(x)) return null;
    out[c.id] = Math.min(c.max, Math.max(c.min, x));
  }
  return out;
}

function goals(v: unknown): Goal[] | null {
  if (!Array.isArray(v)) return null;
  for (const g of v) {
    if (
      !isObject(g) ||
      typeof g['id'] !== 'string' ||
      typeof g['name'] !== 'string' ||
      typeof g['short'] !== 'string'
    )
      return null;
    if (!['threshold', 'growth', 'parity'].includes(g['kind'] as string)) return null;
    try {
      if (Object.keys(validateGoal(g as unknown as Goal)).length) return null;
    } catch {
      return null;
    }
  }
  return v as Goal[];
}

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const horizon = (v: unknown) =>
  Number.isInteger(v) && (v as number) >= HORIZON_MIN && (v as number) <= HORIZON_MAX;
/** Paths within today's range; the seed whole, clamped into range as levers are. */
function monteCarlo(v: unknown): { paths: number; seed: number } | null {
  if (!isObject(v) || !Number.isInteger(v['paths']) || !Number.isInteger(v['seed'])) return null;
  const paths = v['paths'] as number;
  if (paths < PATHS_MIN || paths > PATHS_MAX) return null;
  const seed = Math.min(SEED_MAX, Math.max(0, v['seed'] as number));
  return seed === v['seed'] ? (v as { paths: number; seed: number }) : { ...v, paths, seed };
}

/**
 * The working draft's model inputs, checked; null when any is missing or of the wrong type.
 * Fields this module does not know (added by later features) pass through as they are.
 */
export function readDraft(value: unknown): WorkingDraft | null {
  if (!isObject(value)) return null;
  const l = levers(value['levers']);
  const c = constants(value['constants']);
  const g = goals(value['customGoals']);
  const mc = monteCarlo(value['monteCarlo']);
  if (!l || !c || !g || !mc || !horizon(value['horizon']) || !strings(value['hiddenGoals']))
    return null;
  return {
    ...value,
    levers: l,
    constants: c,
    customGoals: g,
    monteCarlo: mc,
  } as unknown as WorkingDraft;
}

/**
 * A stored scenario, checked like the draft plus its identity, dates and pack; null when unsound. A name
 * longer than the limit the manager and the file schema share (left by an older version, which
 * let Duplicate pass it) is shortened, not a reason to drop the scenario.
 */
export function readScenario(value: unknown): Scenario | null {
  if (!isObject(value)) return null;
  const { id, name, notes, modelVersion, createdAt, updatedAt } = value;
  if (typeof id !== 'string' || !id || typeof name !== 'string' || !name.trim()) return null;
  if (
    typeof notes !== 'string' ||
    !isFinite(modelVersion) ||
    typeof createdAt !== 'string' ||
    typeof updatedAt !== 'string'
  )
    return null;
  const draft = readDraft(value);
  if (!draft) return null;
  const shortName =
    name.length > SCENARIO_NAME_MAX ? cutText(name.trim(), SCENARIO_NAME_MAX).trimEnd() : name;
  // The pack only labels the numbers: a damaged one is dropped, the scenario kept.
  const out: Loose = { ...value, ...draft, name: shortName, preset: false };
  const pack = readPack(value['pack']);
  if (pack) out['pack'] = pack;
  else delete out['pack'];
  return out as unknown as Scenario;
}

/** A tab's session, checked; null when unsound (a damaged or foreign record is never used). */
export function readSession(value: unknown): TabSession | null {
  if (!isObject(value)) return null;
  const { tab, activeId, unsaved, draft, pending, base, updatedAt } = value;
  if (typeof tab !== 'string' || typeof activeId !== 'string' || typeof updatedAt !== 'string')
    return null;
  const scenarioOrNull = (v: unknown) => (v === null ? null : (readScenario(v) ?? undefined));
  const session = {
    tab,
    activeId,
    unsaved: scenarioOrNull(unsaved),
    draft: draft === null ? null : (readDraft(draft) ?? undefined),
    pending: scenarioOrNull(pending),
    base: scenarioOrNull(base),
    updatedAt,
  };
  return Object.values(session).includes(undefined) ? null : (session as TabSession);
}

/** A stored version carried outside IndexedDB (a message between tabs, a rescue): a sound scenario and a positive whole revision. */
export function readStoredVersion(value: unknown): StoredVersion | null {
  const v = value as Partial<StoredVersion> | null;
  const scenario = readScenario(v?.scenario);
  const revision = v?.revision;
  return scenario && Number.isInteger(revision) && (revision as number) > 0
    ? { revision: revision as number, scenario }
    : null;
}
