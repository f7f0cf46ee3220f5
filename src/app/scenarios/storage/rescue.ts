/**
 * The last changes of a page that is closing. An IndexedDB write started while a page unloads does
 * not land (the browser ends the connection), so when the page is hidden the writes still waiting
 * are also kept, synchronously, in localStorage. The next load replays them through the same
 * revision checks as any write (a change made on an old revision is merged or becomes a conflict)
 * and removes them; a write that lands after the page was hidden (a tab switch) removes them too.
 */
import { UpdateOp, WritePlan } from './revisions';
import { TabSession } from './session';
import { readScenario, readSession, readStoredVersion } from './stored-record';

const PREFIX = 'china-tech-dashboard.rescue.';

export interface Rescue {
  readonly key: string;
  readonly at: string;
  readonly plan: WritePlan;
  readonly session: TabSession | null;
}

/** Keeps what is waiting to be written; best effort (a full or missing localStorage keeps nothing). */
export function keepRescue(
  storage: Storage | undefined,
  tab: string,
  plan: WritePlan,
  session: TabSession | null,
  at: string,
): void {
  try {
    storage?.setItem(PREFIX + tab, JSON.stringify({ at, plan, session }));
  } catch {
    // Nothing more can be done while the page closes; the IndexedDB write is still attempted.
  }
}

/** Forgets this tab's rescue when a write that began after it was kept has landed. */
export function dropRescue(
  storage: Storage | undefined,
  tab: string,
  writeStartedAt: string,
): void {
  try {
    const raw = storage?.getItem(PREFIX + tab);
    if (!raw) return;
    const at = (JSON.parse(raw) as { at?: unknown }).at;
    if (typeof at !== 'string' || at <= writeStartedAt) storage?.removeItem(PREFIX + tab);
  } catch {
    // A rescue that cannot be read is dropped by the next load.
  }
}

/** Every rescue kept by any tab, checked like stored records; unreadable ones are listed for removal. */
export function readRescues(storage: Storage | undefined): {
  rescues: Rescue[];
  unreadable: string[];
} {
  const rescues: Rescue[] = [];
  const unreadable: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const rescue = readRescue(key, storage.getItem(key));
      if (rescue) rescues.push(rescue);
      else unreadable.push(key);
    }
  } catch {
    // localStorage blocked: nothing to replay.
  }
  return { rescues, unreadable };
}

export function removeRescues(storage: Storage | undefined, keys: readonly string[]): void {
  try {
    for (const key of keys) storage?.removeItem(key);
  } catch {
    // blocked: nothing was kept there either
  }
}

function readUpdate(value: unknown): UpdateOp | null {
  const u = value as Partial<UpdateOp> | null;
  const base = readStoredVersion(u?.base);
  const next = readScenario(u?.next);
  return base && next && next.id === base.scenario.id ? { id: next.id, base, next } : null;
}

function readRescue(key: string, raw: string | null): Rescue | null {
  try {
    const value = JSON.parse(raw ?? '') as {
      at?: unknown;
      plan?: Partial<Record<keyof WritePlan, unknown[]>>;
      session?: unknown;
    };
    const plan = value.plan;
    if (
      typeof value.at !== 'string' ||
      !plan ||
      ![plan.creates, plan.updates, plan.deletes].every(Array.isArray)
    )
      return null;
    const creates = plan.creates!.map(readScenario);
    const updates = plan.updates!.map(readUpdate);
    const deletes = plan.deletes!.map(readStoredVersion);
    const session = value.session === null ? null : readSession(value.session);
    if ([...creates, ...updates, ...deletes].includes(null)) return null;
    if (value.session !== null && !session) return null;
    return {
      key,
      at: value.at,
      plan: {
        creates: creates as WritePlan['creates'],
        updates: updates as WritePlan['updates'],
        deletes: deletes as WritePlan['deletes'],
      },
      session,
    };
  } catch {
    return null;
  }
}
