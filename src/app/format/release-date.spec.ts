import { dataAsOf, dataAsOfWithPack, formatReleaseDate, formatShortDate } from './release-date';

describe('release dates', () => {
  it('say no more than the date does', () => {
    expect(formatReleaseDate('2026-04')).toBe('April 2026');
    expect(formatReleaseDate('2026-01-19')).toBe('19 January 2026');
    expect(formatReleaseDate('2024')).toBe('2024');
    expect(formatShortDate('2026-01-19')).toBe('19 Jan 2026');
    expect(formatShortDate('2025-10')).toBe('Oct 2025');
  });

  it('pass on what is not a date unchanged', () => {
    expect(formatReleaseDate('2026-13')).toBe('2026-13');
    expect(formatReleaseDate('spring 2026')).toBe('spring 2026');
  });

  it('name the pack and its date', () => {
    expect(dataAsOf('2026-04')).toBe('Data as of April 2026');
    expect(dataAsOfWithPack({ name: 'Shipped data', asOf: '2026-01-19' })).toBe(
      'Data as of 19 January 2026 (Shipped data)',
    );
  });
});
