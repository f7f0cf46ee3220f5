import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideState, provideStore } from '@ngrx/store';
import { INDICATORS, Indicator } from '../model/indicators';
import { PRELIMINARY_PACK } from '../model/testing/preliminary-pack';
import {
  indicatorAdapter,
  initialReferenceState,
  referenceFeature,
} from '../state/reference/reference.feature';
import { SourcesPage } from './sources-page';

describe('SourcesPage', () => {
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideStore(), provideState(referenceFeature)],
    });
    const fixture = TestBed.createComponent(SourcesPage);
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
  });

  const table = (caption: string) =>
    [...el.querySelectorAll('table')].find(
      (t) => t.querySelector('caption')!.textContent!.trim() === caption,
    )!;
  /** The row whose first cell (year, or goal) reads `first`, and, if given, whose value cell reads `value`. */
  const row = (caption: string, first: string, value?: string) =>
    [...table(caption).querySelectorAll('tbody tr')].find((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
      return cells[0] === first && (value === undefined || cells[1] === value);
    })!;

  it('has one h1 and, per indicator with history, an h2 and a captioned table of its points', () => {
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(el.querySelector('h1')!.textContent).toBe('Sources');
    const withHistory = INDICATORS.filter((i) => i.history.length);
    for (const indicator of withHistory) {
      const t = table(`${indicator.name}, ${indicator.unit}`);
      expect(t).withContext(indicator.id).toBeDefined();
      expect(t.querySelectorAll('tbody tr').length)
        .withContext(indicator.id)
        // Each point, then its superseded vintages (robot installations 2022 has one).
        .toBe(indicator.history.reduce((rows, p) => rows + 1 + (p.earlier?.length ?? 0), 0));
      expect(el.querySelector(`h2#${indicator.id}`))
        .withContext(indicator.id)
        .not.toBeNull();
    }
    expect(el.querySelectorAll('thead th:not([scope="col"])').length).toBe(0);
  });

  it('shows "derived" beside the 2015 R&D figure and the CNNIC 700 point as another scope', () => {
    const rd2015 = row('R&D spending (GERD), bn yuan', '2015');
    expect(rd2015.querySelectorAll('td')[2].textContent!.trim()).toBe('derived');
    expect(row('R&D spending (GERD), bn yuan', '2016').textContent).toContain('observed');
    const cnnic = row('Core AI industry size, bn yuan', '2024', '700');
    expect(cnnic.textContent).toContain('CNNIC');
    expect(cnnic.textContent).toContain(
      'other publisher / other scope, not used for the projection',
    );
    expect(row('Core AI industry size, bn yuan', '2024', '900').textContent).not.toContain(
      'not used for the projection',
    );
  });

  it('lists model-only outputs, the targets with their sources and the article’s claims', () => {
    expect(el.textContent).toContain('AI graduates per year (model)');
    expect(table('Goals and where they come from').querySelectorAll('tbody tr').length).toBe(8);
    expect(
      row('Goals and where they come from', 'R&D intensity ≥ 2.8% of GDP by 2030').textContent,
    ).toContain('National Innovation-Driven Development Strategy Outline');
    const claims = table('Claims in the article and what the sources say');
    expect(claims.querySelectorAll('tbody tr').length).toBe(6);
    expect(claims.textContent).toContain('partly supported');
    expect(el.textContent).toContain('US R&D $667 bn in 2019');
  });

  it('explains the confidence grades and links to the Model page', () => {
    expect(el.textContent).toContain('H: official release or faithful reproduction');
    expect(el.textContent).toContain('M: secondary summary or varying definitions');
    expect(el.querySelector('a[href="/model"]')).not.toBeNull();
  });
});

describe('SourcesPage, the active pack', () => {
  it('names the pack and its date, and gives each point its vintage, release and link', async () => {
    const reference = {
      ...initialReferenceState,
      pack: { id: PRELIMINARY_PACK.id, name: PRELIMINARY_PACK.name, asOf: PRELIMINARY_PACK.asOf },
      indicators: indicatorAdapter.setAll(
        PRELIMINARY_PACK.indicators as Indicator[],
        indicatorAdapter.getInitialState(),
      ),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore({ reference: referenceFeature.reducer }, { initialState: { reference } }),
      ],
    });
    const fixture = TestBed.createComponent(SourcesPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.pack')!.textContent).toContain('Spec pack');
    expect(el.querySelector('.pack')!.textContent).toContain('Data as of 19 January 2026');
    const rd = [...el.querySelectorAll('table')].find((t) =>
      t.querySelector('caption')!.textContent!.includes('R&D spending (GERD)'),
    )!;
    const headers = [...rd.querySelectorAll('th')].map((th) => th.textContent!.trim());
    const cell = (tr: Element, header: string) =>
      tr.querySelectorAll('td')[headers.indexOf(header)];
    const rows = [...rd.querySelectorAll('tbody tr')];
    const prelim = rows.find((tr) => tr.querySelector('td')!.textContent!.trim() === '2025')!;
    expect(cell(prelim, 'Vintage').textContent!.trim()).toBe('preliminary');
    expect(cell(prelim, 'Released').textContent!.trim()).toBe('19 January 2026');
    // The spec pack's script address for this point is not made a link.
    expect(cell(prelim, 'Link').querySelector('a')).toBeNull();
    const final2024 = rows.find(
      (tr) =>
        tr.querySelector('td')!.textContent!.trim() === '2024' &&
        cell(tr, 'Vintage').textContent!.trim() === 'final',
    )!;
    expect(cell(final2024, 'Link').querySelector('a')!.getAttribute('href')).toBe(
      'https://www.stats.gov.cn/example-final',
    );
    expect(
      rows.some((tr) => cell(tr, 'Vintage').textContent!.trim() === 'preliminary (superseded)'),
    ).toBeTrue();
  });
});
