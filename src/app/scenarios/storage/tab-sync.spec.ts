import { LeverValues } from '../../model/levers';
import { PRESETS, Scenario } from '../scenario';
import { StoredVersion } from './revisions';
import { UNSAVED_ID } from './session';
import {
  TabView,
  changeFromNews,
  changeFromOutcomes,
  newsFromStorage,
  restoreDeleted,
} from './tab-sync';
import { draftOf } from './working-draft';

describe('tab sync', () => {
  const scenario = (id: string, levers: Partial<LeverValues> = {}, notes = ''): Scenario => ({
    ...PRESETS[0],
    id,
    name: `Scenario ${id}`,
    notes,
    preset: false,
    levers: { ...PRESETS[0].levers, ...levers },
  });
  const v = (revision: number, s: Scenario): StoredVersion => ({ revision, scenario: s });
  /** A tab holding `local`, knowing `stored`, showing `activeId` with its saved values on screen. */
  const view = (local: Scenario[], stored: StoredVersion[], activeId = PRESETS[0].id): TabView => ({
    local,
    stored: Object.fromEntries(stored.map((x) => [x.scenario.id, x])),
    activeId,
    draft: draftOf(local.find((s) => s.id === activeId) ?? PRESETS[0]),
  });
  const empty = {
    versions: [],
    deletedHere: [],
    deletedElsewhere: [],
    conflicts: [],
    draft: null,
    unsaved: null,
  };

  describe('changeFromOutcomes', () => {
    it('takes the stored version and keeps changes the tab made after sending', () => {
      const sent = scenario('a', { rdGrowth: 12 });
      const held = scenario('a', { rdGrowth: 12, gdpGrowth: 2 });
      const version = v(2, sent);
      const change = changeFromOutcomes(
        [{ kind: 'stored', sent, version }],
        view([held], [v(1, scenario('a'))], 'a'),
      );
      expect(change).toEqual({ ...empty, versions: [{ version, entity: held }] });
    });

    it('brings in what storage merged from another tab, on screen too when shown', () => {
      const sent = scenario('a', { rdGrowth: 12 });
      const merged = v(3, scenario('a', { rdGrowth: 12, aiProgramsPerYear: 60 }));
      const held = scenario('a', { rdGrowth: 12, gdpGrowth: 2 });
      const change = changeFromOutcomes(
        [{ kind: 'stored', sent, version: merged }],
        view([held], [v(1, scenario('a'))], 'a'),
      );
      const all = { ...held.levers, aiProgramsPerYear: 60 };
      expect(change.versions.length).toBe(1);
      expect(change.versions[0].version).toBe(merged);
      expect(change.versions[0].entity?.levers).toEqual(all);
      expect(change.draft?.levers).toEqual(all);
      expect(change.conflicts).toEqual([]);
    });

    it('stores without an entity a scenario the tab deleted while the write was under way', () => {
      const sent = scenario('a', { rdGrowth: 12 });
      const version = v(1, sent);
      const change = changeFromOutcomes([{ kind: 'stored', sent, version }], view([], []));
      expect(change.versions).toEqual([{ version, entity: null }]);
    });

    it('reports a conflict with what the tab holds now', () => {
      const sent = scenario('a', { rdGrowth: 12 });
      const held = scenario('a', { rdGrowth: 12 }, 'typed since');
      const theirs = v(4, scenario('a', { rdGrowth: 3 }));
      const change = changeFromOutcomes(
        [{ kind: 'conflict', mine: sent, theirs }],
        view([held], [v(2, scenario('a'))], 'a'),
      );
      expect(change.conflicts).toEqual([{ id: 'a', mine: held, theirs }]);
      expect(change.versions).toEqual([{ version: theirs, entity: held }]);
    });

    it('keeps the shown scenario, gone from storage, as an unsaved copy', () => {
      const held = scenario('a', { rdGrowth: 12 }, 'typed');
      const change = changeFromOutcomes(
        [{ kind: 'gone', mine: held }],
        view([held], [v(2, scenario('a'))], 'a'),
      );
      expect(change.deletedElsewhere).toEqual(['a']);
      expect(change.unsaved).toEqual({ ...held, id: UNSAVED_ID, preset: false });
      // A scenario gone that is not shown is just removed.
      const other = changeFromOutcomes(
        [{ kind: 'gone', mine: held }],
        view([held], [v(2, scenario('a'))]),
      );
      expect(other).toEqual({ ...empty, deletedElsewhere: ['a'] });
    });

    it('reports this tab’s deletes with the latest stored content, for Undo delete', () => {
      const latest = scenario('a', {}, 'written elsewhere');
      const change = changeFromOutcomes(
        [
          { kind: 'deleted', id: 'a', version: v(5, latest) },
          { kind: 'deleted', id: 'b', version: null },
        ],
        view([], [v(4, scenario('a')), v(1, scenario('b'))]),
      );
      expect(change).toEqual({
        ...empty,
        deletedHere: [
          { id: 'a', latest, restored: null },
          { id: 'b', latest: null, restored: null },
        ],
      });
    });

    it('brings into a scenario restored before its delete landed what another tab stored', () => {
      const restored = scenario('a', { rdGrowth: 12 });
      const latest = v(5, scenario('a', { gdpGrowth: 2 }));
      const change = changeFromOutcomes(
        [{ kind: 'deleted', id: 'a', version: latest }],
        view([restored], [v(4, scenario('a'))]),
      );
      expect(change.deletedHere[0].restored?.levers).toEqual({
        ...restored.levers,
        gdpGrowth: 2,
      });
      expect(change.conflicts).toEqual([]);
    });

    it('makes a conflict of a restored scenario whose field another tab stored too', () => {
      const restored = scenario('a', { rdGrowth: 12 });
      const latest = v(5, scenario('a', { rdGrowth: 3 }));
      const change = changeFromOutcomes(
        [{ kind: 'deleted', id: 'a', version: latest }],
        view([restored], [v(4, scenario('a'))]),
      );
      // Re-created as this tab held it only once the analyst chooses; theirs is what was removed.
      expect(change.deletedHere).toEqual([{ id: 'a', latest: latest.scenario, restored }]);
      expect(change.conflicts).toEqual([{ id: 'a', mine: restored, theirs: latest }]);
      expect(change.versions).toEqual([]);
    });
  });

  describe('restoreDeleted', () => {
    const base = v(2, scenario('a'));

    it('brings back the copy as deleted when nothing was stored since', () => {
      const copy = scenario('a', {}, 'typed before the delete');
      expect(restoreDeleted(copy, base, base)).toEqual({ scenario: copy, conflict: null });
      // The delete landed: storage no longer has it, the copy is stored again.
      expect(restoreDeleted(copy, base, undefined)).toEqual({ scenario: copy, conflict: null });
    });

    it('keeps what another tab stored since the delete, with the copy’s own changes', () => {
      const copy = scenario('a', {}, 'typed before the delete');
      const since = v(3, scenario('a', { gdpGrowth: 2 }));
      const { scenario: restored, conflict } = restoreDeleted(copy, base, since);
      expect(conflict).toBeNull();
      expect(restored.levers.gdpGrowth).toBe(2);
      expect(restored.notes).toBe('typed before the delete');
    });

    it('is a conflict when the copy and a later save changed the same field', () => {
      const copy = scenario('a', { gdpGrowth: 1 });
      const since = v(3, scenario('a', { gdpGrowth: 2 }));
      expect(restoreDeleted(copy, base, since)).toEqual({
        scenario: copy,
        conflict: { id: 'a', mine: copy, theirs: since },
      });
    });

    it('is a conflict when the copy differs and its base is unknown (deleted in conflict)', () => {
      const copy = scenario('a', { gdpGrowth: 1 });
      const theirs = v(3, scenario('a', { gdpGrowth: 2 }));
      expect(restoreDeleted(copy, null, theirs).conflict).toEqual({
        id: 'a',
        mine: copy,
        theirs,
      });
      expect(restoreDeleted(copy, null, v(3, copy))).toEqual({ scenario: copy, conflict: null });
    });
  });

  describe('changeFromNews', () => {
    const a = scenario('a');

    it('ignores versions the tab already knows, and deletes of what it never knew', () => {
      const tab = view([a], [v(3, a)]);
      expect(changeFromNews({ stored: [v(3, a), v(2, a)], deleted: ['zzz'] }, tab)).toBeNull();
    });

    it('rebases a newer version under the tab’s own changes not yet stored', () => {
      const held = scenario('a', { rdGrowth: 12 });
      const theirs = v(3, scenario('a', { gdpGrowth: 2 }));
      const change = changeFromNews({ stored: [theirs], deleted: [] }, view([held], [v(2, a)]));
      expect(change?.versions.length).toBe(1);
      expect(change?.versions[0].entity?.levers).toEqual({
        ...a.levers,
        rdGrowth: 12,
        gdpGrowth: 2,
      });
      // Not the scenario shown: the working state stays.
      expect(change?.draft).toBeNull();
    });

    it('moves the working state of the scenario shown', () => {
      const theirs = v(3, scenario('a', { gdpGrowth: 2 }, 'their notes'));
      const change = changeFromNews({ stored: [theirs], deleted: [] }, view([a], [v(2, a)], 'a'));
      expect(change?.draft).toEqual(draftOf(theirs.scenario));
      expect(change?.versions[0].entity?.notes).toBe('their notes');
      // Notes alone are not the working state: nothing to move.
      const notes = v(4, scenario('a', {}, 'only notes'));
      expect(
        changeFromNews({ stored: [notes], deleted: [] }, view([a], [v(2, a)], 'a'))?.draft,
      ).toBeNull();
    });

    it('makes a conflict of a newer version that clashes with the tab’s change', () => {
      const held = scenario('a', { rdGrowth: 12 });
      const theirs = v(3, scenario('a', { rdGrowth: 3 }));
      const change = changeFromNews(
        { stored: [theirs], deleted: [] },
        view([held], [v(2, a)], 'a'),
      );
      expect(change?.conflicts).toEqual([{ id: 'a', mine: held, theirs }]);
      expect(change?.versions).toEqual([{ version: theirs, entity: held }]);
      expect(change?.draft).toBeNull();
    });

    it('keeps the shown scenario deleted elsewhere as unsaved, with what the tab held', () => {
      const held = scenario('a', { rdGrowth: 12 }, 'typing');
      const change = changeFromNews({ stored: [], deleted: ['a'] }, view([held], [v(2, a)], 'a'));
      expect(change).toEqual({
        ...empty,
        deletedElsewhere: ['a'],
        unsaved: { ...held, id: UNSAVED_ID, preset: false },
      });
    });

    it('keeps a scenario this tab deleted, not yet written, deleted (no entity)', () => {
      const theirs = v(3, scenario('a', { gdpGrowth: 2 }));
      const change = changeFromNews({ stored: [theirs], deleted: [] }, view([], [v(2, a)]));
      expect(change).toEqual({ ...empty, versions: [{ version: theirs, entity: null }] });
    });

    it('adds a scenario another tab created', () => {
      const b = v(1, scenario('b'));
      const change = changeFromNews({ stored: [b], deleted: [] }, view([a], [v(1, a)]));
      expect(change).toEqual({ ...empty, versions: [{ version: b, entity: b.scenario }] });
    });
  });

  describe('newsFromStorage', () => {
    it('lists every stored version and what the tab knew that is gone', () => {
      const a = v(2, scenario('a'));
      const c = v(1, scenario('c'));
      const tab = view([], [v(1, scenario('a')), v(1, scenario('b'))]);
      expect(newsFromStorage([a, c], tab)).toEqual({ stored: [a, c], deleted: ['b'] });
    });
  });
});
