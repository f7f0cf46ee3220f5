import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { slug } from '../../export/download';
import { formatCount } from '../../format/number';
import { SCENARIOS_MAX, SCENARIO_NAME_MAX } from '../../model/limits';
import { newId } from '../../scenarios/new-id';
import { Scenario } from '../../scenarios/scenario';
import { freeName } from '../../scenarios/scenario-names';
import { UNSAVED_ID } from '../../scenarios/storage/session';
import { draftOf } from '../../scenarios/storage/working-draft';
import {
  SaveConflictActions,
  ScenarioManagerActions,
} from '../../state/scenarios/scenarios.actions';
import { MAX_COMPARE, scenariosFeature } from '../../state/scenarios/scenarios.feature';
import {
  selectActiveWithDraft,
  selectHasUnsavedChanges,
  selectNewScenarioContent,
  selectSaveStatus,
  selectShownScenario,
} from '../../state/scenarios/scenarios.selectors';
import { storageFeature } from '../../state/storage/storage.feature';
import { focusAfterRender } from '../focus-after-render';
import { conflictSummary } from './conflict-summary';
import { downloadScenarios, readScenarioFile } from './scenario-files';

/** Pick, save, rename, duplicate, delete and compare scenarios; says where saved work stands. */
@Component({
  selector: 'app-scenario-manager',
  imports: [MatButtonModule],
  templateUrl: './scenario-manager.html',
  styleUrl: './scenario-manager.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScenarioManager {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly scenarios = this.store.selectSignal(scenariosFeature.selectAllScenarios);
  protected readonly active = this.store.selectSignal(scenariosFeature.selectActiveScenario);
  protected readonly compareIds = this.store.selectSignal(scenariosFeature.selectCompareIds);
  protected readonly lastDeleted = this.store.selectSignal(scenariosFeature.selectLastDeleted);
  protected readonly unsaved = this.store.selectSignal(selectHasUnsavedChanges);
  protected readonly storage = this.store.selectSignal(storageFeature.selectStorageState);
  /** What Save as new and Duplicate store: the working state, on the pack in force. */
  private readonly newContent = this.store.selectSignal(selectNewScenarioContent);
  /** The active scenario with changes not yet stored: what is left behind when another one opens. */
  private readonly held = this.store.selectSignal(selectActiveWithDraft);
  /** What Export scenario writes: the scenario as shown. */
  private readonly shown = this.store.selectSignal(selectShownScenario);
  protected readonly conflicts = this.store.selectSignal(scenariosFeature.selectConflicts);
  /** Each open conflict with what differs between mine and theirs, in words. */
  protected readonly conflictsShown = computed(() =>
    this.conflicts().map((c) => ({
      ...c,
      differences: conflictSummary(c.mine, c.theirs.scenario),
    })),
  );
  protected readonly notice = this.store.selectSignal(scenariosFeature.selectNotice);
  protected readonly unsavedId = UNSAVED_ID;
  /** Said after a save when this browser keeps nothing: the scenario lasts only as long as the page. */
  protected readonly notKept = signal<string | null>(null);

  protected readonly maxCompare = MAX_COMPARE;
  protected readonly presets = computed(() => this.scenarios().filter((s) => s.preset));
  protected readonly saved = computed(() => this.scenarios().filter((s) => !s.preset));
  /** 'save' or 'rename' while the name field is open. */
  protected readonly naming = signal<'save' | 'rename' | null>(null);
  protected readonly nameDraft = signal('');
  protected readonly nameError = signal<string | null>(null);
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');
  // Where the focus goes after an action closes or removes the control that had it.
  private readonly saveAsNewButton = viewChild('saveAsNew', { read: ElementRef });
  private readonly renameButton = viewChild('rename', { read: ElementRef });
  private readonly undoDeleteButton = viewChild('undoDelete', { read: ElementRef });
  private readonly scenarioSelect = viewChild<ElementRef<HTMLSelectElement>>('scenarioSelect');
  protected readonly status = this.store.selectSignal(selectSaveStatus);
  /** The outcome of the last import, for the analyst: what was added, or why nothing was. */
  protected readonly importResult = signal<{ ok: boolean; text: string } | null>(null);

  constructor() {
    // The name field takes the focus when it opens, so a keyboard user can type at once.
    effect(() => this.nameInput()?.nativeElement.focus());
  }

  protected open(event: Event): void {
    const scenario = this.scenarios().find(
      (s) => s.id === (event.target as HTMLSelectElement).value,
    );
    if (scenario)
      this.store.dispatch(
        ScenarioManagerActions.scenarioOpened({ scenario, leaving: this.leaving() }),
      );
  }

  protected startNaming(mode: 'save' | 'rename'): void {
    const name =
      mode === 'rename'
        ? this.active().name
        : freeName(this.active().name, this.names(), this.active().preset ? ' (mine)' : '');
    this.nameDraft.set(name);
    this.nameError.set(null);
    this.naming.set(mode);
  }

  private names(): string[] {
    return this.scenarios().map((s) => s.name);
  }

  /** Saved scenarios are at their limit: a backup with more could not be imported again. */
  private full(adding = 1): string | null {
    return this.saved().length + adding > SCENARIOS_MAX
      ? `This browser keeps at most ${formatCount(SCENARIOS_MAX)} saved scenarios (a backup of them always imports again); delete some first.`
      : null;
  }

  protected confirmName(event: Event): void {
    event.preventDefault();
    const name = this.nameDraft().trim();
    const mode = this.naming();
    const others = this.names().filter((n) => mode !== 'rename' || n !== this.active().name);
    if (!name) return this.nameError.set('Give the scenario a name.');
    if (name.length > SCENARIO_NAME_MAX)
      return this.nameError.set(`Keep the name to ${SCENARIO_NAME_MAX} characters.`);
    if (others.includes(name)) return this.nameError.set(`“${name}” is taken; pick another name.`);
    const full = mode === 'save' ? this.full() : null;
    if (full) return this.nameError.set(full);
    const now = new Date().toISOString();
    if (mode === 'rename') {
      this.store.dispatch(
        ScenarioManagerActions.scenarioRenamed({ id: this.active().id, name, updatedAt: now }),
      );
    } else {
      this.store.dispatch(
        ScenarioManagerActions.scenarioSavedAsNew({
          scenario: this.fromWorkingState(name, now),
          leaving: this.leaving(),
        }),
      );
      this.warnIfNotKept(name);
    }
    this.closeNaming();
  }

  /** Closes the name field (saved or cancelled) and gives the focus back to the button that opened it. */
  protected closeNaming(): void {
    const opener = this.naming() === 'rename' ? this.renameButton : this.saveAsNewButton;
    this.naming.set(null);
    focusAfterRender(this.injector, () => opener()?.nativeElement);
  }

  protected duplicate(): void {
    const full = this.full();
    if (full) return this.importResult.set({ ok: false, text: full });
    const now = new Date().toISOString();
    const name = freeName(this.active().name, this.names(), ' (copy)');
    this.store.dispatch(
      ScenarioManagerActions.scenarioDuplicated({
        scenario: this.fromWorkingState(name, now),
        leaving: this.leaving(),
      }),
    );
    this.warnIfNotKept(name);
  }

  /** The saved scenario being left, with its changes not yet stored (they are kept). */
  private leaving(): Scenario | null {
    const held = this.held();
    return held.preset || held.id === UNSAVED_ID ? null : held;
  }

  private warnIfNotKept(name: string): void {
    const status = this.storage().status;
    this.notKept.set(
      status === 'unavailable' || status === 'read-only'
        ? `“${name}” is kept only while this page is open: this browser is not storing scenarios (see above). Use Export scenario to keep it in a file.`
        : null,
    );
  }

  protected keepMine(id: string): void {
    const conflict = this.conflicts().find((c) => c.id === id);
    if (!conflict) return;
    const now = new Date().toISOString();
    const name = freeName(conflict.mine.name, this.names(), ' (my copy)');
    const copy: Scenario = {
      ...conflict.mine,
      id: newId(),
      name,
      createdAt: now,
      updatedAt: now,
      preset: false,
    };
    this.store.dispatch(SaveConflictActions.mineKeptAsCopy({ id, copy }));
    this.focusScenarioList();
  }

  protected takeTheirs(id: string): void {
    const conflict = this.conflicts().find((c) => c.id === id);
    if (!conflict) return;
    const draft = this.active().id === id ? draftOf(conflict.theirs.scenario) : null;
    this.store.dispatch(SaveConflictActions.theirsTaken({ id, draft }));
    this.focusScenarioList();
  }

  protected dismissNotice(): void {
    this.store.dispatch(ScenarioManagerActions.noticeDismissed());
    this.focusScenarioList();
  }

  /** After a choice that removes its own buttons: the list, which shows what is open now. */
  private focusScenarioList(): void {
    focusAfterRender(this.injector, () => this.scenarioSelect()?.nativeElement);
  }

  private fromWorkingState(name: string, now: string): Scenario {
    return { ...this.newContent(), id: newId(), name, createdAt: now, updatedAt: now };
  }

  /** The Delete button goes with the scenario: the focus moves to Undo delete, the next thing to do. */
  protected remove(): void {
    this.store.dispatch(
      ScenarioManagerActions.scenarioDeleted({ id: this.active().id, held: this.held() }),
    );
    focusAfterRender(this.injector, () => this.undoDeleteButton()?.nativeElement);
  }

  /** Undo delete goes too: the focus moves to the list the scenario is back in. */
  protected restore(): void {
    this.store.dispatch(ScenarioManagerActions.deletedScenarioRestored());
    this.focusScenarioList();
  }

  /** Notes are stored as they are typed (the writer waits for a pause), not only when the field is left. */
  protected changeNotes(event: Event): void {
    const notes = (event.target as HTMLTextAreaElement).value;
    this.store.dispatch(
      ScenarioManagerActions.notesChanged({
        id: this.active().id,
        notes,
        updatedAt: new Date().toISOString(),
      }),
    );
  }

  protected toggleCompare(id: string): void {
    this.store.dispatch(ScenarioManagerActions.compareToggled({ id }));
  }

  /** The comparison sits below the charts: this takes the analyst (and the focus) to its heading. */
  protected goToComparison(): void {
    const heading = this.document.getElementById('compare-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  protected exportActive(): Promise<void> {
    const shown = this.shown();
    return downloadScenarios(this.document, [shown], slug(shown.name));
  }

  protected exportAll(): Promise<void> {
    const scenarios = this.saved().length ? this.saved() : this.scenarios();
    return downloadScenarios(this.document, scenarios, 'all-scenarios');
  }

  protected async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const outcome = await readScenarioFile(file, this.names(), (n) => this.full(n));
    if (outcome.ok)
      this.store.dispatch(
        ScenarioManagerActions.scenariosImported({ scenarios: [...outcome.scenarios] }),
      );
    this.importResult.set({ ok: outcome.ok, text: outcome.text });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
