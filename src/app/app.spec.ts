import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Store } from '@ngrx/store';
import { App } from './app';
import { provideAppState } from './state';
import { LeverPanelActions } from './state/levers/levers.actions';
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
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button.theme')!;
    const wasDark = document.documentElement.classList.contains('dark-theme');
    expect(button.getAttribute('aria-pressed')).toBe(String(wasDark));
    button.click();
    await fixture.whenStable();
    expect(document.documentElement.classList.contains('dark-theme')).toBe(!wasDark);
    expect(button.getAttribute('aria-pressed')).toBe(String(!wasDark));
    expect(localStorage.getItem(THEME_KEY)).toBe(wasDark ? 'light' : 'dark');
  });

  it('names the scenario and how many levers differ from the baseline', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const scenario = () => (fixture.nativeElement as HTMLElement).querySelector('.scenario')!.textContent!.trim();
    expect(scenario()).toBe('Scenario: Baseline');
    TestBed.inject(Store).dispatch(LeverPanelActions.leverChanged({ id: 'rdGrowth', value: 10 }));
    await fixture.whenStable();
    expect(scenario()).toBe('Scenario: Baseline with 1 lever changed');
  });
});
