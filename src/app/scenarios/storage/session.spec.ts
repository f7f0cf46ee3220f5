import { LeverValues } from '../../model/levers';
import { PRESETS, Scenario } from '../scenario';
import { StoredVersion } from './revisions';
import { TabSession, UNSAVED_ID, newestSession, resume } from './session';
import { draftOf } from './working-draft';

describe('tab sessions', () => {
  const saved = (levers: Partial<LeverValues> = {}, changes: Partial<Scenario> = {}): Scenario => ({
    ...PRESETS[0],
    id: 'a',
    name: 'Mine',
    preset: false,
    levers: { ...PRESETS[0].levers, ...levers },
    ...changes,
  });
  const session = (changes: Partial<TabSession>): TabSession => ({
    tab: 'tab-1',
    activeId: 'a',
    unsaved: null,
    draft: null,
    pending: null,
    base: null,
    updatedAt: '2026-05-01T00:00:00.000Z',
    ...changes,
  });
  const storedAs = (...versions: StoredVersion[]) =>
    Object.fromEntries(versions.map((v) => [v.scenario.id, v]));
  const nothing = { unsaved: null, draft: null, pending: null, conflict: null };

  describe('resume', () => {
    it('starts on the first preset without a session', () => {
      expect(resume(null, {}, PRESETS)).toEqual({ activeId: PRESETS[0].id, ...nothing });
    });

    it('continues a changed preset with its working state', () => {
      const draft = draftOf({ ...PRESETS[2], horizon: 2032 });
      const r = resume(session({ activeId: PRESETS[2].id, draft }), {}, PRESETS);
      expect(r).toEqual({ ...nothing, activeId: PRESETS[2].id, draft });
    });

    it('continues an unsaved scenario (from a link) with its working state', () => {
      const unsaved = saved({ rdGrowth: 3 }, { id: UNSAVED_ID, name: 'From link' });
      const draft = draftOf({ ...unsaved, horizon: 2031 });
      const r = resume(session({ activeId: UNSAVED_ID, unsaved, draft }), {}, PRESETS);
      expect(r).toEqual({ ...nothing, activeId: UNSAVED_ID, unsaved, draft });
      // An unsaved session that lost its scenario starts over.
      expect(resume(session({ activeId: UNSAVED_ID }), {}, PRESETS).activeId).toBe(PRESETS[0].id);
    });

    it('opens a saved scenario as stored when the session changed nothing', () => {
      const r = resume(session({}), storedAs({ revision: 2, scenario: saved() }), PRESETS);
      expect(r).toEqual({ ...nothing, activeId: 'a' });
    });

    it('keeps changes not yet stored that were made on the stored revision', () => {
      const base = saved();
      const mine = saved({ rdGrowth: 12 });
      const r = resume(
        session({ pending: mine, base }),
        storedAs({ revision: 1, scenario: base }),
        PRESETS,
      );
      expect(r.conflict).toBeNull();
      expect(r.pending?.levers).toEqual(mine.levers);
      expect(r.draft).toEqual(draftOf(mine));
    });

    it('merges changes made on an older revision with what another tab stored since', () => {
      const base = saved();
      const theirs = saved({ gdpGrowth: 2 });
      const mine = saved({ rdGrowth: 12 });
      const r = resume(
        session({ pending: mine, base }),
        storedAs({ revision: 2, scenario: theirs }),
        PRESETS,
      );
      const both = { ...base.levers, rdGrowth: 12, gdpGrowth: 2 };
      expect(r.conflict).toBeNull();
      expect(r.activeId).toBe('a');
      expect(r.pending?.levers).toEqual(both);
      expect(r.draft?.levers).toEqual(both);
    });

    it('makes a conflict of changes that clash with what another tab stored since', () => {
      const base = saved();
      const theirs = { revision: 2, scenario: saved({ rdGrowth: 2 }) };
      const mine = saved({ rdGrowth: 12 });
      const r = resume(session({ pending: mine, base }), storedAs(theirs), PRESETS);
      expect(r).toEqual({
        ...nothing,
        activeId: 'a',
        draft: draftOf(mine),
        conflict: { mine, theirs },
      });
    });

    it('does not report changes another tab already stored alike', () => {
      const mine = saved({ rdGrowth: 12 });
      const r = resume(
        session({ pending: mine, base: saved() }),
        storedAs({ revision: 2, scenario: mine }),
        PRESETS,
      );
      expect(r).toEqual({ ...nothing, activeId: 'a' });
    });

    it('keeps changes to a scenario deleted while the tab was away, unsaved', () => {
      const mine = saved({ rdGrowth: 12 }, { notes: 'typed here' });
      const r = resume(session({ pending: mine, base: saved() }), {}, PRESETS);
      expect(r.activeId).toBe(UNSAVED_ID);
      expect(r.unsaved).toEqual({ ...mine, id: UNSAVED_ID });
      expect(r.draft).toEqual(draftOf(mine));
      // Without changes there is nothing to keep: the first preset.
      expect(resume(session({}), {}, PRESETS)).toEqual({ activeId: PRESETS[0].id, ...nothing });
    });

    it('makes a conflict of changes whose base is unknown rather than dropping them', () => {
      // A session written by another version, or damaged: pending without the revision it was made on.
      const theirs = { revision: 3, scenario: saved({ gdpGrowth: 2 }) };
      const mine = saved({ rdGrowth: 12 });
      const r = resume(session({ pending: mine, base: null }), storedAs(theirs), PRESETS);
      expect(r.activeId).toBe('a');
      expect(r.conflict).toEqual({ mine, theirs });
      expect(r.draft).toEqual(draftOf(mine));
    });
  });

  describe('newestSession', () => {
    it('picks the most recently updated session, or none', () => {
      const legacy = session({ tab: 'legacy', updatedAt: '' });
      const older = session({ tab: 'older', updatedAt: '2026-05-01T00:00:00.000Z' });
      const newer = session({ tab: 'newer', updatedAt: '2026-05-02T00:00:00.000Z' });
      expect(newestSession([])).toBeNull();
      expect(newestSession([older, newer, legacy])).toBe(newer);
      expect(newestSession([legacy, newer, older])).toBe(newer);
      expect(newestSession([legacy])).toBe(legacy);
    });
  });
});
