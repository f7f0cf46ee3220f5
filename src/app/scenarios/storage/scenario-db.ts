import { Injectable } from '@angular/core';
import { IDBPDatabase, IDBPTransaction, openDB } from 'idb';
import { PRESETS, Scenario } from '../scenario';
import {
  Decision,
  StoredVersion,
  WriteOutcome,
  WritePlan,
  decideCreate,
  decideDelete,
  decideUpdate,
} from './revisions';
import { TabSession } from './session';
import { readDraft, readScenario, readSession } from './stored-record';
import { differsFrom } from './working-draft';

export const DB_NAME = 'china-tech-dashboard';
/**
 * Schema of the stored records; a tab never writes over records from a newer schema.
 * 1: scenarios without revisions, one shared working draft. 2: revisions, one session per tab.
 */
export const STORAGE_SCHEMA = 2;
const SESSION_PREFIX = 'session:';
/** The store's revision counter, in `meta`. */
const REVISION_KEY = 'revision';
/** Sessions kept for tabs that are gone: a new tab continues from the newest. */
const SESSIONS_KEPT = 20;

interface ScenarioRecord {
  readonly schema: number;
  readonly revision?: number;
  readonly scenario: Scenario;
}

export interface StoredState {
  readonly versions: StoredVersion[];
  /** Every tab's session, newest first. */
  readonly sessions: TabSession[];
  /** Records newer than this tab understands: it must not write. */
  readonly newerSchema: boolean;
  /** Records (scenarios or sessions) that could not be read, skipped (kept in the database untouched). */
  readonly skipped: number;
}

type Tx = IDBPTransaction<unknown, ['scenarios', 'meta'], 'readwrite'>;

/** A stored scenario record, checked; schema-1 records count as revision 1. */
function readVersion(record: unknown): StoredVersion | 'newer' | null {
  const r = record as Partial<ScenarioRecord> | null;
  if (typeof r?.schema !== 'number') return null;
  if (r.schema > STORAGE_SCHEMA) return 'newer';
  const revision = r.schema === 1 ? 1 : r.revision;
  const scenario = readScenario(r.scenario);
  return scenario && Number.isInteger(revision) && (revision as number) > 0
    ? { revision: revision as number, scenario }
    : null;
}

/** The single working draft of schema 1, as the session of a tab that is gone. */
function legacySession(
  activeId: unknown,
  draftValue: unknown,
  versions: readonly StoredVersion[],
): TabSession | null {
  const draft = readDraft(draftValue);
  if (typeof activeId !== 'string' || !draft) return null;
  const session = {
    tab: 'legacy',
    activeId,
    unsaved: null,
    draft: null,
    pending: null,
    base: null,
    updatedAt: '',
  };
  const preset = PRESETS.find((p) => p.id === activeId);
  if (preset) return { ...session, draft };
  const stored = versions.find((v) => v.scenario.id === activeId)?.scenario;
  if (!stored) return null;
  return differsFrom(draft, stored)
    ? { ...session, pending: { ...stored, ...draft }, base: stored }
    : session;
}

