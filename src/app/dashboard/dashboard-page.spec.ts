import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSliderHarness } from '@angular/material/slider/testing';
import { provideRouter } from '@angular/router';
import { Store, provideState, provideStore } from '@ngrx/store';
import { provideEchartsCore } from 'ngx-echarts';
import { dataAsOf } from '../format/release-date';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { SHIPPED_PACK } from '../model/data-pack';
import { DEFAULT_LEVERS } from '../model/levers';
import { MonteCarloSummary } from '../model/monte-carlo';
import { BASELINE } from '../scenarios/scenario';
import { UNSAVED_ID } from '../scenarios/storage/session';
import { MonteCarloWorkerActions } from '../state/analytics/analytics.actions';
import { analyticsFeature } from '../state/analytics/analytics.feature';
import { briefingFeature } from '../state/briefing/briefing.feature';
import { goalsFeature } from '../state/goals/goals.feature';
import { LeverPanelActions } from '../state/levers/levers.actions';
import { leversFeature } from '../state/levers/levers.feature';
import { ShareLinkActions } from '../state/link/link.actions';
import { packsFeature } from '../state/packs/packs.feature';
import { referenceFeature } from '../state/reference/reference.feature';
import { ScenarioManagerActions } from '../state/scenarios/scenarios.actions';
import { initialScenariosState, scenariosFeature } from '../state/scenarios/scenarios.feature';
import { settingsFeature } from '../state/settings/settings.feature';
import { storageFeature } from '../state/storage/storage.feature';
import { uiFeature } from '../state/ui/ui.feature';
import { DashboardPage, NARROW } from './dashboard-page';

const providers = () => [
  provideRouter([]),
  provideStore(),
  provideState(referenceFeature),
  provideState(leversFeature),
  provideState(settingsFeature),
  provideState(uiFeature),
  provideState(analyticsFeature),
  provideState(goalsFeature),
  provideState(briefingFeature),
  provideState(scenariosFeature),
  provideState(storageFeature),
  provideState(packsFeature),
  provideEchartsCore({
    echarts: () => import('../charts/echarts-setup').then((m) => m.default),
  }),
];

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let store: Store;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: providers() });
    store = TestBed.inject(Store);
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const regionNames = () =>
    [...el().querySelectorAll('section[aria-labelledby]')].map((s) =>
      el()
        .querySelector(`#${s.getAttribute('aria-labelledby')}`)!
        .textContent!.trim(),
    );

  it('says which pack and date the numbers are from, above the scenario, and in every panel', () => {
    const menu = el().querySelector('.levers > app-data-pack-menu')!;
    const asOf = menu.querySelector('.data-as-of')!;
    expect(asOf.textContent).toContain(`${dataAsOf(SHIPPED_PACK.asOf)} · ${SHIPPED_PACK.name}`);
    expect(menu.nextElementSibling!.tagName).toBe('APP-SCENARIO-MANAGER');
    expect(asOf.querySelector('a')!.getAttribute('href')).toBe('/sources');
    const panels = [...el().querySelectorAll('app-panel-frame .sources')];
    expect(panels.length).toBe(8);
    for (const p of panels) expect(p.textContent).toContain(dataAsOf(SHIPPED_PACK.asOf));
  });

  it('says under the scenario when it was made with another data pack, and nothing otherwise', async () => {
    const notice = () => el().querySelector('app-scenario-manager + app-pack-notice [role=status]');
    expect(notice()).not.toBeNull();
    expect(notice()!.textContent!.trim()).toBe('');
    const pack = { id: 'pack-2026-05-abc', name: 'pack-2026-05-abc', asOf: '2026-05' };
    store.dispatch(
      ShareLinkActions.linkOpened({
        scenario: { ...BASELINE, id: UNSAVED_ID, name: 'From link', preset: false, pack },
        notices: [],
        leaving: null,
      }),
    );
    await fixture.whenStable();
    expect(notice()!.textContent).toContain('This scenario was made with “pack-2026-05-abc”');
    expect(notice()!.textContent).toContain('That data pack is not in this browser');
  });

  it('shows the levers, the goals at a glance, eight chart panels and the goals as named regions', async () => {
    expect(regionNames()).toEqual([
      'Assumptions',
      'Goals at a glance',
      'R&D spending and intensity',
      'Basic research share of R&D',
      'Talent: AI majors, graduates and program churn',
      'Core AI industry against the 2017 plan',
      'Notable AI models per year, China and US',
      'Large language models released',
      'Industrial robots: installations and density',
      'Compute access under export controls',
      'Goals',
    ]);
    const sliders =
      await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatSliderHarness);
    expect(sliders.length).toBe(15);
  });

  it('dispatches a lever change from the number input and redraws from the store', async () => {
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    const input = el().querySelector<HTMLInputElement>(
      'input[aria-label="R&D spending growth (nominal) value"]',
    )!;
    input.value = '10';
    input.dispatchEvent(new Event('input'));
    expect(dispatch).toHaveBeenCalledWith(
      LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }),
    );
    await fixture.whenStable();
    const summary = el().querySelector('[role=img]')!.getAttribute('aria-label')!;
    // From the preliminary 2025 anchor: 2.8 × (1.1 / 1.045)⁵ = 3.62%.
    const expected = ((3926.2 * 1.1 ** 5) / ((3926.2 / (2.8 / 100)) * 1.045 ** 5)) * 100;
    expect(summary).toContain(`R&D intensity reaches ${expected.toFixed(2)}% of GDP in 2030`);
  });

  it('opens a data table from its toggle', async () => {
    const toggle = el().querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.click();
    await fixture.whenStable();
    expect(el().querySelector('table caption')!.textContent).toBe('R&D spending and intensity');
  });

  it('updates goal status when a lever moves and its simulation comes in', async () => {
    const statusOf = (name: string) =>
      [...el().querySelectorAll('tbody tr')]
        .find((tr) => tr.querySelector('th')!.textContent!.includes(name))!
        .querySelector('.status')!
        .textContent!.trim();
    const simulated = async (runId: number, p: number) => {
      store.dispatch(MonteCarloWorkerActions.runStarted({ runId, paths: 100 }));
      await fixture.whenStable();
      expect(statusOf('R&D intensity ≥ 2.8% of GDP by 2030')).toBe('simulating…');
      store.dispatch(
        MonteCarloWorkerActions.runSucceeded({
          runId,
          result: {
            paths: 100,
            seed: 1,
            horizon: 2035,
            bands: {} as MonteCarloSummary['bands'],
            goalProbability: { rdIntensity2030: p },
            compareProbability: [],
          },
          indicators: [],
          levers: DEFAULT_LEVERS,
          constants: DEFAULT_CONSTANTS,
        }),
      );
      await fixture.whenStable();
    };
    await simulated(1, 0.97);
    expect(statusOf('R&D intensity ≥ 2.8% of GDP by 2030')).toBe('likely');
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 0 }));
    await fixture.whenStable();
    await simulated(2, 0.01);
    expect(statusOf('R&D intensity ≥ 2.8% of GDP by 2030')).toBe('unlikely');
  });
});

