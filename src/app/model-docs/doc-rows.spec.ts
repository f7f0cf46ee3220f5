import { DEFAULT_CONSTANTS } from '../model/constants';
import { GOALS } from '../model/goals';
import { INDICATOR_BY_ID, INDICATORS } from '../model/indicators';
import { constantRows, equationRows, goalRows } from './doc-rows';

describe('Model page rows', () => {
  it('lists every constant with its value in force and marks only changed ones', () => {
    const rows = constantRows({ ...DEFAULT_CONSTANTS, talentLag: 3 });
    expect(rows.length).toBe(6);
    expect(rows.find((r) => r.id === 'talentLag')!).toEqual(
      jasmine.objectContaining({ value: 3, default: 4, changed: true }),
    );
    expect(rows.filter((r) => r.changed).map((r) => r.id)).toEqual(['talentLag']);
    expect(rows.find((r) => r.id === 'accessReference')!.value).toBe(0.664);
  });

  it('gives each indicator its projection equation, null for history-only series', () => {
    const rows = equationRows(INDICATORS);
    expect(rows.length).toBe(INDICATORS.length);
    expect(rows.find((r) => r.id === 'rdSpend')!.equation).toBe('R[t] = R[t−1] × (1 + rdGrowth)');
    expect(equationRows([INDICATOR_BY_ID.programsAdded])[0].equation).toBeNull();
  });

  it('gives each goal its type and formatted source', () => {
    const rows = goalRows(GOALS);
    expect(rows.length).toBe(8);
    expect(rows.filter((r) => r.type === 'official').length).toBe(6);
    expect(rows.find((r) => r.id === 'basicShare2025')!.source).toBe(
      'National People’s Congress, 14th Five-Year Plan outline (Mar 2021)',
    );
  });
});
