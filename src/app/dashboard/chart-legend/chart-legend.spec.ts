import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PALETTES } from '../../charts/palette';
import { ChartLegend } from './chart-legend';

describe('ChartLegend', () => {
  let fixture: ComponentFixture<ChartLegend>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(ChartLegend);
    fixture.componentRef.setInput('palette', PALETTES.dark);
    await fixture.whenStable();
  });

  const items = () => [...(fixture.nativeElement as HTMLElement).querySelectorAll('li')];

  it('explains each mark the charts use, in words', () => {
    const host = fixture.nativeElement as HTMLElement;
    const list = host.querySelector('ul')!;
    expect(host.querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent).toBe(
      'How to read the charts:',
    );
    expect(items().map((li) => li.textContent!.trim())).toEqual([
      'History (solid)',
      'Projection (dashed)',
      'P10–P90 band: 8 in 10 simulated paths',
      'Median path (P50)',
      'Target',
      'Preliminary figure (hollow, may be revised)',
    ]);
  });

  it('draws each swatch as the charts do, in the theme’s colours, hidden from screen readers', () => {
    const [history, projection, band, median, target, preliminary] = items().map((li) =>
      li.querySelector('svg')!,
    );
    for (const svg of items().map((li) => li.querySelector('svg')!))
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    const dark = PALETTES.dark;
    expect(history.querySelector('path')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(history.querySelector('path')!.getAttribute('stroke')).toBe(dark.series[0]);
    expect(projection.querySelector('path')!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(band.querySelector('rect')!.getAttribute('opacity')).toBe('0.18');
    expect(median.querySelector('path')!.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(target.querySelector('path')!.getAttribute('fill')).toBe(dark.target);
    const hollow = preliminary.querySelector('circle')!;
    expect(hollow.getAttribute('fill')).toBe(dark.background);
    expect(hollow.getAttribute('stroke')).toBe(dark.series[0]);
  });
});