/** The screen's width as the page's media query sees it, whatever the test browser's window. */
function screenIs(narrow: boolean): void {
  const matchMedia = window.matchMedia.bind(window);
  spyOn(window, 'matchMedia').and.callFake((query: string) =>
    query === NARROW
      ? ({
          matches: narrow,
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        } as unknown as MediaQueryList)
      : matchMedia(query),
  );
}

describe('DashboardPage on a narrow screen', () => {
  let fixture: ComponentFixture<DashboardPage>;

  beforeEach(async () => {
    screenIs(true);
    TestBed.configureTestingModule({ providers: providers() });
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const drawer = () => el().querySelector<HTMLElement>('section.levers')!;
  const button = (name: string) =>
    [...el().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent!.trim() === name,
    )!;

  it('keeps the levers in a closed modal drawer and names the button that opens it', () => {
    expect(drawer().getAttribute('role')).toBe('dialog');
    expect(drawer().getAttribute('aria-modal')).toBe('true');
    expect(getComputedStyle(drawer()).display).toBe('none');
    expect(el().querySelector('.orientation')!.textContent).toContain('open Assumptions');
    expect(button('Assumptions').getAttribute('aria-controls')).toBe(drawer().id);
  });

  it('opens the drawer with focus inside, and Escape closes it and gives focus back', async () => {
    button('Assumptions').click();
    await fixture.whenStable();
    expect(getComputedStyle(drawer()).display).toBe('block');
    expect(document.activeElement).toBe(button('Close assumptions'));
    expect(el().querySelector('.content')!.hasAttribute('inert')).toBeTrue();

    drawer().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(getComputedStyle(drawer()).display).toBe('none');
    expect(document.activeElement).toBe(button('Assumptions'));
    expect(el().querySelector('.content')!.hasAttribute('inert')).toBeFalse();
  });

  it('closes from its close button, and Tab goes round its controls while open', async () => {
    button('Assumptions').click();
    await fixture.whenStable();
    const close = button('Close assumptions');
    const tab = (shiftKey: boolean) => {
      const event = new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey,
        bubbles: true,
        cancelable: true,
      });
      (document.activeElement as HTMLElement).dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(tab(true)).toBeTrue();
    expect(drawer().contains(document.activeElement)).toBeTrue();
    expect(document.activeElement).not.toBe(close);
    expect(tab(false)).toBeTrue();
    expect(document.activeElement).toBe(close);

    close.click();
    await fixture.whenStable();
    expect(getComputedStyle(drawer()).display).toBe('none');
    expect(document.activeElement).toBe(button('Assumptions'));
  });
});

describe('DashboardPage on a wide screen', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let store: Store;

  beforeEach(async () => {
    screenIs(false);
    TestBed.configureTestingModule({ providers: providers() });
    store = TestBed.inject(Store);
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;

  it('shows the levers as a column, no drawer button, and says where they are', () => {
    const levers = el().querySelector<HTMLElement>('section.levers')!;
    expect(levers.hasAttribute('role')).toBeFalse();
    expect(getComputedStyle(levers).display).toBe('block');
    expect([...el().querySelectorAll('button')].map((b) => b.textContent!.trim())).not.toContain(
      'Assumptions',
    );
    expect(el().querySelector('.orientation')!.textContent).toContain(
      'move an assumption on the left',
    );
  });

  it('puts the title, the goals at a glance and a comparison before the legend and the charts', async () => {
    const ids = initialScenariosState.ids.slice(0, 2) as string[];
    for (const id of ids) store.dispatch(ScenarioManagerActions.compareToggled({ id }));
    await fixture.whenStable();
    const order = [...el().querySelector('.content')!.children].map((c) => c.tagName.toLowerCase());
    expect(order.slice(0, 4)).toEqual([
      'div',
      'app-goals-glance',
      'app-compare-panel',
      'app-chart-legend',
    ]);
    expect(el().querySelector('.content > div')!.querySelector('h1')!.textContent).toContain(
      'China’s high-tech push against its official goals',
    );
  });
});
