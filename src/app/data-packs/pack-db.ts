/**
 * Imported data packs kept in IndexedDB (through idb), beside the scenarios in a database of
 * their own, so adding packs never upgrades the scenarios' database under an open tab. A pack is
 * stored as the JSON its export writes and read back through the same validation as a file: a
 * record that does not read is reported and left untouched, never shown half-read. Packs are
 * immutable (the id is a hash of their figures), so two tabs keeping the same pack agree.
 */
import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { IDBPDatabase, openDB } from 'idb';
import { EMPTY, Observable, Subject } from 'rxjs';
import { DataPack, PackIdentity, SHIPPED_PACK } from '../model/data-pack';

export const PACK_DB_NAME = 'china-tech-dashboard-packs';
const PACK_RECORD_SCHEMA = 1;
const ACTIVE_KEY = 'active';
/** This tab's own choice, kept across its reloads: another tab's later choice does not move it. */
export const TAB_ACTIVE_KEY = 'china-tech-dashboard:pack-in-force';

interface PackRecord extends PackIdentity {
  readonly schema: number;
  /** When this browser kept it (ISO time): the list shows the newest first. */
  readonly keptAt: string;
  /** The pack as its JSON export. */
  readonly json: string;
}

export interface KeptPacks {
  readonly stored: PackIdentity[];
  /** The pack this tab had in force (else the one chosen last in any tab); null for the shipped one. */
  readonly activeId: string | null;
  /** Records that are not packs this version can read (kept untouched). */
  readonly skipped: number;
}

export type PackReadResult = { ok: true; pack: DataPack } | { ok: false; errors: string[] };

function identityOf(record: unknown): PackIdentity | null {
  const r = record as Partial<PackRecord> | null;
  return r?.schema === PACK_RECORD_SCHEMA &&
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.asOf === 'string' &&
    typeof r.json === 'string'
    ? { id: r.id, name: r.name, asOf: r.asOf }
    : null;
}

@Injectable({ providedIn: 'root' })
export class PackDb {
  private db: Promise<IDBPDatabase> | null = null;
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PACK_DB_NAME);
  private readonly changes = new Subject<void>();
  private readonly document = inject(DOCUMENT);
  /** Another tab kept or removed a pack. */
  readonly changed$: Observable<void> = this.channel ? this.changes.asObservable() : EMPTY;

  constructor() {
    if (this.channel) {
      this.channel.onmessage = () => this.changes.next();
      inject(DestroyRef).onDestroy(() => this.channel?.close());
    }
  }

  async list(): Promise<KeptPacks> {
    const db = await this.open();
    const records = (await db.getAll('packs')) as unknown[];
    const stored = records
      .map((record) => ({ record: record as PackRecord, identity: identityOf(record) }))
      .filter((r): r is { record: PackRecord; identity: PackIdentity } => r.identity !== null)
      .sort((a, b) => (a.record.keptAt < b.record.keptAt ? 1 : -1))
      .map((r) => r.identity);
    const active = this.tabChoice() ?? ((await db.get('meta', ACTIVE_KEY)) as unknown);
    return {
      stored,
      activeId: typeof active === 'string' && active !== SHIPPED_PACK.id ? active : null,
      skipped: records.length - stored.length,
    };
  }

  /** A kept pack, read and checked as a file would be. */
  async read(id: string): Promise<PackReadResult> {
    const db = await this.open();
    const record = (await db.get('packs', id)) as unknown;
    const identity = identityOf(record);
    if (!identity) return { ok: false, errors: ['The data pack is not kept in this browser.'] };
    const { readDataPack } = await import('./data-pack-file');
    const read = readDataPack((record as PackRecord).json, identity.name, SHIPPED_PACK);
    // The pack keeps the identity it was kept under: scenarios and links name it by that id.
    return read.ok ? { ok: true, pack: { ...read.pack, ...identity } } : read;
  }

  async keep(pack: DataPack, keptAt: string): Promise<void> {
    const { writeDataPackJson } = await import('./data-pack-file');
    const record: PackRecord = {
      schema: PACK_RECORD_SCHEMA,
      id: pack.id,
      name: pack.name,
      asOf: pack.asOf,
      keptAt,
      json: writeDataPackJson(pack),
    };
    const db = await this.open();
    await db.put('packs', record);
    this.channel?.postMessage('changed');
  }

  async remove(id: string): Promise<void> {
    const db = await this.open();
    await db.delete('packs', id);
    this.channel?.postMessage('changed');
  }

  async setActive(id: string): Promise<void> {
    try {
      this.document.defaultView?.sessionStorage.setItem(TAB_ACTIVE_KEY, id);
    } catch {
      // Storage blocked: the choice shared by all tabs still holds.
    }
    const db = await this.open();
    await db.put('meta', id, ACTIVE_KEY);
  }

  private tabChoice(): string | null {
    try {
      return this.document.defaultView?.sessionStorage.getItem(TAB_ACTIVE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(PACK_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
      blocking: (_current, _next, event) => {
        (event.target as IDBDatabase).close();
        this.db = null;
      },
      terminated: () => {
        this.db = null;
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }
}
