/**
 * What a tab makes of storage's answers: the outcome of its own write, or news of another tab's.
 * Each stored version is rebased under what this tab holds (its later changes stay), the active
 * scenario's working state follows changes made elsewhere, and a change both sides made to the same
 * field becomes a conflict. Pure: the storage effects feed it the tab's state and dispatch the result.
 */
import { Scenario } from '../scenario';
import { StoredVersion, WriteOutcome, rebase, sameContent } from './revisions';
import { UNSAVED_ID } from './session';
import { WorkingDraft, differsFrom, draftOf } from './working-draft';

export interface TabView {
  /** Saved scenarios as this tab holds them (the active one with its working state). */
  readonly local: readonly Scenario[];
  readonly stored: Readonly<Record<string, StoredVersion>>;
  readonly activeId: string;
  readonly draft: WorkingDraft;
  /** Scenarios in an open conflict: held as they are until the analyst decides. */
  readonly paused?: ReadonlySet<string>;
}

export interface Conflict {
  readonly id: string;
  readonly mine: Scenario;
  readonly theirs: StoredVersion;
}

export interface StorageChange {
  /** Stored now, with the scenario as this tab holds it (null: this tab deleted it, and that stands). */
  readonly versions: readonly {
    readonly version: StoredVersion;
    readonly entity: Scenario | null;
  }[];
  /**
   * This tab's deletions that landed, with what storage held (for "Undo delete"), and the scenario
   * as this tab holds it when it was restored before the delete landed (with the newest content).
   */
  readonly deletedHere: readonly {
    readonly id: string;
    readonly latest: Scenario | null;
    readonly restored: Scenario | null;
  }[];
  /** Deleted by another tab. */
  readonly deletedElsewhere: readonly string[];
  readonly conflicts: readonly Conflict[];
  /** The active scenario's working state, when stored changes of another tab move it. */
  readonly draft: WorkingDraft | null;
  /** The active scenario was deleted elsewhere: what this tab showed, kept as an unsaved scenario. */
  readonly unsaved: Scenario | null;
}

export interface StorageNews {
  readonly stored: readonly StoredVersion[];
  readonly deleted: readonly string[];
}

class ChangeBuilder {
  readonly versions: { version: StoredVersion; entity: Scenario | null }[] = [];
  readonly deletedHere: { id: string; latest: Scenario | null; restored: Scenario | null }[] = [];
  readonly deletedElsewhere: string[] = [];
  readonly conflicts: Conflict[] = [];
  draft: WorkingDraft | null = null;
  unsaved: Scenario | null = null;
  private readonly local: Map<string, Scenario>;

  constructor(private readonly view: TabView) {
    this.local = new Map(view.local.map((s) => [s.id, s]));
  }

  held(id: string): Scenario | undefined {
    return this.local.get(id);
  }

  /** A new stored version of a scenario this tab holds, rebased from `base` (what the two sides shared). */
  rebaseOnto(base: Scenario, version: StoredVersion, mine: Scenario): void {
    const merged = rebase(base, version.scenario, mine);
    if (merged.conflicts.length) return this.conflict(mine, version);
    this.versions.push({ version, entity: merged.scenario });
    if (mine.id === this.view.activeId && differsFrom(this.view.draft, merged.scenario))
      this.draft = draftOf(merged.scenario);
  }

  /**
   * A scenario restored here before its delete landed: what it held, with what others stored
   * meanwhile (which the delete removed). A field both sides changed is a conflict with what was
   * removed, so that re-creating the scenario never drops another tab's save unasked.
   */
  restoredOnto(id: string, latest: StoredVersion | null): Scenario | null {
    const mine = this.local.get(id);
    const known = this.view.stored[id];
    if (!mine || !latest || !known) return null;
    const merged = this.view.paused?.has(id) ? null : rebase(known.scenario, latest.scenario, mine);
    if (merged && !merged.conflicts.length) return merged.scenario;
    this.conflicts.push({ id, mine, theirs: latest });
    return mine;
  }

