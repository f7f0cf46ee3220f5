import { DestroyRef, Injectable, inject } from '@angular/core';
import { EMPTY, Observable, Subject } from 'rxjs';
import { STORAGE_SCHEMA } from './scenario-db';

interface ChangeMessage {
  readonly type: 'scenarios-changed';
  readonly schema: number;
}

/** Tells other open tabs that saved scenarios changed (BroadcastChannel), and hears theirs. */
@Injectable({ providedIn: 'root' })
export class ScenarioChannel {
  private readonly channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('china-tech-dashboard');
  private readonly changes = new Subject<ChangeMessage>();
  readonly changes$: Observable<ChangeMessage> = this.channel ? this.changes.asObservable() : EMPTY;

  constructor() {
    if (this.channel) {
      this.channel.onmessage = ({ data }: MessageEvent<ChangeMessage>) => {
        if (data?.type === 'scenarios-changed') this.changes.next(data);
      };
      inject(DestroyRef).onDestroy(() => this.channel?.close());
    }
  }

  announce(): void {
    this.channel?.postMessage({ type: 'scenarios-changed', schema: STORAGE_SCHEMA } satisfies ChangeMessage);
  }
}
