/**
 * Several simulated tabs for specs: each has its own NgRx store with the storage effects, its own
 * virtual clock, and its own end of a fake BroadcastChannel; all share one fake database whose
 * writes can be held, so a spec decides when each write commits and when each message arrives.
 * The database decides writes with the same functions as the real one (revisions.ts).
 */
import { ApplicationRef, DOCUMENT, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState, provideStore } from '@ngrx/store';
import { Observable, Subject, VirtualTimeScheduler } from 'rxjs';
import {
  Decision,
  StoredVersion,
  WriteOutcome,
  WritePlan,
  decideCreate,
  decideDelete,
  decideUpdate,
} from '../../../scenarios/storage/revisions';
import { ScenarioChannel, ScenarioNews } from '../../../scenarios/storage/scenario-channel';
import { STORAGE_SCHEMA, ScenarioDb, StoredState } from '../../../scenarios/storage/scenario-db';
import { TabSession } from '../../../scenarios/storage/session';
import { briefingFeature } from '../../briefing/briefing.feature';
import { goalsFeature } from '../../goals/goals.feature';
import { undoRedo } from '../../history/history.reducer';
import { leversFeature } from '../../levers/levers.feature';
import { referenceFeature } from '../../reference/reference.feature';
import { scenariosFeature } from '../../scenarios/scenarios.feature';
import { settingsFeature } from '../../settings/settings.feature';
import { STORAGE_SCHEDULER, TAB_IDENTITY } from '../storage-context';
import * as storageSyncEffects from '../storage-sync.effects';
import * as storageEffects from '../storage.effects';
import { storageFeature } from '../storage.feature';

interface HeldWrite {
  readonly run: () => void;
}

/** One database for every tab: scenario records with revisions and each tab's session. */
export class FakeBackend {
  readonly records = new Map<string, StoredVersion>();
  readonly sessions = new Map<string, TabSession>();
  /** Transactions that wrote something. */
  transactions = 0;
  /** The store's revision counter. */
  private clock = 0;
  /** When true, writes wait in `held` until `commit` runs them (in order). */
  hold = false;
  readonly held: HeldWrite[] = [];
  /** The next n writes fail as a full storage would. */
  failWrites = 0;
  failLoad: unknown = null;
  newerSchema = false;
  /** Called after each commit with the records before and after it. */
  observe:
    | ((
        before: ReadonlyMap<string, StoredVersion>,
        after: ReadonlyMap<string, StoredVersion>,
      ) => void)
    | null = null;

  db(): ScenarioDb {
    const load = async (): Promise<StoredState> => {
      if (this.failLoad) throw this.failLoad;
      const sessions = [...this.sessions.values()].sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : -1,
      );
      return {
        versions: [...this.records.values()],
        sessions,
        newerSchema: this.newerSchema,
        skipped: 0,
      };
    };
    const versions = async (): Promise<StoredVersion[]> => [...this.records.values()];
    const read = async (ids: readonly string[]): Promise<StoredVersion[]> =>
      ids.flatMap((id) => this.records.get(id) ?? []);
    const apply = (plan: WritePlan, session: TabSession | null): Promise<WriteOutcome[]> =>
      new Promise((resolve, reject) => {
        const run = () => {
          if (this.failWrites > 0) {
            this.failWrites--;
            reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return;
          }
          resolve(this.commit(plan, session));
        };
        if (this.hold) this.held.push({ run });
        else run();
      });
    return { load, versions, read, apply } as unknown as ScenarioDb;
  }

  /** Runs every held write, oldest first. */
  release(): number {
    const n = this.held.length;
    for (const write of this.held.splice(0)) write.run();
    return n;
  }

  private commit(plan: WritePlan, session: TabSession | null): WriteOutcome[] {
    const before = new Map(this.records);
    const outcomes: WriteOutcome[] = [];
    const carryOut = (decision: Decision, id: string) => {
      if (decision.write === null) this.records.delete(id);
      else if (decision.write) {
        this.records.set(id, decision.write);
        this.clock = decision.write.revision;
      }
      outcomes.push(decision.outcome);
    };
    for (const s of plan.creates)
      carryOut(decideCreate(s, this.records.get(s.id), this.clock + 1), s.id);
    for (const u of plan.updates)
      carryOut(decideUpdate(u, this.records.get(u.id), this.clock + 1), u.id);
    for (const d of plan.deletes)
      carryOut(decideDelete(d, this.records.get(d.scenario.id)), d.scenario.id);
    if (session) this.sessions.set(session.tab, session);
    this.transactions++;
    this.observe?.(before, this.records);
    return outcomes;
  }
}

