import { Injectable } from '@angular/core';
import { IDBPDatabase, openDB } from 'idb';
import { Scenario } from '../scenario';
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
  /** Records that could not be read, skipped (kept in the database untouched). */
  readonly skipped: number;
}

export interface Persistable {
  readonly scenarios: readonly Scenario[];
  readonly activeId: string;
  readonly draft: WorkingDraft;
}

function isScenario(value: unknown): value is Scenario {
  const s = value as Scenario;
  return !!s && typeof s.id === 'string' && typeof s.name === 'string' && !!s.levers && typeof s.levers === 'object';
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
      blocked: () => undefined,
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
      const r = record as ScenarioRecord;
      if (typeof r?.schema === 'number' && r.schema > STORAGE_SCHEMA) newerSchema = true;
      else if (r?.schema === STORAGE_SCHEMA && isScenario(r.scenario)) scenarios.push(r.scenario);
      else skipped++;
    }
    const metaSchema = (await db.get('meta', 'schema')) as number | undefined;
    if (typeof metaSchema === 'number' && metaSchema > STORAGE_SCHEMA) newerSchema = true;
    const draft = (await db.get('meta', 'draft')) as WorkingDraft | undefined;
    const activeId = (await db.get('meta', 'activeId')) as string | undefined;
    this.stored = new Map(scenarios.map((sc) => [sc.id, JSON.stringify(sc)]));
    this.storedMeta = JSON.stringify({ activeId, draft });
    return {
      scenarios,
      activeId: typeof activeId === 'string' ? activeId : null,
      draft: draft && typeof draft === 'object' && draft.levers ? draft : null,
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
    const tx = db.transaction(['scenarios', 'meta'], 'readwrite');
    const store = tx.objectStore('scenarios');
    const metaStore = tx.objectStore('meta');
    await Promise.all([
      ...puts.map((sc) => store.put({ schema: STORAGE_SCHEMA, scenario: sc } satisfies ScenarioRecord)),
      ...deletes.map((id) => store.delete(id)),
      metaStore.put(STORAGE_SCHEMA, 'schema'),
      metaStore.put(next.activeId, 'activeId'),
      metaStore.put(next.draft, 'draft'),
      tx.done,
    ]);
    this.stored = scenarios;
    this.storedMeta = meta;
    return true;
  }
}