  conflict(mine: Scenario, theirs: StoredVersion): void {
    this.conflicts.push({ id: mine.id, mine, theirs });
    this.versions.push({ version: theirs, entity: mine });
  }

  deletedBy(id: string): void {
    this.deletedElsewhere.push(id);
    const mine = this.local.get(id);
    if (id === this.view.activeId && mine)
      this.unsaved = { ...mine, id: UNSAVED_ID, preset: false };
  }

  build(): StorageChange {
    const { versions, deletedHere, deletedElsewhere, conflicts, draft, unsaved } = this;
    return { versions, deletedHere, deletedElsewhere, conflicts, draft, unsaved };
  }
}

export interface Restored {
  readonly scenario: Scenario;
  readonly conflict: Conflict | null;
}

/**
 * "Undo delete" of a scenario that storage still holds as far as this tab knows (the delete is not
 * written, or has not landed): the copy deleted here, with its own changes (made on `base`)
 * rebased onto what was stored since. A field both sides changed, or any difference when the base
 * is unknown (the copy was deleted in an open conflict), is a conflict: the older copy never goes
 * back over a save made since.
 */
export function restoreDeleted(
  copy: Scenario,
  base: StoredVersion | null,
  stored: StoredVersion | undefined,
): Restored {
  if (!stored || (base && base.revision === stored.revision))
    return { scenario: copy, conflict: null };
  const merged = base ? rebase(base.scenario, stored.scenario, copy) : null;
  if (merged ? !merged.conflicts.length : sameContent(copy, stored.scenario))
    return { scenario: merged?.scenario ?? copy, conflict: null };
  return { scenario: copy, conflict: { id: copy.id, mine: copy, theirs: stored } };
}

/** What this tab makes of its own write's outcomes. */
export function changeFromOutcomes(
  outcomes: readonly WriteOutcome[],
  view: TabView,
): StorageChange {
  const change = new ChangeBuilder(view);
  for (const o of outcomes) {
    if (o.kind === 'stored') {
      const mine = change.held(o.version.scenario.id);
      if (mine) change.rebaseOnto(o.sent, o.version, mine);
      else change.versions.push({ version: o.version, entity: null });
    } else if (o.kind === 'conflict') {
      change.conflict(change.held(o.mine.id) ?? o.mine, o.theirs);
    } else if (o.kind === 'gone') {
      change.deletedBy(o.mine.id);
    } else {
      change.deletedHere.push({
        id: o.id,
        latest: o.version?.scenario ?? null,
        restored: change.restoredOnto(o.id, o.version),
      });
    }
  }
  return change.build();
}

/**
 * What this tab makes of news from another tab (or of storage read again): versions newer than it
 * knew are taken in, scenarios it knew that are gone were deleted elsewhere.
 */
export function changeFromNews(news: StorageNews, view: TabView): StorageChange | null {
  const change = new ChangeBuilder(view);
  let any = false;
  for (const version of news.stored) {
    const id = version.scenario.id;
    const known = view.stored[id];
    if (known && version.revision <= known.revision) continue;
    any = true;
    const mine = change.held(id);
    if (!mine) change.versions.push({ version, entity: known ? null : version.scenario });
    else if (view.paused?.has(id)) change.conflict(mine, version);
    else if (known) change.rebaseOnto(known.scenario, version, mine);
    else change.conflict(mine, version);
  }
  for (const id of news.deleted) {
    if (!view.stored[id]) continue;
    any = true;
    change.deletedBy(id);
  }
  return any ? change.build() : null;
}

/** Storage read again, as news: every version, and what this tab knew that is gone. */
export function newsFromStorage(versions: readonly StoredVersion[], view: TabView): StorageNews {
  const present = new Set(versions.map((v) => v.scenario.id));
  return { stored: versions, deleted: Object.keys(view.stored).filter((id) => !present.has(id)) };
}
