import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Store } from '@ngrx/store';
import { App } from './app';
import { provideAppState } from './state';
import { LeverPanelActions } from './state/levers/levers.actions';
import { leversFeature } from './state/levers/levers.feature';
import { THEME_KEY } from './state/ui/ui.feature';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.removeItem(THEME_KEY);
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideAppState()] });
  });

  afterEach(() => {
    document.documentElement.classList.remove('dark-theme');
    document.documentElement.style.colorScheme = '';
    localStorage.removeItem(THEME_KEY);
  });

  it('toggles the dark theme on the document and remembers it', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'button.theme',
    )!;
    const wasDark = document.documentElement.classList.contains('dark-theme');
    expect(button.getAttribute('aria-pressed')).toBe(String(wasDark));
    button.click();
    await fixture.whenStable();
    expect(document.documentElement.classList.contains('dark-theme')).toBe(!wasDark);
    expect(button.getAttribute('aria-pressed')).toBe(String(!wasDark));
    expect(localStorage.getItem(THEME_KEY)).toBe(wasDark ? 'light' : 'dark');
  });

  it('names the active scenario and says when a preset was changed', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const scenario = () =>
      (fixture.nativeElement as HTMLElement).querySelector('.scenario')!.textContent!.trim();
    expect(scenario()).toBe('Scenario: Baseline');
    TestBed.inject(Store).dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await fixture.whenStable();
    expect(scenario()).toBe('Scenario: Baseline (changed)');
  });
});

describe('App shell undo and redo', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideAppState()] });
  });

  it('undoes a lever change from the toolbar and from Ctrl+Z, and redoes it', async () => {
    const fixture = TestBed.createComponent(App);
    const store = TestBed.inject(Store);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
    expect(button('Undo').disabled).toBeTrue();
    store.dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await fixture.whenStable();
    button('Undo').click();
    await fixture.whenStable();
    expect(store.selectSignal(leversFeature.selectValues)().rdGrowth).toBe(8);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true }),
    );
    await fixture.whenStable();
    expect(store.selectSignal(leversFeature.selectValues)().rdGrowth).toBe(10);
  });
});
