import { DestroyRef, Injectable, inject } from '@angular/core';
import { EMPTY, Observable, Subject } from 'rxjs';
import { StoredVersion } from './revisions';
import { STORAGE_SCHEMA } from './scenario-db';
import { readStoredVersion } from './stored-record';

/** What a tab tells the others after a write of its own: the versions it stored and the ids it deleted. */
export interface ScenarioNews {
  readonly schema: number;
  readonly stored: readonly StoredVersion[];
  readonly deleted: readonly string[];
}

interface NewsMessage extends ScenarioNews {
  readonly type: 'scenarios-stored';
}

/** A message from another tab, checked like a stored record; null when it is not sound news. */
export function readNews(data: unknown): ScenarioNews | null {
  const m = data as Partial<NewsMessage> | null;
  if (
    m?.type !== 'scenarios-stored' ||
    typeof m.schema !== 'number' ||
    !Array.isArray(m.stored) ||
    !Array.isArray(m.deleted)
  )
    return null;
  const stored = m.stored.map(readStoredVersion);
  if (stored.includes(null)) return null;
  if (!m.deleted.every((id) => typeof id === 'string')) return null;
  return { schema: m.schema, stored: stored as StoredVersion[], deleted: m.deleted };
}

/** Tells other open tabs what this tab stored (BroadcastChannel), and hears theirs. Sends only after a write. */
@Injectable({ providedIn: 'root' })
export class ScenarioChannel {
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('china-tech-dashboard');
  private readonly news = new Subject<ScenarioNews>();
  readonly news$: Observable<ScenarioNews> = this.channel ? this.news.asObservable() : EMPTY;

  constructor() {
    if (this.channel) {
      this.channel.onmessage = ({ data }: MessageEvent<unknown>) => {
        const news = readNews(data);
        if (news) this.news.next(news);
      };
      inject(DestroyRef).onDestroy(() => this.channel?.close());
    }
  }

  announce(stored: readonly StoredVersion[], deleted: readonly string[]): void {
    if (!stored.length && !deleted.length) return;
    this.channel?.postMessage({
      type: 'scenarios-stored',
      schema: STORAGE_SCHEMA,
      stored,
      deleted,
    } satisfies NewsMessage);
  }
}
