import * as fc from 'fast-check';
import { Deck } from './deck';
import { XSS, chartSvg, deckFixture } from './deck-fixture';
import { pdfReadySvg } from './pdf-chart-page';
import { buildPdf, renderPdf } from './pdf-deck';

/** Windows-1252 bytes of the characters used here that Latin-1 lacks. */
const CP1252: Readonly<Record<string, string>> = { '•': '\x95', '–': '\x96', '…': '\x85' };

/** A text as jsPDF writes it into a page's content stream: a WinAnsi PDF string, parentheses escaped. */
const shown = (text: string) =>
  `(${text
    .replace(/[•–…]/g, (c) => CP1252[c])
    .replace(/\\/g, '\\\\')
    .replace(/\(/g, '\\(')
    .replace(/\)/g, '\\)')}) Tj`;
const pages = (pdf: string) => pdf.match(/\/Type \/Page(?!s)/g)?.length ?? 0;
const uncompressed = async (deck: Deck) => (await renderPdf(deck, { compress: false })).output();

describe('PDF deck', () => {
  it('is a PDF blob', async () => {
    const blob = await buildPdf(deckFixture());
    expect(blob.type).toBe('application/pdf');
    expect(await blob.slice(0, 5).text()).toBe('%PDF-');
  });

  it('has a title page, one page per slide and a closing page', async () => {
    const deck = deckFixture();
    const doc = await renderPdf(deck, { compress: false });
    expect(doc.getNumberOfPages()).toBe(deck.slides.length + 2);
    expect(pages(doc.output())).toBe(deck.slides.length + 2);
    expect(pages(await (await buildPdf(deck)).text())).toBe(deck.slides.length + 2);
  });

  it('writes titles, captions, notes, levers, sources and the chart text as text', async () => {
    const pdf = await uncompressed(deckFixture());
    for (const text of [
      'R&D intensity',
      'R&D reaches 3.3% of GDP by 2030.',
      'AI graduates double by 2030.',
      'Watch the 2027 revision.',
      'Sources: NBS 2024',
      'R&D spending growth (nominal)',
      '12 %/yr',
      '8 %/yr',
      'Assumptions and sources',
      '• OECD MSTI 2025',
      'Exported 2026-11-28 12:00 UTC · Model version 3',
      '1 / 4',
      '4 / 4',
    ]) {
      expect(pdf).withContext(text).toContain(shown(text));
    }
    // The chart's own <text>, drawn by svg2pdf.js.
    expect(pdf).toContain('(AI talent chart) Tj');
  });

  it('keeps a scenario name full of markup literal, on every page', async () => {
    const pdf = await uncompressed(deckFixture());
    expect(pdf).toContain(shown(XSS));
    const footers =
      pdf.split(
        shown(
          `${XSS} · Data as of April 2026 (Shipped data) · 2026-11-28 12:00 UTC · Model version 3`,
        ),
      ).length - 1;
    expect(footers).toBe(4);
  });

  it('links the share link on every page, and never a javascript: link', async () => {
    const pdf = await uncompressed(deckFixture());
    const links =
      pdf.match(/\/S \/URI \/URI \(https:\/\/example\.org\/\?v=1&rdGrowth=12\)/g)?.length ?? 0;
    expect(links).toBeGreaterThanOrEqual(4 + 2);
    const unsafe = await uncompressed(
      deckFixture({ provenance: { ...deckFixture().provenance, link: 'javascript:alert(1)' } }),
    );
    expect(unsafe).not.toContain('/URI');
    expect(unsafe).toContain(shown('javascript:alert(1)'));
  });

  it('maps text outside the standard fonts’ code page instead of garbling it', async () => {
    const base = deckFixture();
    const deck = deckFixture({
      provenance: { ...base.provenance, scenario: 'Push ≥ 3σ → 中国' },
      slides: [{ ...base.slides[0], title: 'Compute – σ', svg: chartSvg('Chips ≥ 7nm 中') }],
    });
    const pdf = await uncompressed(deck);
    expect(pdf).toContain(shown('Push >= 3sigma -> ??'));
    expect(pdf).toContain(shown('Compute – sigma'));
    expect(pdf).toContain(shown('Chips >= 7nm ?'));
    // jsPDF writes a string it cannot encode as UTF-16 (a BOM, þÿ in the binary string).
    expect(pdf).not.toMatch(/\(\xfe\xff[^)]*\) Tj/);
  });

  it('cuts a long note short instead of running off the page', async () => {
    const base = deckFixture();
    const note = 'word '.repeat(600).trim();
    const pdf = await uncompressed(deckFixture({ slides: [{ ...base.slides[0], note }] }));
    expect(pdf).toMatch(/word\x85\) Tj/);
    expect(pages(pdf)).toBe(3);
  });

  it('builds for arbitrary names, notes and levers without throwing or writing UTF-16 text', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 80 });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (scenario, note, label) => {
        const base = deckFixture();
        const lever = { label, value: note.slice(0, 5), baseline: scenario.slice(0, 5) };
        const pdf = await uncompressed(
          deckFixture({
            provenance: { ...base.provenance, scenario },
            changedLevers: [lever],
            assumptions: [lever],
            sources: [label],
            slides: [{ ...base.slides[0], note, caption: label }],
          }),
        );
        return pages(pdf) === 3 && !/\(\xfe\xff[^)]*\) Tj/.test(pdf);
      }),
      { numRuns: 15 },
    );
  });

  it('prepares the SVG for svg2pdf.js: text in the code page, baselines it can read', () => {
    const svg = pdfReadySvg(chartSvg('≥ 中'));
    const text = svg.querySelector('text');
    expect(text?.textContent).toBe('>= ?');
    expect(text?.getAttribute('alignment-baseline')).toBe('central');
  });
});
