/**
 * The world of the model-based storage specs: two or more simulated tabs on one fake database,
 * and the log of edits that every commit is checked against (see storage-sync.model.spec.ts).
 *
 * Every edit writes a value no other edit wrote, so each value in storage can be traced to the edit
 * that made it. Checked at every commit: storage never takes a value no edit made (a link's values,
 * say), never goes back to a value older than the one it holds unless an edit (an undo) made that
 * value again, and never loses a scenario nobody deleted. Checked at the end, once every write,
 * message and conflict is settled: all tabs hold what storage holds.
 */
import { Scenario } from '../../../scenarios/scenario';
import { StoredVersion } from '../../../scenarios/storage/revisions';
import { scenariosFeature } from '../../scenarios/scenarios.feature';
import { selectLocalScenarios, selectWriteInputs } from '../../scenarios/scenarios.selectors';
import { FakeBackend, FakeHub, TestTab, flushMicrotasks } from './tab-harness';

export type LeverKey = 'rdGrowth' | 'gdpGrowth';
export const FIELDS = ['name', 'notes', 'levers.rdGrowth', 'levers.gdpGrowth'] as const;
export type Field = (typeof FIELDS)[number];

export const fieldOf = (s: Scenario, f: Field): unknown =>
  f.startsWith('levers.') ? s.levers[f.slice(7) as LeverKey] : s[f as 'name' | 'notes'];

interface Edit {
  readonly seq: number;
  readonly value: unknown;
  readonly on: readonly unknown[];
  /** Made by "Undo delete": brings a deleted scenario back, makes no value anew in a stored one. */
  readonly restore?: boolean;
}

/** The simulation: tabs, storage, and the log of edits that storage is checked against. */
export class World {
  readonly backend = new FakeBackend();
  readonly hub = new FakeHub();
  tabs: TestTab[] = [];
  seq = 0;
  private counter = 0;
  /**
   * Per scenario and field: every value an edit made, the step it was made at, and the values it
   * was made on: the one it replaced and, when that was the tab's own change not stored yet, the
   * stored one that change started from (a tab writes a field's latest value on the stored version,
   * so moving a lever twice before a write is one change of the stored value).
   */
  readonly edits = new Map<string, Edit[]>();
  /** The step of the edit behind the value storage holds, per scenario and field. */
  private readonly setter = new Map<string, number>();
  readonly deleted = new Set<string>();
  readonly problems: string[] = [];
  conflictsSeen = 0;

  constructor() {
    this.backend.observe = (before, after) => this.checkCommit(before, after);
  }

  /** A value no edit has written before: unique per field within a run. */
  fresh(field: Field, tab: string): number | string {
    this.counter++;
    if (field === 'levers.rdGrowth') return Math.round(this.counter % 150) / 10;
    if (field === 'levers.gdpGrowth') return Math.round(this.counter % 100) / 10;
    return `${field}-${tab}-${this.counter}`;
  }

  recordEdit(id: string, field: Field, value: unknown, ...on: unknown[]): void {
    this.addEdit(id, field, { seq: this.seq, value, on });
  }

  private addEdit(id: string, field: Field, edit: Edit): void {
    const key = `${id}|${field}`;
    this.edits.set(key, [...(this.edits.get(key) ?? []), edit]);
  }

  recordScenario(s: Scenario): void {
    for (const f of FIELDS) this.recordEdit(s.id, f, fieldOf(s, f));
  }

  /** A deleted scenario brought back: it may be stored again as the tab holds it. */
  recordRestore(s: Scenario): void {
    for (const f of FIELDS)
      this.addEdit(s.id, f, { seq: this.seq, value: fieldOf(s, f), on: [], restore: true });
  }

  /** An edit of the scenario a tab shows, made on the value that tab held. */
  recordTabEdit(t: TestTab, id: string, field: Field, value: unknown): void {
    const held = t.select(selectLocalScenarios).find((s) => s.id === id);
    this.recordEdit(id, field, value, ...this.madeOn(t, id, field, held));
  }

  /** Edits made by a command that changes what a tab holds (undo): every value that changed. */
  recordChanges(t: TestTab, before: readonly Scenario[], after: readonly Scenario[]): void {
    const old = new Map(before.map((s) => [s.id, s]));
    for (const s of after) {
      const was = old.get(s.id);
      for (const f of FIELDS)
        if (!was || fieldOf(was, f) !== fieldOf(s, f))
          this.recordEdit(s.id, f, fieldOf(s, f), ...this.madeOn(t, s.id, f, was));
    }
  }

