/**
 * A pack for specs whatever the shipped data holds: R&D spending with a preliminary 2025 figure,
 * and its 2024 figure revised, the preliminary release kept as an earlier vintage.
 */
import { DataPack, SHIPPED_PACK } from '../data-pack';
import { HistoryPoint, Indicator, lastObservedYear } from '../indicators';

export const PRELIMINARY_VALUE = 3926.2;
export const REVISED_2024 = 3640;

export function preliminaryIndicators(): Indicator[] {
  return SHIPPED_PACK.indicators.map((ind) => {
    if (ind.id !== 'rdSpend') return ind;
    const kept = ind.history.filter((p) => !(p.primary && p.year >= 2025));
    const last = lastObservedYear({ ...ind, history: kept })!;
    const history = kept.map((p): HistoryPoint => {
      if (!p.primary || p.year !== last) return p;
      return {
        ...p,
        value: REVISED_2024,
        vintage: 'final',
        released: '2025-09-25',
        url: 'https://www.stats.gov.cn/example-final',
        earlier: [{ ...p, vintage: 'preliminary', released: '2025-01-20' }],
      };
    });
    const latest = history.find((p) => p.primary && p.year === last)!;
    const prelim: HistoryPoint = {
      ...latest,
      year: last + 1,
      value: PRELIMINARY_VALUE,
      vintage: 'preliminary',
      released: '2026-01-19',
      url: 'javascript:alert(1)',
      earlier: undefined,
    };
    return { ...ind, history: [...history, prelim] };
  });
}

export const PRELIMINARY_PACK: DataPack = {
  id: 'spec-preliminary',
  name: 'Spec pack',
  asOf: '2026-01-19',
  indicators: preliminaryIndicators(),
};
