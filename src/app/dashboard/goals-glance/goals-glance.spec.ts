import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { GOALS } from '../../model/goals';
import { MonteCarloSummary } from '../../model/monte-carlo';
import { STATUS_WORDS } from '../../model/status-word';
import { initialAnalyticsState } from '../../state/analytics/analytics.feature';
import { initialGoalsState } from '../../state/goals/goals.feature';
import { initialLeversState } from '../../state/levers/levers.feature';
import { selectMonteCarlo } from '../../state/projection.selectors';
import { initialReferenceState } from '../../state/reference/reference.feature';
import { initialScenariosState } from '../../state/scenarios/scenarios.feature';
import { initialSettingsState } from '../../state/settings/settings.feature';
import { GoalsGlanceActions } from '../../state/ui/ui.actions';
import { initialUiState } from '../../state/ui/ui.feature';
import { GoalsGlance } from './goals-glance';

describe('GoalsGlance', () => {
  let fixture: ComponentFixture<GoalsGlance>;
  let store: MockStore;

  const hidden = 'basicShare2025';
  const initialState = {
    levers: initialLeversState,
    settings: initialSettingsState,
    reference: initialReferenceState,
    goals: { ...initialGoalsState, hidden: [hidden] },
    scenarios: initialScenariosState,
    ui: initialUiState,
    analytics: initialAnalyticsState,
  };
  const summary = (goalProbability: Record<string, number>): MonteCarloSummary => ({
    paths: 2000,
    seed: 7,
    horizon: initialSettingsState.horizon,
    bands: {} as MonteCarloSummary['bands'],
    goalProbability,
    compareProbability: [],
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [GoalsGlance],
      providers: [provideMockStore({ initialState })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(GoalsGlance);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const el = () => fixture.nativeElement as HTMLElement;
  const cards = () => [...el().querySelectorAll<HTMLElement>('li.card')];
  const cardOf = (name: string) =>
    cards().find((c) => c.querySelector('h3')!.textContent!.trim() === name)!;
  const text = (card: HTMLElement, selector: string) =>
    card.querySelector(selector)?.textContent?.trim() ?? null;

  it('is a region named “Goals at a glance”', () => {
    const region = el().querySelector('section')!;
    const title = el().querySelector(`#${region.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent!.trim()).toBe('Goals at a glance');
  });

  it('shows one card per goal in force, none for a hidden one', () => {
    const names = cards().map((c) => c.querySelector('h3')!.textContent!.trim());
    expect(names).toEqual(GOALS.filter((g) => g.id !== hidden).map((g) => g.name));
  });

  it('prints the status word always, “simulating…” until the run is in, then P(met) with N', async () => {
    const intensity = 'R&D intensity ≥ 2.8% of GDP by 2030';
    expect(text(cardOf(intensity), '.word')).toBe('simulating…');
    expect(cardOf(intensity).querySelector('.probability')).toBeNull();
    // Observed deadlines have their word at once.
    expect(text(cardOf('Core AI industry ≥ 400 bn yuan by 2025'), '.word')).toBe('met');

    store.overrideSelector(
      selectMonteCarlo,
      summary(
        Object.fromEntries(GOALS.map((g) => [g.id, g.id === 'rdIntensity2030' ? 0.94 : 0.5])),
      ),
    );
    store.refreshState();
    await fixture.whenStable();
    expect(text(cardOf(intensity), '.word')).toBe('likely');
    expect(text(cardOf(intensity), '.probability')).toBe('P(met) 94% · 2,000 paths');
    for (const card of cards()) {
      expect(STATUS_WORDS as readonly string[]).toContain(text(card, '.word')!);
      expect(card.getAttribute('data-word')).toBe(text(card, '.word'));
    }
    expect(text(cardOf(intensity), '.deadline')).toMatch(
      /^2030, projected: .* against ≥ 2\.8% of GDP$/,
    );
  });

  it('links each card to the panel that charts its goal and names the panel', () => {
    const link = cardOf('Core AI industry ≥ 1,000 bn yuan by 2030').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#panel-aiIndustry');
    expect(link.textContent!.trim()).toBe('Chart');
    expect(link.getAttribute('aria-label')).toBe('Chart: Core AI industry against the 2017 plan');
    const hrefs = cards().map((c) => c.querySelector('a')!.getAttribute('href'));
    expect(hrefs).toEqual([
      '#panel-rd',
      '#panel-rd',
      '#panel-aiIndustry',
      '#panel-aiIndustry',
      '#panel-robotics',
      '#panel-notableModels',
      '#panel-llms',
    ]);
  });

  it('moves focus to the panel region the link names', () => {
    const panel = document.createElement('section');
    panel.id = 'panel-robotics';
    panel.tabIndex = -1;
    document.body.appendChild(panel);
    try {
      const link = cardOf('Robot density doubles from 2020 (246) to ≥ 492 by 2025').querySelector(
        'a',
      )!;
      const click = new MouseEvent('click', { cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).toBeTrue();
      expect(document.activeElement).toBe(panel);
    } finally {
      panel.remove();
    }
  });

  it('opens the analysis on the card’s own goal and takes focus there', () => {
    const picker = document.createElement('select');
    picker.id = 'analyse-goal';
    document.body.appendChild(picker);
    try {
      const button = cardOf('China ≥ 50% of world LLMs by 2030').querySelector('button')!;
      expect(button.getAttribute('aria-label')).toBe('Analyse China ≥ 50% of world LLMs by 2030');
      button.click();
      expect(store.dispatch).toHaveBeenCalledWith(
        GoalsGlanceActions.goalAnalysisOpened({ goalId: 'llmShare2030' }),
      );
      expect(document.activeElement).toBe(picker);
    } finally {
      picker.remove();
    }
  });

  it('hides the sparkline from assistive technology: the text carries the meaning', () => {
    for (const svg of el().querySelectorAll('svg'))
      expect(svg.getAttribute('aria-hidden')).toBe('true');
  });
});
