import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { newId } from '../new-id';

const TAB_KEY = 'china-tech-dashboard.tab';
const CHANNEL = 'china-tech-dashboard.tabs';

interface TabMessage {
  readonly type: 'claim' | 'taken';
  readonly tab: string;
}

/**
 * This tab's id, under which its session is stored. It lives in sessionStorage, so a reload keeps
 * it; but a duplicated browser tab (or a page opened with window.open) gets a copy of
 * sessionStorage, and with it the same id. So each page claims its id when it starts, and a live
 * tab that holds the same id answers "taken": the newcomer then takes a new id, and the two never
 * write one session record. The newcomer still starts from the session it was copied with.
 */
@Injectable({ providedIn: 'root' })
export class TabIdentity {
  private readonly view = inject(DOCUMENT).defaultView;
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  /** The id this page started with (to find its session). */
  readonly started: string = this.read() ?? this.keep(newId('tab-'));
  private current = this.started;

  constructor() {
    if (!this.channel) return;
    this.channel.onmessage = ({ data }: MessageEvent<Partial<TabMessage> | null>) => {
      if (data?.tab !== this.current) return;
      if (data.type === 'claim')
        this.channel?.postMessage({ type: 'taken', tab: this.current } satisfies TabMessage);
      else if (data.type === 'taken') this.current = this.keep(newId('tab-'));
    };
    this.channel.postMessage({ type: 'claim', tab: this.current } satisfies TabMessage);
    inject(DestroyRef).onDestroy(() => this.channel?.close());
  }

  /** The id to store this tab's session under now. */
  get id(): string {
    return this.current;
  }

  private read(): string | null {
    try {
      return this.view?.sessionStorage.getItem(TAB_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private keep(id: string): string {
    try {
      this.view?.sessionStorage.setItem(TAB_KEY, id);
    } catch {
      // sessionStorage blocked: the id lasts as long as the page
    }
    return id;
  }
}
