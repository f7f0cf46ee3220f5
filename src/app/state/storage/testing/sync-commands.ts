/**
 * What the analyst (and time) does in the model-based storage specs: one command per thing a tab
 * can do, each logging the edits it makes in the World so that storage can be checked against them.
 */
import fc from 'fast-check';
import { DEFAULT_LEVERS } from '../../../model/levers';
import { BASELINE, Scenario } from '../../../scenarios/scenario';
import { UNSAVED_ID } from '../../../scenarios/storage/session';
import { draftOf } from '../../../scenarios/storage/working-draft';
import { HistoryActions } from '../../history/history.actions';
import { LeverPanelActions } from '../../levers/levers.actions';
import { ShareLinkActions } from '../../link/link.actions';
import { SaveConflictActions, ScenarioManagerActions } from '../../scenarios/scenarios.actions';
import { scenariosFeature } from '../../scenarios/scenarios.feature';
import { selectActiveWithDraft, selectLocalScenarios } from '../../scenarios/scenarios.selectors';
import { Field, LeverKey, World } from './sync-world';
import { TestTab, flushMicrotasks } from './tab-harness';

export type Cmd = fc.AsyncCommand<object, World>;

export abstract class TabCommand implements Cmd {
  constructor(readonly tab: number) {}
  check(): boolean {
    return true;
  }
  protected t(w: World): TestTab {
    return w.tabs[this.tab];
  }
  protected activeSaved(w: World): Scenario | null {
    const active = this.t(w).select(selectActiveWithDraft);
    return active.preset || active.id === UNSAVED_ID ? null : active;
  }
  async run(_m: object, w: World): Promise<void> {
    w.seq++;
    await this.act(w, this.t(w));
    await flushMicrotasks();
  }
  abstract act(w: World, t: TestTab): Promise<void> | void;
  abstract toString(): string;
}

export class MoveLever extends TabCommand {
  constructor(
    tab: number,
    readonly lever: LeverKey,
  ) {
    super(tab);
  }
  act(w: World, t: TestTab): void {
    const field = `levers.${this.lever}` as Field;
    const value = w.fresh(field, t.id) as number;
    const active = this.activeSaved(w);
    if (active) w.recordTabEdit(t, active.id, field, value);
    t.store.dispatch(LeverPanelActions.leverChanged({ id: this.lever, value }));
  }
  toString = () => `move(${this.tab}, ${this.lever})`;
}

export class TypeText extends TabCommand {
  constructor(
    tab: number,
    readonly field: 'name' | 'notes',
  ) {
    super(tab);
  }
  act(w: World, t: TestTab): void {
    const active = this.activeSaved(w);
    if (!active) return;
    const text = w.fresh(this.field, t.id) as string;
    w.recordTabEdit(t, active.id, this.field, text);
    const at = new Date().toISOString();
    t.store.dispatch(
      this.field === 'name'
        ? ScenarioManagerActions.scenarioRenamed({ id: active.id, name: text, updatedAt: at })
        : ScenarioManagerActions.notesChanged({ id: active.id, notes: text, updatedAt: at }),
    );
  }
  toString = () => `type(${this.tab}, ${this.field})`;
}

export class SaveAsNew extends TabCommand {
  act(w: World, t: TestTab): void {
    const held = t.select(selectActiveWithDraft);
    const id = `s${w.seq}`;
    const scenario: Scenario = {
      ...held,
      id,
      name: w.fresh('name', t.id) as string,
      notes: w.fresh('notes', t.id) as string,
      preset: false,
    };
    w.recordScenario(scenario);
    t.store.dispatch(
      ScenarioManagerActions.scenarioSavedAsNew({ scenario, leaving: this.activeSaved(w) }),
    );
  }
  toString = () => `saveAsNew(${this.tab})`;
}

export class Open extends TabCommand {
  constructor(
    tab: number,
    readonly pick: number,
  ) {
    super(tab);
  }
  act(w: World, t: TestTab): void {
    const all = t.select(scenariosFeature.selectAllScenarios);
    const scenario = all[this.pick % all.length];
    t.store.dispatch(
      ScenarioManagerActions.scenarioOpened({ scenario, leaving: this.activeSaved(w) }),
    );
  }
  toString = () => `open(${this.tab}, #${this.pick})`;
}

