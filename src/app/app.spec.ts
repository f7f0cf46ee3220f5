import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { Store } from '@ngrx/store';
import { NEVER, VirtualTimeScheduler, filter, firstValueFrom } from 'rxjs';
import { App } from './app';
import { ScenarioChannel } from './scenarios/storage/scenario-channel';
import { ScenarioDb } from './scenarios/storage/scenario-db';
import { MONTE_CARLO_WORKER } from './simulation/monte-carlo-client';
import { provideAppState } from './state';
import { SIMULATION_SCHEDULER } from './state/analytics/simulation-scheduler';
import { LeverPanelActions } from './state/levers/levers.actions';
import { leversFeature } from './state/levers/levers.feature';
import { LINK_SYNC_SCHEDULER } from './state/link/link-sync-scheduler';
import { STORAGE_SCHEDULER, TAB_IDENTITY } from './state/storage/storage-context';
import { storageFeature } from './state/storage/storage.feature';
import { FakeBackend } from './state/storage/testing/tab-harness';
import { THEME_KEY } from './state/ui/ui.feature';

/**
 * The shell with the whole store, but no IO: these specs are about the toolbar, so the database is
 * a fake that answers in microtasks, the channel and the worker say nothing, and every effect's
 * timer runs on a virtual clock that nothing here advances (no write, run or address update starts).
 */
function provideShell() {
  const scheduler = new VirtualTimeScheduler();
  const worker = () =>
    ({ postMessage: () => undefined, terminate: () => undefined }) as unknown as Worker;
  return [
    provideRouter([]),
    ...provideAppState(),
    { provide: ScenarioDb, useValue: new FakeBackend().db() },
    { provide: ScenarioChannel, useValue: { news$: NEVER, announce: () => undefined } },
    { provide: MONTE_CARLO_WORKER, useValue: worker },
    { provide: TAB_IDENTITY, useValue: { started: 'app-spec', id: 'app-spec' } },
    { provide: STORAGE_SCHEDULER, useValue: scheduler },
    { provide: SIMULATION_SCHEDULER, useValue: scheduler },
    { provide: LINK_SYNC_SCHEDULER, useValue: scheduler },
  ];
}

/** The shell once saved work has loaded (a later load would replace a lever change made before it). */
async function startShell() {
  const fixture = TestBed.createComponent(App);
  const store = TestBed.inject(Store);
  const status = await firstValueFrom(
    store.select(storageFeature.selectStatus).pipe(filter((s) => s !== 'loading')),
  );
  expect(status).toBe('ready');
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));
  return { fixture, store, button };
}

describe('App shell', () => {
  beforeEach(() => {
    localStorage.removeItem(THEME_KEY);
    TestBed.configureTestingModule({ providers: provideShell() });
  });

  afterEach(() => {
    document.documentElement.classList.remove('dark-theme');
    document.documentElement.style.colorScheme = '';
    localStorage.removeItem(THEME_KEY);
  });

  it('toggles the dark theme on the document and remembers it', async () => {
    const { button } = await startShell();
    const theme = await button('Dark theme');
    const pressed = async () => (await theme.host()).getAttribute('aria-pressed');
    const wasDark = document.documentElement.classList.contains('dark-theme');
    expect(await pressed()).toBe(String(wasDark));
    await theme.click();
    expect(document.documentElement.classList.contains('dark-theme')).toBe(!wasDark);
    expect(await pressed()).toBe(String(!wasDark));
    expect(localStorage.getItem(THEME_KEY)).toBe(wasDark ? 'light' : 'dark');
  });

  it('names the active scenario and says when a preset was changed', async () => {
    const { fixture, store } = await startShell();
    const scenario = () =>
      (fixture.nativeElement as HTMLElement).querySelector('.scenario')!.textContent!.trim();
    expect(scenario()).toBe('Scenario: Baseline');
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await fixture.whenStable();
    expect(scenario()).toBe('Scenario: Baseline (changed)');
  });
});

describe('App shell undo and redo', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideShell() });
  });

  it('undoes a lever change from the toolbar and from Ctrl+Z, and redoes it', async () => {
    const { fixture, store, button } = await startShell();
    const rdGrowth = () => store.selectSignal(leversFeature.selectValues)().rdGrowth;
    expect(await (await button('Undo')).isDisabled()).toBeTrue();
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await fixture.whenStable();
    await (await button('Undo')).click();
    expect(rdGrowth()).toBe(8);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true }),
    );
    await fixture.whenStable();
    expect(rdGrowth()).toBe(10);
  });

  it('leaves Ctrl+Z alone inside an open modal dialog (the pack review), whose figures it would stale', async () => {
    const { fixture, store } = await startShell();
    const rdGrowth = () => store.selectSignal(leversFeature.selectValues)().rdGrowth;
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await fixture.whenStable();
    const dialog = document.createElement('dialog');
    const button = document.createElement('button');
    dialog.appendChild(button);
    document.body.appendChild(dialog);
    try {
      dialog.showModal();
      button.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }),
      );
      await fixture.whenStable();
      expect(rdGrowth()).toBe(10);
      dialog.close();
      button.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }),
      );
      await fixture.whenStable();
      expect(rdGrowth()).toBe(8);
    } finally {
      dialog.remove();
    }
  });
});
