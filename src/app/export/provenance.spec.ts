import { imageCaption, provenanceLines, withShareLink } from './provenance';

describe('withShareLink', () => {
  it('opens the dashboard at the page’s origin with the scenario’s query', () => {
    const parts = {
      scenario: 'Plan A',
      modelVersion: 3,
      pack: { name: 'Shipped data', asOf: '2026-04' },
      changedLevers: ['R&D spending growth (nominal): 12 %/yr'],
      linkQuery: 'v=1&rdGrowth=12',
    };
    expect(withShareLink(parts, 'https://example.org')).toEqual({
      scenario: 'Plan A',
      modelVersion: 3,
      pack: { name: 'Shipped data', asOf: '2026-04' },
      changedLevers: ['R&D spending growth (nominal): 12 %/yr'],
      link: 'https://example.org/?v=1&rdGrowth=12',
    });
  });
});

describe('what every export says about its data', () => {
  const provenance = {
    scenario: 'Plan A',
    exportedAt: '2026-11-28T12:00:00.000Z',
    modelVersion: 3,
    pack: { name: 'Analyst pack', asOf: '2026-01-19' },
    changedLevers: [],
    link: 'https://example.org/?v=1',
  };

  it('names the pack and its date in the CSV header lines', () => {
    expect(provenanceLines(provenance, 'NBS')).toContain(
      'Data as of 19 January 2026 (Analyst pack)',
    );
  });

  it('names the pack, its date and the chart’s note in an image caption', () => {
    expect(imageCaption(provenance, 'NBS', null)).toBe(
      'Plan A · Data as of 19 January 2026 (Analyst pack) · model v3 · 2026-11-28 · Sources: NBS',
    );
    expect(
      imageCaption(provenance, 'NBS', 'Hollow marker, “p”: preliminary figure (2025).'),
    ).toMatch(/ · Sources: NBS · Hollow marker, “p”: preliminary figure \(2025\)\.$/);
  });
});
