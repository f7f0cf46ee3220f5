import { DataPack, SHIPPED_PACK } from './data-pack';
import { isoRelease } from './indicators';

describe('isoRelease', () => {
  it('writes source dates as ISO dates, a span as its end', () => {
    expect(isoRelease('Dec 2024')).toBe('2024-12');
    expect(isoRelease('Mar 2026')).toBe('2026-03');
    expect(isoRelease('2019–2022')).toBe('2022');
    expect(isoRelease('2025')).toBe('2025');
    expect(isoRelease('2026-01-19')).toBe('2026-01-19');
  });

  it('leaves every shipped point with an ISO release date, as a pack file needs', () => {
    const pack: DataPack = SHIPPED_PACK;
    const released = pack.indicators.flatMap((i) => i.history.map((p) => p.released));
    expect(released.filter((date) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date))).toEqual([]);
  });
});
