import { GOALS } from '../model/goals';
import { INDICATORS, INDICATOR_BY_ID } from '../model/indicators';
import { REVISED_2024, preliminaryIndicators } from '../model/testing/preliminary-pack';
import { OTHER_USE, PRIMARY_USE, sourceRows, sourceSections, targetRows } from './source-rows';

describe('sourceRows', () => {
  it('keeps values unrounded and marks the 2015 R&D figures as derived', () => {
    const rd = sourceRows(INDICATOR_BY_ID.rdSpend);
    // 2012–2024 from the communiqués, 2025 preliminary.
    expect(rd.length).toBe(14);
    expect(rd.find((r) => r.year === 2015)!).toEqual(
      jasmine.objectContaining({ kind: 'derived', note: 'derived from the 2016 release' }),
    );
    expect(rd.find((r) => r.year === 2024)!).toEqual(
      jasmine.objectContaining({
        value: '3632.68',
        kind: 'observed',
        confidence: 'H',
        publisher: 'NBS, MOST, MOF',
        use: PRIMARY_USE,
        definition: '',
      }),
    );
    expect(sourceRows(INDICATOR_BY_ID.llmShareCN)[0].value).toBe(String((130 / 268) * 100));
  });

  it('shows the CNNIC 700 bn point as another scope, with its own definition, not used for the projection', () => {
    const ai = sourceRows(INDICATOR_BY_ID.aiCoreIndustry);
    const cnnic = ai.find((r) => r.value === '700')!;
    expect(cnnic.use).toBe(OTHER_USE);
    expect(cnnic.publisher).toBe('CNNIC');
    expect(cnnic.definition).toContain('CNNIC');
    expect(ai.find((r) => r.value === '900')!.use).toBe(PRIMARY_USE);
  });

  it('carries notes and M confidence where the data pack has them', () => {
    const cancelled = sourceRows(INDICATOR_BY_ID.programsCancelled).find((r) => r.year === 2024)!;
    expect(cancelled.note).toBe('plus 2,220 with enrolment suspended');
    expect(sourceRows(INDICATOR_BY_ID.robotInstalls).find((r) => r.year === 2021)!.confidence).toBe(
      'M',
    );
  });
});

describe('sourceSections', () => {
  it('has one section per indicator with history, linked by its id', () => {
    const sections = sourceSections(INDICATORS);
    expect(sections.length).toBe(INDICATORS.filter((i) => i.history.length).length);
    expect(sections.map((s) => s.id)).not.toContain('aiGraduates');
    expect(sections[0]).toEqual(
      jasmine.objectContaining({ id: 'rdSpend', href: 'sources#rdSpend', unit: 'bn yuan' }),
    );
  });
});

describe('targetRows', () => {
  it('formats each goal’s source as publisher, title (date)', () => {
    const rows = targetRows(GOALS);
    expect(rows.length).toBe(8);
    expect(rows.find((r) => r.id === 'aiCore2030')!).toEqual({
      id: 'aiCore2030',
      name: 'Core AI industry ≥ 1,000 bn yuan by 2030',
      type: 'official',
      source:
        'State Council, New Generation Artificial Intelligence Development Plan (20 Jul 2017)',
    });
    expect(rows.find((r) => r.id === 'llmShare2030')!.type).toBe('analyst proxy');
  });
});

describe('sourceRows, vintages', () => {
  const rd = sourceRows(preliminaryIndicators().find((i) => i.id === 'rdSpend')!);

  it('gives every point its vintage, release date and, for a web address only, its link', () => {
    const prelim = rd.find((r) => r.year === 2025)!;
    expect(prelim).toEqual(
      jasmine.objectContaining({ vintage: 'preliminary', released: '19 January 2026', url: '' }),
    );
    const revised = rd.find((r) => r.year === 2024 && r.vintage === 'final')!;
    expect(revised).toEqual(
      jasmine.objectContaining({
        value: String(REVISED_2024),
        released: '25 September 2025',
        url: 'https://www.stats.gov.cn/example-final',
      }),
    );
  });

  it('lists a revised point’s earlier vintage right after it, marked superseded', () => {
    const at = rd.findIndex((r) => r.year === 2024 && r.vintage === 'final');
    expect(rd[at + 1]).toEqual(
      jasmine.objectContaining({
        year: 2024,
        value: '3632.68',
        vintage: 'preliminary (superseded)',
        released: '20 January 2025',
      }),
    );
  });
});
