/** A small deck for the writers' specs: two slides, hand-written SVGs, a 1×1 PNG. */
import { Deck, DeckSlide } from './deck';

export const XSS = '<img src=x onerror=alert(1)>';

/** A 1×1 transparent PNG. */
export const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An SVG as ECharts' SSR renderer writes one: a line, and the title as text. */
export function chartSvg(title: string): string {
  return (
    '<svg width="600" height="360" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 360">' +
    '<rect width="600" height="360" x="0" y="0" fill="#ffffff"></rect>' +
    '<path d="M60 300L540 60" fill="none" stroke="#0072B2" stroke-width="2"></path>' +
    '<text dominant-baseline="central" text-anchor="start" style="font-size:16px;font-family:sans-serif;"' +
    ` x="20" y="20" fill="#1b1f24">${escapeXml(title)}</text>` +
    '</svg>'
  );
}

function slide(title: string, caption: string, note: string, sources: string): DeckSlide {
  return {
    title,
    caption,
    note,
    sources,
    svg: chartSvg(`${title} chart`),
    png: PNG_1X1,
    width: 600,
    height: 360,
  };
}

export function deckFixture(overrides: Partial<Deck> = {}): Deck {
  return {
    provenance: {
      scenario: XSS,
      exportedAt: '2026-11-28T12:00:00.000Z',
      modelVersion: 3,
      pack: { name: 'Shipped data', asOf: '2026-04' },
      changedLevers: ['R&D spending growth (nominal): 12 %/yr'],
      link: 'https://example.org/?v=1&rdGrowth=12',
    },
    changedLevers: [
      { label: 'R&D spending growth (nominal)', value: '12 %/yr', baseline: '8 %/yr' },
    ],
    assumptions: [
      { label: 'R&D spending growth (nominal)', value: '12 %/yr', baseline: '8 %/yr' },
      { label: 'Nominal GDP growth', value: '5 %/yr', baseline: '5 %/yr' },
    ],
    sources: ['NBS statistical communique 2024', 'OECD MSTI 2025'],
    slides: [
      slide(
        'R&D intensity',
        'R&D reaches 3.3% of GDP by 2030.',
        'Watch the 2027 revision.',
        'NBS 2024',
      ),
      slide('AI talent', 'AI graduates double by 2030.', '', 'MoE 2024'),
    ],
    ...overrides,
  };
}
