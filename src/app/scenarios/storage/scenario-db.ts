import { Injectable } from '@angular/core';
import { IDBPDatabase, IDBPTransaction, openDB } from 'idb';
import { Scenario } from '../scenario';
import { readDraft, readScenario } from './stored-record';
import { WorkingDraft } from './working-draft';

export const DB_NAME = 'china-tech-dashboard';
/** Schema of the stored records; a tab never writes over records from a newer schema. */
export const STORAGE_SCHEMA = 1;

interface ScenarioRecord {
  readonly schema: number;
  readonly scenario: Scenario;
}

export interface StoredState {
  readonly scenarios: Scenario[];
  readonly activeId: string | null;
  readonly draft: WorkingDraft | null;
  /** Records newer than this tab understands: it must not write. */
  readonly newerSchema: boolean;
  /** Records (scenarios or the draft) that could not be read, skipped (kept in the database untouched). */
  readonly skipped: number;
}

export interface Persistable {
  readonly scenarios: readonly Scenario[];
  readonly activeId: string;
  readonly draft: WorkingDraft;
}

/** Saved scenarios and the working draft in IndexedDB (through idb). */
@Injectable({ providedIn: 'root' })
export class ScenarioDb {
  private db: Promise<IDBPDatabase> | null = null;
  /** What storage holds, as this tab last read or wrote it: scenario id → JSON, and the meta JSON. */
  private stored = new Map<string, string>();
  private storedMeta = '';

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
    const scenarios: Scenario[] = [];
    for (const record of records) {
      const r = record as Partial<ScenarioRecord> | null;
      const scenario = r?.schema === STORAGE_SCHEMA ? readScenario(r.scenario) : null;
      if (typeof r?.schema === 'number' && r.schema > STORAGE_SCHEMA) newerSchema = true;
      else if (scenario) scenarios.push(scenario);
      else skipped++;
    }
    const metaSchema = (await db.get('meta', 'schema')) as number | undefined;
    if (typeof metaSchema === 'number' && metaSchema > STORAGE_SCHEMA) newerSchema = true;
    const storedDraft: unknown = await db.get('meta', 'draft');
    const draft = readDraft(storedDraft);
    if (storedDraft !== undefined && storedDraft !== null && !draft) skipped++;
    const activeId: unknown = await db.get('meta', 'activeId');
    this.stored = new Map(scenarios.map((sc) => [sc.id, JSON.stringify(sc)]));
    this.storedMeta = JSON.stringify({ activeId, draft });
    return {
      scenarios,
      activeId: typeof activeId === 'string' ? activeId : null,
      draft,
      newerSchema,
      skipped,
    };
  }

  /**
   * Writes what changed since storage was last read or written, in one transaction: all of it
   * lands, or none. Resolves to whether anything was written.
   */
  async write(next: Persistable): Promise<boolean> {
    const scenarios = new Map(next.scenarios.map((sc) => [sc.id, JSON.stringify(sc)]));
    const puts = next.scenarios.filter((sc) => this.stored.get(sc.id) !== scenarios.get(sc.id));
    const deletes = [...this.stored.keys()].filter((id) => !scenarios.has(id));
    const meta = JSON.stringify({ activeId: next.activeId, draft: next.draft });
    if (!puts.length && !deletes.length && meta === this.storedMeta) return false;
    const db = await this.open();
    let tx: IDBPTransaction<unknown, ['scenarios', 'meta'], 'readwrite'>;
    try {
      tx = db.transaction(['scenarios', 'meta'], 'readwrite');
    } catch (error) {
      // The connection was closed under us (InvalidStateError): the retry opens a new one.
      this.db = null;
      throw error;
    }
    // Every request's promise, gathered as they are made, so that a failure part-way can still
    // settle (and silence) the ones already made.
    const pending: Promise<unknown>[] = [tx.done];
    try {
      const store = tx.objectStore('scenarios');
      const metaStore = tx.objectStore('meta');
      for (const sc of puts) pending.push(store.put({ schema: STORAGE_SCHEMA, scenario: sc } satisfies ScenarioRecord));
      for (const id of deletes) pending.push(store.delete(id));
      pending.push(metaStore.put(STORAGE_SCHEMA, 'schema'), metaStore.put(next.activeId, 'activeId'), metaStore.put(next.draft, 'draft'));
      await Promise.all(pending);
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
    this.stored = scenarios;
    this.storedMeta = meta;
    return true;
  }
}
