import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideEchartsCore } from 'ngx-echarts';
import { GOALS, Goal } from '../../model/goals';
import { LEVERS } from '../../model/levers';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { TARGET_SOURCES } from '../../model/sources';
import { analyticsFeature, initialAnalyticsState } from '../../state/analytics/analytics.feature';
import { GoalEditorActions } from '../../state/goals/goals.actions';
import { goalsFeature, initialGoalsState } from '../../state/goals/goals.feature';
import { initialLeversState } from '../../state/levers/levers.feature';
import {
  selectFocusedGoal,
  selectGoalSeek,
  selectGoals,
  selectMonteCarlo,
} from '../../state/projection.selectors';
import { initialReferenceState } from '../../state/reference/reference.feature';
import { initialScenariosState } from '../../state/scenarios/scenarios.feature';
import { initialSettingsState } from '../../state/settings/settings.feature';
import { GoalsPanelActions } from '../../state/ui/ui.actions';
import { initialUiState } from '../../state/ui/ui.feature';
import { GoalsPanel } from './goals-panel';

/** The goals section reads the store itself and dispatches the goal events the page used to relay. */
describe('GoalsPanel', () => {
  let fixture: ComponentFixture<GoalsPanel>;
  let store: MockStore;
  let loader: HarnessLoader;

  const initialState = {
    levers: initialLeversState,
    settings: initialSettingsState,
    reference: initialReferenceState,
    goals: initialGoalsState,
    scenarios: initialScenariosState,
    ui: initialUiState,
    analytics: initialAnalyticsState,
  };
  const mine: Goal = {
    id: 'custom-mine',
    name: 'Robot density ≥ 900 by 2030',
    // The editor derives the short name from the name, so saving unchanged gives this goal back.
    short: 'Robot density ≥ 900 by 2030',
    type: 'custom',
    source: TARGET_SOURCES.analystGoal,
    kind: 'threshold',
    indicator: 'robotDensity',
    comparison: '>=',
    threshold: 900,
    deadline: 2030,
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [GoalsPanel],
      providers: [
        provideMockStore({ initialState }),
        provideEchartsCore({
          echarts: () => import('../../charts/echarts-setup').then((m) => m.default),
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(GoalsPanel);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const el = () => fixture.nativeElement as HTMLElement;
  const rowOf = (name: string) =>
    [...el().querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.includes(name),
    )!;
  const button = (label: string) =>
    loader.getHarness(MatButtonHarness.with({ selector: `[aria-label="${label}"]` }));
  const refresh = async () => {
    store.refreshState();
    await fixture.whenStable();
  };
  const summary = (goalProbability: Record<string, number>): MonteCarloSummary => ({
    paths: 1000,
    seed: 7,
    horizon: 2035,
    bands: {} as MonteCarloSummary['bands'],
    goalProbability,
    compareProbability: [],
  });

  it('lists every goal in force with its word, and sums the words up for the chart', () => {
    expect(el().querySelectorAll('tbody tr').length).toBe(GOALS.length);
    // Met on observations: R&D growth 2020–25 and core AI 2025; missed: basic research 2025. The
    // projected ones have no word until their probability is simulated.
    expect(el().querySelector('.chart[role=img]')!.getAttribute('aria-label')).toBe(
      '8 goals: 2 met, 1 missed, 5 simulating…',
    );
    const intensity = rowOf('R&D intensity ≥ 2.8% of GDP by 2030');
    expect(intensity.querySelector('.status')!.textContent!.trim()).toBe('simulating…');
    expect(intensity.querySelector('.probability')).toBeNull();
    const basic = rowOf('Basic research');
    expect(basic.querySelector('.status')!.textContent!.trim()).toBe('missed');
    expect(basic.querySelector('.basis')!.textContent).toBe('on the preliminary 2025 figure');
  });

  it('shows each word with its P(met) once a run is in, and says which run it comes from', async () => {
    store.overrideSelector(
      selectMonteCarlo,
      summary({
        rdIntensity2030: 0.8,
        aiCore2030: 0.97,
        modelParity2030: 0.52,
        llmShare2030: 0.3295,
        robotDensity2025: 1,
      }),
    );
    await refresh();
    expect(el().querySelector('.simulation')!.textContent!.trim()).toBe(
      'Probabilities from 1,000 Monte Carlo paths, seed 7.',
    );
    const row = rowOf('R&D intensity ≥ 2.8% of GDP by 2030');
    expect(row.querySelector('.status')!.textContent!.trim()).toBe('likely');
    expect(row.querySelector('.probability')!.textContent!.trim()).toBe('P(met) 80%');
    const llm = rowOf('China ≥ 50% of world LLMs by 2030');
    expect(llm.querySelector('.status')!.textContent!.trim()).toBe('unlikely');
    expect(llm.querySelector('.probability')!.textContent!.trim()).toBe('P(met) 32.95%');
    expect(el().querySelector('.chart[role=img]')!.getAttribute('aria-label')).toBe(
      '8 goals: 2 met, 1 missed, 3 likely, 1 about as likely as not, 1 unlikely',
    );
  });

  it('says when a run is under way, and why there are no probabilities when it failed', async () => {
    store.overrideSelector(analyticsFeature.selectAnalyticsState, {
      ...initialAnalyticsState,
      status: 'running',
      runningPaths: 2000,
    });
    await refresh();
    expect(el().querySelector('.simulation')!.textContent).toContain('Simulating 2,000 paths…');
    store.overrideSelector(analyticsFeature.selectAnalyticsState, {
      ...initialAnalyticsState,
      status: 'failed',
      error: 'Out of memory.',
    });
    await refresh();
    expect(el().querySelector('.simulation .error')!.textContent).toContain(
      'The simulation failed: Out of memory.',
    );
  });

  it('hides an official goal and shows the hidden ones again', async () => {
    await (await button('Hide goal: R&D intensity ≥ 2.8% of GDP by 2030')).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      GoalEditorActions.goalHidden({ id: 'rdIntensity2030' }),
    );
    store.overrideSelector(goalsFeature.selectHidden, ['rdIntensity2030']);
    await refresh();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show 1 hidden goal' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(GoalEditorActions.hiddenGoalsShown());
  });

  it('adds a goal from the editor', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add a goal' }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
    const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
    expect(action.type).toBe(GoalEditorActions.goalAdded.type);
    expect(action.goal.type).toBe('custom');
    expect(el().querySelector('app-goal-editor')).toBeNull();
  });

  it('edits and deletes the analyst’s own goal', async () => {
    store.overrideSelector(selectGoals, [...GOALS, mine]);
    await refresh();
    await (await button(`Edit goal: ${mine.name}`)).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(GoalEditorActions.goalUpdated({ goal: mine }));
    await (await button(`Delete goal: ${mine.name}`)).click();
    expect(store.dispatch).toHaveBeenCalledWith(GoalEditorActions.goalDeleted({ id: mine.id }));
  });

  it('focuses a goal and picks the lever to seek with', async () => {
    const pick = (id: string, value: string) => {
      const select = el().querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    pick('analyse-goal', 'basicShare2025');
    expect(store.dispatch).toHaveBeenCalledWith(
      GoalsPanelActions.goalFocused({ goalId: 'basicShare2025' }),
    );
    pick('seek-lever', 'gdpGrowth');
    expect(store.dispatch).toHaveBeenCalledWith(
      GoalsPanelActions.seekLeverPicked({ lever: 'gdpGrowth' }),
    );
  });

  it('applies the lever value the goal-seek found', async () => {
    store.overrideSelector(selectGoalSeek, { reachable: true, value: 12.5, alreadyMet: false });
    await refresh();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Apply 12.5' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      GoalsPanelActions.goalSeekApplied({ id: 'rdGrowth', value: 12.5 }),
    );
  });

  it('takes the analyst from the ranking to the lever’s own input', async () => {
    // The first goal (R&D growth 2020–25) is decided on observed figures: no lever moves it.
    expect(el().querySelector('.ranking button')).toBeNull();
    store.overrideSelector(
      selectFocusedGoal,
      GOALS.find((g) => g.id === 'rdIntensity2030')!,
    );
    await refresh();
    const fields = LEVERS.map((lever) => {
      const field = document.createElement('input');
      field.id = `lever-${lever.id}-value`;
      return document.body.appendChild(field);
    });
    try {
      const first = el().querySelector<HTMLButtonElement>('.ranking button')!;
      first.click();
      const lever = LEVERS.find((l) => l.label === first.textContent!.trim())!;
      expect(document.activeElement!.id).toBe(`lever-${lever.id}-value`);
    } finally {
      fields.forEach((f) => f.remove());
    }
  });
});