/** Saved scenarios, with revisions, and each tab's session in IndexedDB (through idb). */
@Injectable({ providedIn: 'root' })
export class ScenarioDb {
  private db: Promise<IDBPDatabase> | null = null;

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('scenarios', { keyPath: 'scenario.id' });
        db.createObjectStore('meta');
      },
      // An open that stays blocked is given up on by the load effect's time limit.
      blocked: () => undefined,
      // Another tab wants a newer schema: step aside; the next write reopens (and fails, reported).
      blocking: (_current, _next, event) => {
        (event.target as IDBDatabase).close();
        this.db = null;
      },
      // The browser closed the connection (storage cleared, disk error): reopen on the next write.
      terminated: () => {
        this.db = null;
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  async load(): Promise<StoredState> {
    const db = await this.open();
    const records = (await db.getAll('scenarios')) as unknown[];
    let newerSchema = false;
    let skipped = 0;
    const versions: StoredVersion[] = [];
    for (const record of records) {
      const version = readVersion(record);
      if (version === 'newer') newerSchema = true;
      else if (version) versions.push(version);
      else skipped++;
    }
    const metaSchema = (await db.get('meta', 'schema')) as number | undefined;
    if (typeof metaSchema === 'number' && metaSchema > STORAGE_SCHEMA) newerSchema = true;
    const sessions: TabSession[] = [];
    const range = IDBKeyRange.bound(SESSION_PREFIX, `${SESSION_PREFIX}\uffff`);
    for (const value of (await db.getAll('meta', range)) as unknown[]) {
      const session = readSession(value);
      if (session) sessions.push(session);
      else skipped++;
    }
    if (!sessions.length) {
      const storedDraft: unknown = await db.get('meta', 'draft');
      const legacy = legacySession(await db.get('meta', 'activeId'), storedDraft, versions);
      if (legacy) sessions.push(legacy);
      else if (storedDraft !== undefined && storedDraft !== null) skipped++;
    }
    sessions.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return { versions, sessions, newerSchema, skipped };
  }

  /** Reads the stored scenarios again (to catch up with changes other tabs made while this one slept). */
  async versions(): Promise<StoredVersion[]> {
    return (await this.load()).versions;
  }

  /** The stored versions of some scenarios (those not stored are left out): what news from another tab is checked against. */
  async read(ids: readonly string[]): Promise<StoredVersion[]> {
    const db = await this.open();
    const tx = db.transaction('scenarios');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return found.map(readVersion).filter((v): v is StoredVersion => v !== null && v !== 'newer');
  }

  /**
   * Applies a plan in one transaction: each change is checked against the revision stored now
   * (a change made on an old revision is merged or reported as a conflict, never written over),
   * and the tab's session is saved with it. All of it lands, or none.
   */
  async apply(plan: WritePlan, session: TabSession | null): Promise<WriteOutcome[]> {
    const db = await this.open();
    let tx: Tx;
    try {
      tx = db.transaction(['scenarios', 'meta'], 'readwrite') as unknown as Tx;
    } catch (error) {
      // The connection was closed under us (InvalidStateError): the retry opens a new one.
      this.db = null;
      throw error;
    }
    const pending: Promise<unknown>[] = [tx.done];
    try {
      const outcomes = await this.applyIn(tx, plan, session, pending);
      await Promise.all(pending);
      return outcomes;
    } catch (error) {
      for (const p of pending) p.catch(() => undefined);
      // All or nothing: what was queued before the failure must not commit on its own.
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      // A request fails with a bare AbortError when the transaction aborts; the transaction's own
      // error says why (QuotaExceededError when storage is full).
      throw tx.error ?? error;
    }
  }

  private async applyIn(
    tx: Tx,
    plan: WritePlan,
    session: TabSession | null,
    pending: Promise<unknown>[],
  ): Promise<WriteOutcome[]> {
    const store = tx.objectStore('scenarios');
    const meta = tx.objectStore('meta');
    const current = async (id: string) => {
      const version = readVersion(await store.get(id));
      if (version === 'newer') {
        throw new DOMException(
          'A newer version of the dashboard stored this scenario.',
          'VersionError',
        );
      }
      return version ?? undefined;
    };
    // The store's revision counter (set from the records the first time, for stores written before it).
    let clock = (await meta.get(REVISION_KEY)) as number | undefined;
    if (typeof clock !== 'number') {
      const all = ((await store.getAll()) as unknown[]).map(readVersion);
      clock = Math.max(0, ...all.map((v) => (v && v !== 'newer' ? v.revision : 0)));
    }
    const carryOut = (decision: Decision, id: string) => {
      if (decision.write === null) pending.push(store.delete(id));
      else if (decision.write) {
        const { revision, scenario } = decision.write;
        pending.push(
          store.put({ schema: STORAGE_SCHEMA, revision, scenario } satisfies ScenarioRecord),
        );
        clock = Math.max(clock as number, revision);
      }
      return decision.outcome;
    };
    const outcomes: WriteOutcome[] = [];
    for (const scenario of plan.creates) {
      outcomes.push(
        carryOut(decideCreate(scenario, await current(scenario.id), clock + 1), scenario.id),
      );
    }
    for (const op of plan.updates)
      outcomes.push(carryOut(decideUpdate(op, await current(op.id), clock + 1), op.id));
    for (const base of plan.deletes) {
      const id = base.scenario.id;
      outcomes.push(carryOut(decideDelete(base, await current(id)), id));
    }
    pending.push(meta.put(clock, REVISION_KEY));
    if (session) await this.saveSession(tx, session, pending);
    return outcomes;
  }

  private async saveSession(
    tx: Tx,
    session: TabSession,
    pending: Promise<unknown>[],
  ): Promise<void> {
    const meta = tx.objectStore('meta');
    pending.push(
      meta.put(STORAGE_SCHEMA, 'schema'),
      meta.put(session, SESSION_PREFIX + session.tab),
    );
    const keys = (await meta.getAllKeys(
      IDBKeyRange.bound(SESSION_PREFIX, `${SESSION_PREFIX}\uffff`),
    )) as string[];
    if (keys.length <= SESSIONS_KEPT) return;
    const others = (
      await Promise.all(
        keys.map(async (key) => ({
          key,
          value: (await meta.get(key)) as Partial<TabSession> | undefined,
        })),
      )
    )
      .filter((s) => s.key !== SESSION_PREFIX + session.tab)
      .sort((a, b) =>
        String(b.value?.updatedAt ?? '').localeCompare(String(a.value?.updatedAt ?? '')),
      );
    for (const old of others.slice(SESSIONS_KEPT - 1)) pending.push(meta.delete(old.key));
  }
}
