import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SCENARIOS_MAX } from '../../model/limits';
import { BASELINE, PRESETS, Scenario } from '../../scenarios/scenario';
import { draftOf } from '../../scenarios/storage/working-draft';
import { referenceFeature } from '../../state/reference/reference.feature';
import { ScenarioManagerActions } from '../../state/scenarios/scenarios.actions';
import { scenariosFeature } from '../../state/scenarios/scenarios.feature';
import {
  selectActiveWithDraft,
  selectHasUnsavedChanges,
  selectSaveStatus,
  selectWorkingDraft,
} from '../../state/scenarios/scenarios.selectors';
import { initialStorageState, storageFeature } from '../../state/storage/storage.feature';
import { ScenarioManager } from './scenario-manager';

const MAY = { id: 'pack-2026-05-abc', name: 'May update', asOf: '2026-05-19' };

/** The manager keeps the library within what a backup can hold, and says so. */
describe('ScenarioManager at the scenario limit', () => {
  let store: MockStore;

  function setUp(saved: number) {
    const scenarios: Scenario[] = Array.from({ length: saved }, (_, i) => ({
      ...BASELINE,
      id: `s${i}`,
      name: `S ${i}`,
      preset: false,
    }));
    const active = scenarios[0] ?? BASELINE;
    TestBed.configureTestingModule({ imports: [ScenarioManager], providers: [provideMockStore()] });
    store = TestBed.inject(MockStore);
    store.overrideSelector(scenariosFeature.selectAllScenarios, [...PRESETS, ...scenarios]);
    store.overrideSelector(scenariosFeature.selectActiveScenario, active);
    store.overrideSelector(scenariosFeature.selectCompareIds, []);
    store.overrideSelector(scenariosFeature.selectLastDeleted, null);
    store.overrideSelector(scenariosFeature.selectConflicts, []);
    store.overrideSelector(scenariosFeature.selectNotice, null);
    store.overrideSelector(selectHasUnsavedChanges, false);
    store.overrideSelector(selectWorkingDraft, draftOf(active));
    store.overrideSelector(referenceFeature.selectPack, MAY);
    store.overrideSelector(selectActiveWithDraft, active);
    store.overrideSelector(selectSaveStatus, 'All changes saved in this browser.');
    store.overrideSelector(storageFeature.selectStorageState, {
      ...initialStorageState,
      status: 'ready',
    });
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(ScenarioManager);
    fixture.detectChanges();
    return fixture;
  }

  const button = (el: HTMLElement, name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;

  afterEach(() => store.resetSelectors());

  it(`refuses to duplicate past ${SCENARIOS_MAX} saved scenarios, and says why`, async () => {
    const fixture = setUp(SCENARIOS_MAX);
    button(fixture.nativeElement, 'Duplicate').click();
    await fixture.whenStable();
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(fixture.nativeElement.querySelector('[role=alert]')?.textContent).toContain(
      'at most 1,000 saved scenarios',
    );
  });

  it('duplicates below the limit, naming the copy within the name limit', async () => {
    const fixture = setUp(SCENARIOS_MAX - 1);
    button(fixture.nativeElement, 'Duplicate').click();
    await fixture.whenStable();
    const action = (store.dispatch as jasmine.Spy).calls.mostRecent().args[0];
    expect(action.type).toBe(ScenarioManagerActions.scenarioDuplicated.type);
    expect(action.scenario.name).toBe('S 0 (copy)');
    // Made on the pack in force, whatever the original was made on.
    expect(action.scenario.pack).toEqual(MAY);
  });
});
