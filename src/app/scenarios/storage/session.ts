/**
 * A tab's session: which scenario it shows and what it changed that is not stored yet. Kept per tab
 * (the tab's id lives in sessionStorage, so a reload finds its own session) so that two tabs never
 * write over each other's working state; a new tab continues from the newest session. Pure.
 */
import { Scenario } from '../scenario';
import { StoredVersion, rebase, sameContent } from './revisions';
import { WorkingDraft, draftOf } from './working-draft';

export interface TabSession {
  readonly tab: string;
  /** A preset's or saved scenario's id, or UNSAVED_ID. */
  readonly activeId: string;
  /** The unsaved scenario (opened from a link, or kept after another tab deleted it). */
  readonly unsaved: Scenario | null;
  /** The working state of a preset or the unsaved scenario, when it differs from it. */
  readonly draft: WorkingDraft | null;
  /** A saved active scenario as this tab holds it, when that differs from what is stored… */
  readonly pending: Scenario | null;
  /** …and the stored version those changes were made on. */
  readonly base: Scenario | null;
  readonly updatedAt: string;
}

export const UNSAVED_ID = 'unsaved';

export interface Resumed {
  readonly activeId: string;
  readonly unsaved: Scenario | null;
  readonly draft: WorkingDraft | null;
  /** The active scenario with the session's pending changes merged in, when it has any. */
  readonly pending: Scenario | null;
  /** Pending changes that collide with what another tab stored since. */
  readonly conflict: { readonly mine: Scenario; readonly theirs: StoredVersion } | null;
}

/**
 * Where a tab starts from its session and what storage now holds. Pending changes to a saved
 * scenario are merged with what other tabs stored since (both sides kept), or become a conflict.
 */
export function resume(
  session: TabSession | null,
  stored: Readonly<Record<string, StoredVersion>>,
  presets: readonly Scenario[],
): Resumed {
  const none: Resumed = {
    activeId: presets[0].id,
    unsaved: null,
    draft: null,
    pending: null,
    conflict: null,
  };
  if (!session) return none;
  if (session.activeId === UNSAVED_ID) {
    return session.unsaved
      ? { ...none, activeId: UNSAVED_ID, unsaved: session.unsaved, draft: session.draft }
      : none;
  }
  if (presets.some((p) => p.id === session.activeId))
    return { ...none, activeId: session.activeId, draft: session.draft };
  const current = stored[session.activeId];
  const mine = session.pending;
  if (!current) {
    // Deleted elsewhere while this tab was away: changes it had not stored stay, unsaved.
    if (!mine) return none;
    return {
      ...none,
      activeId: UNSAVED_ID,
      unsaved: { ...mine, id: UNSAVED_ID },
      draft: draftOf(mine),
    };
  }
  if (!mine || sameContent(mine, current.scenario)) return { ...none, activeId: session.activeId };
  // Without the version they were made on (a damaged or foreign session) the changes cannot be
  // merged; dropping them would lose work, so the analyst chooses, as for a clash.
  const merged = session.base ? rebase(session.base, current.scenario, mine) : null;
  if (!merged || merged.conflicts.length)
    return {
      ...none,
      activeId: session.activeId,
      draft: draftOf(mine),
      conflict: { mine, theirs: current },
    };
  return {
    ...none,
    activeId: session.activeId,
    draft: draftOf(merged.scenario),
    pending: merged.scenario,
  };
}

/** The newest of several sessions, for a tab that has none of its own. */
export function newestSession(sessions: readonly TabSession[]): TabSession | null {
  return sessions.reduce<TabSession | null>(
    (a, b) => (!a || b.updatedAt > a.updatedAt ? b : a),
    null,
  );
}