export class Delete extends TabCommand {
  act(w: World, t: TestTab): void {
    const active = this.activeSaved(w);
    if (!active) return;
    w.deleted.add(active.id);
    t.store.dispatch(ScenarioManagerActions.scenarioDeleted({ id: active.id, held: active }));
  }
  toString = () => `delete(${this.tab})`;
}

export class UndoDelete extends TabCommand {
  act(w: World, t: TestTab): void {
    const last = t.select(scenariosFeature.selectLastDeleted);
    if (!last) return;
    const before = t.select(scenariosFeature.selectSavedScenarios).some((s) => s.id === last.id);
    t.store.dispatch(ScenarioManagerActions.deletedScenarioRestored());
    const held = t.select(selectLocalScenarios).find((s) => s.id === last.id);
    if (!before) w.recordRestore(held ?? last);
  }
  toString = () => `undoDelete(${this.tab})`;
}

export class Undo extends TabCommand {
  act(w: World, t: TestTab): void {
    const before = t.select(selectLocalScenarios);
    t.store.dispatch(HistoryActions.undo());
    w.recordChanges(t, before, t.select(selectLocalScenarios));
  }
  toString = () => `undo(${this.tab})`;
}

export class Import extends TabCommand {
  act(w: World, t: TestTab): void {
    const scenario: Scenario = {
      ...BASELINE,
      id: `i${w.seq}`,
      name: w.fresh('name', t.id) as string,
      notes: w.fresh('notes', t.id) as string,
      levers: { ...DEFAULT_LEVERS, rdGrowth: w.fresh('levers.rdGrowth', t.id) as number },
      preset: false,
    };
    w.recordScenario(scenario);
    t.store.dispatch(ScenarioManagerActions.scenariosImported({ scenarios: [scenario] }));
  }
  toString = () => `import(${this.tab})`;
}

export class OpenLink extends TabCommand {
  act(w: World, t: TestTab): void {
    // Values no edit made: storage must never take them.
    const levers = { ...DEFAULT_LEVERS, rdGrowth: 14.95, gdpGrowth: 9.95 };
    const scenario: Scenario = {
      ...BASELINE,
      id: UNSAVED_ID,
      name: 'From link',
      levers,
      preset: false,
    };
    t.store.dispatch(
      ShareLinkActions.linkOpened({ scenario, notices: [], leaving: this.activeSaved(w) }),
    );
  }
  toString = () => `openLink(${this.tab})`;
}

export class Resolve extends TabCommand {
  constructor(
    tab: number,
    readonly keepMine: boolean,
  ) {
    super(tab);
  }
  act(w: World, t: TestTab): void {
    for (const c of t.select(scenariosFeature.selectConflicts)) resolve(w, t, c.id, this.keepMine);
  }
  toString = () => `resolve(${this.tab}, ${this.keepMine ? 'mine' : 'theirs'})`;
}

export function resolve(w: World, t: TestTab, id: string, keepMine: boolean): void {
  const conflict = t.select(scenariosFeature.selectConflicts).find((c) => c.id === id);
  if (!conflict) return;
  w.conflictsSeen++;
  if (keepMine) {
    const copy: Scenario = {
      ...conflict.mine,
      id: `c${w.seq}-${id}`,
      name: w.fresh('name', t.id) as string,
    };
    t.store.dispatch(SaveConflictActions.mineKeptAsCopy({ id, copy }));
    // The copy holds what the tab holds now: mine, with edits made while the choice was open.
    w.recordScenario(t.select(selectLocalScenarios).find((s) => s.id === copy.id) ?? copy);
  } else {
    const active = t.select(scenariosFeature.selectActiveId) === id;
    t.store.dispatch(
      SaveConflictActions.theirsTaken({
        id,
        draft: active ? draftOf(conflict.theirs.scenario) : null,
      }),
    );
  }
}

/** Time passes in one tab (its debounced writes start), writes commit, or messages arrive. */
export class Tick extends TabCommand {
  act(_w: World, t: TestTab): void {
    t.tick();
  }
  toString = () => `tick(${this.tab})`;
}
export class Deliver extends TabCommand {
  act(_w: World, t: TestTab): void {
    t.channel.deliver();
  }
  toString = () => `deliver(${this.tab})`;
}
export class Release implements Cmd {
  check = () => true;
  async run(_m: object, w: World): Promise<void> {
    w.backend.release();
    await flushMicrotasks();
  }
  toString = () => 'release';
}
