import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideState, provideStore } from '@ngrx/store';
import { INDICATOR_BY_ID } from '../model/indicators';
import { referenceFeature } from '../state/reference/reference.feature';
import { sourceRows } from './source-rows';
import { SourcesPage } from './sources-page';

describe('SourcesPage', () => {
  it('lists every series with history in a table captioned with its name, plus targets and claims', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideStore(), provideState(referenceFeature)],
    });
    const fixture = TestBed.createComponent(SourcesPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')!.textContent).toBe('Sources');
    const captions = [...el.querySelectorAll('caption')].map((c) => c.textContent!.trim());
    expect(captions).toContain('R&D spending (GERD), bn yuan');
    expect(captions).toContain('Core AI industry size, bn yuan');
    expect(captions).toContain('Claims in the article and what the sources say');
    expect(el.textContent).toContain('partly supported');
    expect(el.textContent).toContain('AI graduates per year (model)');
  });
});

describe('sourceRows', () => {
  it('marks derived figures and the other publisher’s scope', () => {
    const rd = sourceRows(INDICATOR_BY_ID.rdSpend);
    expect(rd.find((r) => r.year === 2015)!.kind).toBe('derived');
    expect(rd.find((r) => r.year === 2024)!).toEqual(
      jasmine.objectContaining({ value: '3632.68', kind: 'observed', confidence: 'H', publisher: 'NBS, MOST, MOF' }),
    );
    const cnnic = sourceRows(INDICATOR_BY_ID.aiCoreIndustry).find((r) => r.value === '700')!;
    expect(cnnic.use).toContain('not used for the projection');
    expect(cnnic.definition).toContain('CNNIC');
    expect(sourceRows(INDICATOR_BY_ID.llmShareCN)[0].value).toBe(String((130 / 268) * 100));
  });
});
