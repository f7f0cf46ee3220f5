import fc from 'fast-check';
import { DEFAULT_LEVERS } from '../../model/levers';
import { SCENARIO_NAME_MAX, SEED_MAX } from '../../model/limits';
import { badPackArb } from '../file/testing/file-spec-helpers';
import { BASELINE, PRESETS, Scenario } from '../scenario';
import { freeName } from '../scenario-names';
import { readPack } from '../scenario-pack';
import { TabSession, UNSAVED_ID } from './session';
import { readDraft, readScenario, readSession } from './stored-record';
import { draftOf } from './working-draft';

describe('stored records', () => {
  const saved: Scenario = { ...PRESETS[2], id: 'mine', name: 'Mine', preset: false };

  it('reads a sound scenario and draft as they were', () => {
    expect(readScenario(saved)).toEqual(saved);
    expect(readDraft(draftOf(BASELINE))).toEqual(draftOf(BASELINE));
  });

  it('refuses records of the wrong shape or with wrong types', () => {
    const broken: unknown[] = [
      null,
      'scenario',
      [],
      { ...saved, id: 7 },
      { ...saved, id: '' },
      { ...saved, name: '   ' },
      { ...saved, name: { text: 'x' } },
      { ...saved, levers: 'high' },
      { ...saved, levers: { ...DEFAULT_LEVERS, rdGrowth: '8' } },
      { ...saved, levers: { ...DEFAULT_LEVERS, rdGrowth: null } },
      { ...saved, levers: { ...DEFAULT_LEVERS, rdGrowth: Number.NaN } },
      { ...saved, constants: null },
      { ...saved, horizon: 2099 },
      { ...saved, customGoals: [{ id: 'x' }] },
      { ...saved, hiddenGoals: [1] },
      { ...saved, monteCarlo: { paths: 'many', seed: 1 } },
      { ...saved, notes: 5 },
      { ...saved, createdAt: 0 },
    ];
    for (const record of broken)
      expect(readScenario(record)).withContext(JSON.stringify(record)).toBeNull();
    expect(readDraft({ ...draftOf(BASELINE), levers: { rdGrowth: 1 } })).toBeNull();
    expect(readDraft(undefined)).toBeNull();
  });

  it('clamps a lever stored outside today’s range instead of dropping the scenario', () => {
    const read = readScenario({ ...saved, levers: { ...saved.levers, rdGrowth: 99 } });
    expect(read?.levers.rdGrowth).toBe(15);
  });

  it('keeps fields it does not know about (added by later features)', () => {
    expect(readScenario({ ...saved, later: [1] })).toEqual(
      jasmine.objectContaining({ later: [1] }),
    );
  });

  it('reads back the pack a scenario was saved on, and drops a damaged one, keeping the scenario', () => {
    const pack = { id: 'pack-2026-05-3f2a', name: 'Update of May 2026', asOf: '2026-05' };
    expect(readScenario({ ...saved, pack })).toEqual({ ...saved, pack });
    expect(readScenario({ ...saved, pack: { ...pack, asOf: '' } })?.pack).toEqual({
      ...pack,
      asOf: '',
    });
    // Only the three fields are kept, in their order.
    expect(
      Object.keys(
        readScenario({ ...saved, pack: { asOf: pack.asOf, x: 1, name: pack.name, id: pack.id } })!
          .pack!,
      ),
    ).toEqual(['id', 'name', 'asOf']);
    fc.assert(
      fc.property(badPackArb, (bad) => {
        const read = readScenario({ ...saved, pack: bad });
        expect(read).not.toBeNull();
        const kept = read!.pack;
        if (kept) expect(kept).toEqual(readPack(bad)!);
        else expect('pack' in read!).toBeFalse();
        expect({ ...read!, pack: undefined }).toEqual({ ...saved, pack: undefined });
      }),
      { numRuns: 300 },
    );
    for (const bad of [null, 'pack-1', { ...pack, id: 'a b' }, { ...pack, asOf: 'May' }]) {
      expect(readScenario({ ...saved, pack: bad }))
        .withContext(JSON.stringify(bad))
        .toEqual(saved);
    }
    const session: TabSession = {
      tab: 'tab-1',
      activeId: UNSAVED_ID,
      unsaved: { ...saved, id: UNSAVED_ID, pack },
      draft: null,
      pending: null,
      base: null,
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    expect(readSession(session)).toEqual(session);
    expect(
      readSession({ ...session, unsaved: { ...saved, id: UNSAVED_ID, pack: 7 } })?.unsaved,
    ).toEqual({ ...saved, id: UNSAVED_ID });
  });

  it('reads a sound tab session and refuses one with any unsound part', () => {
    const session: TabSession = {
      tab: 'tab-1',
      activeId: 'mine',
      unsaved: null,
      draft: null,
      pending: { ...saved, notes: 'typed' },
      base: saved,
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    expect(readSession(session)).toEqual(session);
    const preset = { ...session, activeId: BASELINE.id, pending: null, base: null };
    expect(readSession({ ...preset, draft: draftOf(BASELINE) })).toEqual({
      ...preset,
      draft: draftOf(BASELINE),
    });
    const broken: unknown[] = [
      null,
      [],
      { ...session, tab: 1 },
      { ...session, activeId: undefined },
      { ...session, updatedAt: 0 },
      { ...session, unsaved: { id: 'x' } },
      { ...session, draft: { levers: 'x' } },
      { ...session, pending: undefined },
      { ...session, base: { ...saved, name: '' } },
    ];
    for (const value of broken)
      expect(readSession(value)).withContext(JSON.stringify(value)).toBeNull();
  });

  it('keeps a name of exactly the limit, and a Duplicate of it, as they are', () => {
    const name = '中'.repeat(SCENARIO_NAME_MAX - 2) + '😀';
    expect(readScenario({ ...saved, name })?.name).toBe(name);
    const copy = freeName(name, [name], ' (copy)');
    expect(readScenario({ ...saved, name: copy })?.name).toBe(copy);
  });

  it('shortens a name past the limit (an older version let Duplicate write one) instead of dropping it', () => {
    const long = `${'x'.repeat(SCENARIO_NAME_MAX - 1)}😀 (copy) (copy)`;
    const read = readScenario({ ...saved, name: long });
    expect(read?.name).toBe('x'.repeat(SCENARIO_NAME_MAX - 1));
    expect(readScenario({ ...saved, name: 'y'.repeat(250) })?.name.length).toBe(SCENARIO_NAME_MAX);
  });

  it('clamps a seed stored outside the range the settings and the file schema allow', () => {
    expect(
      readScenario({ ...saved, monteCarlo: { paths: 2000, seed: 2 ** 40 } })?.monteCarlo.seed,
    ).toBe(SEED_MAX);
    expect(readScenario({ ...saved, monteCarlo: { paths: 2000, seed: -5 } })?.monteCarlo.seed).toBe(
      0,
    );
  });
});
