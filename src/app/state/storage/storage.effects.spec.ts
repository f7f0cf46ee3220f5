import { BASELINE, Scenario } from '../../scenarios/scenario';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { HistoryActions } from '../history/history.actions';
import { LeverPanelActions } from '../levers/levers.actions';
import { leversFeature } from '../levers/levers.feature';
import { ShareLinkActions } from '../link/link.actions';
import { ScenarioManagerActions } from '../scenarios/scenarios.actions';
import { scenariosFeature } from '../scenarios/scenarios.feature';
import { selectActiveWithDraft, selectSaveStatus } from '../scenarios/scenarios.selectors';
import { storageFeature } from './storage.feature';
import { FakeBackend, FakeHub, TestTab, flushMicrotasks } from './testing/tab-harness';

/** The storage effects in simulated tabs sharing one fake database and channel, on virtual time. */
describe('storage effects', () => {
  let backend: FakeBackend;
  let hub: FakeHub;
  let tabs: TestTab[];

  const open = async (id: string) => {
    const tab = await TestTab.open(id, backend, hub);
    tabs.push(tab);
    await settle();
    return tab;
  };

  /** Runs clocks, held writes and messages until nothing moves. */
  async function settle(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      await flushMicrotasks();
      let work = 0;
      for (const t of tabs) {
        work += t.scheduler.actions.length;
        t.tick();
      }
      await flushMicrotasks();
      work += backend.release();
      await flushMicrotasks();
      for (const t of tabs) work += t.channel.deliver();
      if (!work) return;
    }
    throw new Error('the tabs never went quiet');
  }

  function saveAsNew(tab: TestTab, name: string): Scenario {
    const now = new Date().toISOString();
    const held = tab.select(selectActiveWithDraft);
    const scenario: Scenario = {
      ...held,
      id: `id-${name}`,
      name,
      notes: '',
      createdAt: now,
      updatedAt: now,
      preset: false,
    };
    tab.store.dispatch(ScenarioManagerActions.scenarioSavedAsNew({ scenario, leaving: null }));
    return scenario;
  }

  const rd = (tab: TestTab) => tab.select(leversFeature.selectValues).rdGrowth;
  const move = (tab: TestTab, value: number) =>
    tab.store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value }));

  beforeEach(() => {
    backend = new FakeBackend();
    hub = new FakeHub();
    tabs = [];
  });
  afterEach(() => tabs.forEach((t) => t.close()));

  it('says so when storage cannot be opened, keeps working and writes nothing', async () => {
    backend.failLoad = new Error('The user denied permission to access the database.');
    const tab = await open('A');
    expect(tab.select(storageFeature.selectStatus)).toBe('unavailable');
    expect(tab.select(selectSaveStatus)).toContain('nothing is kept after you close it');
    expect(tab.select(selectSaveStatus)).not.toContain('denied permission');
    move(tab, 10);
    await settle();
    expect(rd(tab)).toBe(10);
    expect(backend.transactions).toBe(0);
  });

  it('reports a full storage, keeps the state and retries until the write lands', async () => {
    const tab = await open('A');
    saveAsNew(tab, 'Mine');
    await settle();
    backend.failWrites = 1;
    move(tab, 10);
    await flushMicrotasks();
    tab.tick();
    await flushMicrotasks();
    expect(tab.select(storageFeature.selectStatus)).toBe('failing');
    expect(tab.select(selectSaveStatus)).toContain('storage is full');
    expect(rd(tab)).toBe(10);
    await settle();
    expect(tab.select(storageFeature.selectStatus)).toBe('ready');
    expect(backend.records.get('id-Mine')?.scenario.levers.rdGrowth).toBe(10);
    expect(tab.select(selectSaveStatus)).toBe('All changes saved in this browser.');
  });

  it('never writes over records from a newer schema', async () => {
    backend.newerSchema = true;
    const tab = await open('A');
    expect(tab.select(storageFeature.selectStatus)).toBe('read-only');
    move(tab, 10);
    await settle();
    expect(backend.transactions).toBe(0);
  });

  it('"All changes saved" shows only once the write has landed', async () => {
    const tab = await open('A');
    saveAsNew(tab, 'Mine');
    await settle();
    backend.hold = true;
    move(tab, 11);
    tab.tick();
    await flushMicrotasks();
    expect(backend.held.length).toBe(1);
    expect(tab.select(selectSaveStatus)).toBe('Saving…');
    backend.hold = false;
    await settle();
    expect(tab.select(selectSaveStatus)).toBe('All changes saved in this browser.');
  });

  it('two idle tabs write nothing and send nothing', async () => {
    const a = await open('A');
    saveAsNew(a, 'First');
    saveAsNew(a, 'Second');
    const b = await open('B');
    b.store.dispatch(
      ScenarioManagerActions.scenarioOpened({
        scenario: backend.records.get('id-First')!.scenario,
        leaving: null,
      }),
    );
    await settle();
    const [transactions, sent] = [backend.transactions, hub.sent];
    for (let i = 0; i < 20; i++) await settle();
    expect(backend.transactions - transactions).toBe(0);
    expect(hub.sent - sent).toBe(0);
  });

  it('a tab that hears news writes nothing back, and follows the scenario it shows', async () => {
    const a = await open('A');
    saveAsNew(a, 'Shared');
    await settle();
    const b = await open('B');
    expect(b.select(scenariosFeature.selectActiveId)).toBe('id-Shared');
    const transactions = backend.transactions;
    move(a, 12);
    await settle();
    expect(rd(b)).toBe(12);
    expect(backend.transactions - transactions).toBe(1);
  });

  it('a link opens as an unsaved scenario and never writes into the saved one', async () => {
    const a = await open('A');
    saveAsNew(a, 'Mine');
    move(a, 12);
    await settle();
    const linked: Scenario = {
      ...BASELINE,
      id: UNSAVED_ID,
      name: 'From link',
      preset: false,
      levers: { ...BASELINE.levers, gdpGrowth: 2 },
    };
    a.store.dispatch(ShareLinkActions.linkOpened({ scenario: linked, notices: [], leaving: null }));
    await settle();
    expect(a.select(scenariosFeature.selectActiveId)).toBe(UNSAVED_ID);
    expect(a.select(leversFeature.selectValues).gdpGrowth).toBe(2);
    expect(backend.records.get('id-Mine')?.scenario.levers).toEqual({
      ...BASELINE.levers,
      rdGrowth: 12,
    });
  });

  it('undo in one tab does not remove a scenario another tab saved', async () => {
    const a = await open('A');
    const b = await open('B');
    move(a, 10);
    await settle();
    saveAsNew(b, 'From B');
    await settle();
    a.store.dispatch(HistoryActions.undo());
    move(a, 9);
    await settle();
    expect(rd(a)).toBe(9);
    expect([...backend.records.keys()]).toEqual(['id-From B']);
    expect(a.select(scenariosFeature.selectSavedScenarios).map((s) => s.name)).toEqual(['From B']);
  });

  it('a rename in one tab and a lever moved in the other at the same time both land', async () => {
    const a = await open('A');
    saveAsNew(a, 'Both');
    await settle();
    const b = await open('B');
    backend.hold = true;
    b.store.dispatch(
      ScenarioManagerActions.scenarioRenamed({ id: 'id-Both', name: 'Renamed', updatedAt: 'now' }),
    );
    move(a, 13);
    b.tick();
    a.tick();
    await flushMicrotasks();
    backend.hold = false;
    await settle();
    const stored = backend.records.get('id-Both')!.scenario;
    expect([stored.name, stored.levers.rdGrowth]).toEqual(['Renamed', 13]);
    for (const tab of [a, b]) {
      expect(tab.select(selectActiveWithDraft).name).toBe('Renamed');
      expect(rd(tab)).toBe(13);
    }
  });

  for (const written of [false, true]) {
    const when = written ? 'on its way' : 'not written';
    it(`undo delete keeps what another tab stored since (the delete ${when})`, async () => {
      const a = await open('A');
      saveAsNew(a, 'Kept');
      await settle();
      const b = await open('B');
      backend.hold = true;
      move(b, 12);
      b.tick();
      await flushMicrotasks();
      backend.release();
      await flushMicrotasks();
      // A deletes its older copy, hears of B's save, then undoes the delete.
      a.store.dispatch(
        ScenarioManagerActions.scenarioDeleted({
          id: 'id-Kept',
          held: a.select(selectActiveWithDraft),
        }),
      );
      if (written) a.tick();
      await flushMicrotasks();
      a.channel.deliver();
      await flushMicrotasks();
      a.store.dispatch(ScenarioManagerActions.deletedScenarioRestored());
      backend.hold = false;
      await settle();
      expect(backend.records.get('id-Kept')?.scenario.levers.rdGrowth).toBe(12);
      for (const tab of [a, b]) {
        const kept = tab.select(scenariosFeature.selectSavedScenarios);
        expect(kept.map((s) => [s.name, s.levers.rdGrowth])).toEqual([['Kept', 12]]);
      }
    });
  }

  it('the same lever moved in two tabs at once is a conflict the analyst resolves', async () => {
    const a = await open('A');
    saveAsNew(a, 'Contested');
    await settle();
    const b = await open('B');
    backend.hold = true;
    move(a, 12);
    move(b, 5);
    a.tick();
    b.tick();
    await flushMicrotasks();
    backend.hold = false;
    await settle();
    expect(backend.records.get('id-Contested')!.scenario.levers.rdGrowth).toBe(12);
    const [conflict] = b.select(scenariosFeature.selectConflicts);
    expect(conflict.mine.levers.rdGrowth).toBe(5);
    expect(conflict.theirs.scenario.levers.rdGrowth).toBe(12);
    expect(b.select(selectSaveStatus)).toContain('another tab changed this scenario too');
    expect(rd(b)).toBe(5);
  });
});