  /**
   * The values a tab's edit of a field is made on: the one it holds and the stored one its write
   * will name. In an open conflict the stored one is theirs, which the tab's changes were not made on.
   */
  private madeOn(t: TestTab, id: string, field: Field, held: Scenario | undefined): unknown[] {
    if (!held) return [];
    const stored = t.select(scenariosFeature.selectStored)[id];
    const inConflict = t.select(scenariosFeature.selectConflicts).some((c) => c.id === id);
    return stored && !inConflict
      ? [fieldOf(held, field), fieldOf(stored.scenario, field)]
      : [fieldOf(held, field)];
  }

  private checkCommit(
    before: ReadonlyMap<string, StoredVersion>,
    after: ReadonlyMap<string, StoredVersion>,
  ): void {
    for (const [id] of before) {
      if (!after.has(id) && !this.deleted.has(id))
        this.problems.push(`step ${this.seq}: “${id}” disappeared with no delete`);
    }
    for (const [id, version] of after) {
      const was = before.get(id);
      for (const f of FIELDS) {
        const value = fieldOf(version.scenario, f);
        if (was && fieldOf(was.scenario, f) === value) continue;
        const key = `${id}|${f}`;
        // A restore re-creates a deleted scenario; in a stored one, its values are as old as ever.
        const made = (this.edits.get(key) ?? [])
          .filter((e) => e.value === value && !(was && e.restore))
          .at(-1);
        if (!made) {
          this.problems.push(
            `step ${this.seq}: ${id}.${f} = ${JSON.stringify(value)}, a value no edit made`,
          );
          continue;
        }
        // An older edit may land later, but only on the value it was made on (a restore can bring that back).
        const previous = this.setter.get(key) ?? -1;
        const onWhatWasStored =
          was !== undefined && this.madeOnChain(key, value, fieldOf(was.scenario, f));
        if (made.seq < previous && !onWhatWasStored) {
          this.problems.push(
            `step ${this.seq}: ${id}.${f} went back to ${JSON.stringify(value)} (edit ${made.seq} < ${previous})`,
          );
        }
        this.setter.set(key, made.seq);
      }
    }
  }

  /**
   * Whether `value` was made on `base`: directly, or through edits each made on the one before.
   * A tab that types twice while its first write is under way makes the third value on the second
   * and the second on the first; once the first is stored, the tab's write names it, so the third
   * lands on it as made on it. A link never goes to an edit made after the one it leads from: no
   * edit is made on a value that came later.
   */
  private madeOnChain(key: string, value: unknown, base: unknown): boolean {
    const edits = this.edits.get(key) ?? [];
    const reached = new Map<unknown, number>([[value, Infinity]]);
    const todo = [value];
    while (todo.length) {
      const from = todo.pop();
      const until = reached.get(from)!;
      for (const e of edits) {
        if (e.value !== from || e.seq > until) continue;
        for (const on of e.on) {
          if (on === base) return true;
          if ((reached.get(on) ?? -1) < e.seq) {
            reached.set(on, e.seq);
            todo.push(on);
          }
        }
      }
    }
    return false;
  }

  async settle(): Promise<void> {
    for (let round = 0; round < 60; round++) {
      await flushMicrotasks();
      let work = 0;
      for (const t of this.tabs) {
        work += t.scheduler.actions.length;
        t.tick();
      }
      await flushMicrotasks();
      work += this.backend.release();
      await flushMicrotasks();
      for (const t of this.tabs) work += t.channel.deliver();
      if (!work) return;
    }
    throw new Error('the tabs never went quiet');
  }

  close(): void {
    this.tabs.forEach((t) => t.close());
  }
}

/** Once everything is settled: what any tab holds that storage does not (or the other way round). */
export function divergence(w: World): string[] {
  const out: string[] = [];
  const stored = JSON.stringify(
    [...w.backend.records.values()].map((v) => [v.scenario.id, v.revision]).sort(),
  );
  for (const t of w.tabs) {
    const { stored: held, paused } = t.select(selectWriteInputs);
    if (paused.size) out.push(`${t.id}: conflicts left`);
    const revisions = JSON.stringify(
      Object.values(held)
        .map((v) => [v.scenario.id, v.revision])
        .sort(),
    );
    if (revisions !== stored) out.push(`${t.id}: holds revisions ${revisions}, storage ${stored}`);
    for (const s of t.select(selectLocalScenarios)) {
      const record = w.backend.records.get(s.id);
      if (!record) out.push(`${t.id}: holds ${s.id}, not stored`);
      for (const f of FIELDS) {
        if (record && fieldOf(s, f) !== fieldOf(record.scenario, f)) {
          out.push(
            `${t.id}: ${s.id}.${f} = ${JSON.stringify(fieldOf(s, f))}, stored ${JSON.stringify(fieldOf(record.scenario, f))}`,
          );
        }
      }
    }
  }
  return out;
}