/** BroadcastChannel between the tabs: messages wait in each tab's inbox until delivered. */
export class FakeHub {
  readonly ends = new Map<string, FakeChannelEnd>();
  /** Messages sent, in all. */
  sent = 0;

  end(tab: string): FakeChannelEnd {
    const end = new FakeChannelEnd(tab, this);
    this.ends.set(tab, end);
    return end;
  }
}

export class FakeChannelEnd {
  readonly inbox: ScenarioNews[] = [];
  private readonly news = new Subject<ScenarioNews>();
  readonly news$: Observable<ScenarioNews> = this.news.asObservable();

  constructor(
    private readonly tab: string,
    private readonly hub: FakeHub,
  ) {}

  announce(stored: readonly StoredVersion[], deleted: readonly string[]): void {
    if (!stored.length && !deleted.length) return;
    this.hub.sent++;
    for (const [tab, end] of this.hub.ends) {
      if (tab !== this.tab) end.inbox.push({ schema: STORAGE_SCHEMA, stored, deleted });
    }
  }

  deliver(): number {
    const n = this.inbox.length;
    for (const news of this.inbox.splice(0)) this.news.next(news);
    return n;
  }
}

/** Settles promise chains (the fake database answers in microtasks). */
export async function flushMicrotasks(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** One tab: its own application (root injector) with the working slices, scenarios, storage and their effects. */
export class TestTab {
  private constructor(
    readonly id: string,
    readonly channel: FakeChannelEnd,
    readonly scheduler: VirtualTimeScheduler,
    private readonly app: ApplicationRef,
  ) {}

  get store(): Store {
    return this.app.injector.get(Store);
  }

  static async open(id: string, backend: FakeBackend, hub: FakeHub): Promise<TestTab> {
    const channel = hub.end(id);
    const scheduler = new VirtualTimeScheduler();
    const document = Object.assign(new EventTarget(), {
      visibilityState: 'visible',
      defaultView: null,
    });
    const app = await createApplication({
      providers: [
        provideZonelessChangeDetection(),
        provideStore({}, { metaReducers: [undoRedo] }),
        provideState(referenceFeature),
        provideState(leversFeature),
        provideState(settingsFeature),
        provideState(goalsFeature),
        provideState(briefingFeature),
        provideState(scenariosFeature),
        provideState(storageFeature),
        provideEffects(storageEffects, storageSyncEffects),
        { provide: ScenarioDb, useValue: backend.db() },
        { provide: ScenarioChannel, useValue: channel },
        { provide: DOCUMENT, useValue: document },
        { provide: STORAGE_SCHEDULER, useValue: scheduler },
        { provide: TAB_IDENTITY, useValue: { started: id, id } },
      ],
    });
    return new TestTab(id, channel, scheduler, app);
  }

  /** Runs this tab's clock until nothing is scheduled (debounced writes start). */
  tick(): void {
    this.scheduler.flush();
  }

  select<T>(selector: (state: object) => T): T {
    let value!: T;
    this.store
      .select(selector)
      .subscribe((v) => (value = v))
      .unsubscribe();
    return value;
  }

  close(): void {
    this.app.destroy();
  }
}
