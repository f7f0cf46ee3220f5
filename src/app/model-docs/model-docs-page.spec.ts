import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Store, provideState, provideStore } from '@ngrx/store';
import { LEVERS } from '../model/levers';
import { referenceFeature } from '../state/reference/reference.feature';
import { SettingsActions } from '../state/settings/settings.actions';
import { settingsFeature } from '../state/settings/settings.feature';
import { ModelDocsPage } from './model-docs-page';

describe('ModelDocsPage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore(),
        provideState(referenceFeature),
        provideState(settingsFeature),
      ],
    });
  });

  it('lists the 15 levers, every indicator’s equation and the 8 goals', async () => {
    const fixture = TestBed.createComponent(ModelDocsPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')!.textContent).toBe('How the model works');
    const table = (caption: string) =>
      [...el.querySelectorAll('table')].find(
        (t) => t.querySelector('caption')!.textContent!.trim() === caption,
      )!;
    expect(table('Levers').querySelectorAll('tbody tr').length).toBe(15);
    expect(table('Goals').querySelectorAll('tbody tr').length).toBe(8);
    expect(table('How each indicator is projected').textContent).toContain(
      'R[t] = R[t−1] × (1 + rdGrowth)',
    );
    const leverText = table('Levers').textContent!;
    for (const lever of LEVERS) expect(leverText).withContext(lever.id).toContain(lever.label);
    const goalText = table('Goals').textContent!;
    expect(goalText).toContain('analyst proxy');
    expect(goalText).toContain('New Generation Artificial Intelligence Development Plan');
  });

  it('states the derived drivers and the clamp of shares to 0–100%', async () => {
    const fixture = TestBed.createComponent(ModelDocsPage);
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent!;
    expect(text).toContain('sub[t] = min(1, substitution2024 + domesticChipGain/100 × (t − 2024))');
    expect(text).toContain('access[t] = C[t] / accessReference');
    expect(text).toContain('Shares stay within 0–100%');
    expect(text).toContain('2,000 paths');
  });

  it('shows the constants in force and marks a changed one', async () => {
    const fixture = TestBed.createComponent(ModelDocsPage);
    TestBed.inject(Store).dispatch(SettingsActions.constantChanged({ id: 'talentLag', value: 3 }));
    await fixture.whenStable();
    const row = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tr')].find((tr) =>
      tr.textContent!.includes('talentLag'),
    )!;
    expect(row.textContent).toContain('3');
    expect(row.textContent).toContain('(changed)');
  });
});
