import { exportDate, footerText, isChanged, leverLine, safeLink } from './deck-text';

describe('Deck wording', () => {
  it('shows the export time in UTC to the minute, and an unparseable one as given', () => {
    expect(exportDate('2026-11-28T12:34:56.789Z')).toBe('2026-11-28 12:34 UTC');
    expect(exportDate('2026-11-28T14:34:56+02:00')).toBe('2026-11-28 12:34 UTC');
    expect(exportDate('yesterday')).toBe('yesterday');
  });

  it('writes the footer and lever lines', () => {
    const p = {
      scenario: 'Fast <R&D>',
      exportedAt: '2026-11-28T12:00:00Z',
      modelVersion: 3,
      pack: { name: 'Shipped data', asOf: '2026-04' },
      changedLevers: [],
      link: '',
    };
    expect(footerText(p)).toBe(
      'Fast <R&D> · Data as of April 2026 (Shipped data) · 2026-11-28 12:00 UTC · Model version 3',
    );
    expect(leverLine({ label: 'GDP growth', value: '5 %/yr', baseline: '4 %/yr' })).toBe(
      'GDP growth: 5 %/yr (baseline 4 %/yr)',
    );
  });

  it('makes only http(s) links clickable, serialized as ASCII', () => {
    expect(safeLink('https://example.org/?v=1&a=2')).toBe('https://example.org/?v=1&a=2');
    expect(safeLink('http://127.0.0.1:4300/#x')).toBe('http://127.0.0.1:4300/#x');
    expect(safeLink('https://example.org/?name=中国')).toBe(
      'https://example.org/?name=%E4%B8%AD%E5%9B%BD',
    );
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeLink('/relative')).toBeUndefined();
    expect(safeLink('')).toBeUndefined();
  });

  it('knows a changed lever by its label', () => {
    const changed = [{ label: 'A', value: '2', baseline: '1' }];
    expect(isChanged({ label: 'A', value: '2', baseline: '1' }, changed)).toBeTrue();
    expect(isChanged({ label: 'B', value: '1', baseline: '1' }, changed)).toBeFalse();
  });
});
