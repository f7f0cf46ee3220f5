import { withShareLink } from './provenance';

describe('withShareLink', () => {
  it('opens the dashboard at the page’s origin with the scenario’s query', () => {
    const parts = {
      scenario: 'Plan A',
      modelVersion: 3,
      changedLevers: ['R&D spending growth (nominal): 12 %/yr'],
      linkQuery: 'v=1&rdGrowth=12',
    };
    expect(withShareLink(parts, 'https://example.org')).toEqual({
      scenario: 'Plan A',
      modelVersion: 3,
      changedLevers: ['R&D spending growth (nominal): 12 %/yr'],
      link: 'https://example.org/?v=1&rdGrowth=12',
    });
  });
});
